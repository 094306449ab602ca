import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve, sep } from 'node:path'
import { isPublishedName } from './published-names.ts'
import { isShareId, newShareId } from './share-id.ts'

/**
 * Shared stories on disk: `<dataDir>/<id>/<name>`. Ids are made here; names were checked by
 * readUpload and are checked again before every read and write (defence in depth); a resolved path
 * must stay under the story's folder.
 */
export type ShareStore = {
  save(files: ReadonlyMap<string, Uint8Array>): string
  read(id: string, name: string): Uint8Array | null
}

export const createShareStore = (dataDir: string): ShareStore => {
  const root = resolve(dataDir)
  const fileOf = (id: string, name: string): string | null => {
    if (!isShareId(id) || !isPublishedName(name)) return null
    const folder = join(root, id)
    const file = resolve(folder, name)
    return file.startsWith(folder + sep) ? file : null
  }
  return {
    save(files) {
      let id = newShareId()
      while (existsSync(join(root, id))) id = newShareId()
      for (const [name, bytes] of files) {
        const file = fileOf(id, name)
        if (!file) throw new Error(`Refusing to store ${JSON.stringify(name)}`)
        mkdirSync(dirname(file), { recursive: true })
        writeFileSync(file, bytes)
      }
      return id
    },
    read(id, name) {
      const file = fileOf(id, name)
      if (!file || !existsSync(file) || !statSync(file).isFile()) return null
      return readFileSync(file)
    },
  }
}
