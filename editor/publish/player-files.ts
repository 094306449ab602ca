/**
 * The built player a published story carries, as listed by `/publish/player-files.json` (written by
 * scripts/vite/publish-player-build.ts from the bundle graph of play/index.html; with `npm start` the
 * dev server builds it on the first request).
 */
export type PlayerFiles = {
  version: 1
  entry: string
  styles: string[]
  files: string[]
  single: { script: string; style: string }
  xrProfiles: string[]
}

/** Where the app serves the publishable player and the headset models. */
export const publishBase = (): URL => new URL('publish/', new URL(import.meta.env.BASE_URL, window.location.href))
export const xrProfilesBase = (): URL => new URL('xr-profiles/', new URL(import.meta.env.BASE_URL, window.location.href))

const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string')

/** Reads and checks the list (a file name must stay inside its folder). */
export const parsePlayerFiles = (value: unknown): PlayerFiles => {
  const list = value as Partial<PlayerFiles> | null
  const safe = (name: string) => /^[A-Za-z0-9_-][A-Za-z0-9._-]*(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$/.test(name) && !name.includes('..')
  if (
    !list ||
    list.version !== 1 ||
    typeof list.entry !== 'string' ||
    !isStringList(list.styles) ||
    !isStringList(list.files) ||
    !isStringList(list.xrProfiles) ||
    typeof list.single?.script !== 'string' ||
    typeof list.single.style !== 'string'
  ) {
    throw new Error('player-files.json is not a list of player files')
  }
  const names = [list.entry, ...list.styles, ...list.files, ...list.xrProfiles, list.single.script, list.single.style]
  if (!names.every(safe)) throw new Error('player-files.json names a file outside its folder')
  return list as PlayerFiles
}

export const fetchPlayerFiles = async (): Promise<PlayerFiles> => {
  const response = await fetch(new URL('player-files.json', publishBase()), { cache: 'no-store' })
  if (!response.ok) throw new Error(`player-files.json: ${response.status}`)
  return parsePlayerFiles(await response.json())
}

export const fetchBytes = async (url: URL): Promise<Uint8Array> => {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${url.pathname}: ${response.status}`)
  return new Uint8Array(await response.arrayBuffer())
}

export const fetchText = async (url: URL): Promise<string> => {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${url.pathname}: ${response.status}`)
  return response.text()
}
