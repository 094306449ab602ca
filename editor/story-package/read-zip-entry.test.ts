import { describe, expect, test } from 'vitest'
import { PackageError } from './package-error'
import { entryDataRange, readZipEntry } from './read-zip-entry'
import { zipOf } from './testing/package-fixtures'
import { readZipDirectory } from './zip-directory'

/** B-3: the bytes actually unpacked are counted while streaming, whatever the header says. */
describe('readZipEntry', () => {
  test('stops as soon as more than maxBytes come out, without unpacking the rest', async () => {
    const blob = new Blob([zipOf([['audio/zeros.wav', new Uint8Array(8 * 1024 * 1024)]], { deflate: ['audio/zeros.wav'] }) as Uint8Array<ArrayBuffer>])
    const { entries, directoryOffset } = await readZipDirectory(blob)
    const entry = entries[0]!
    let packedRead = 0
    const reading = readZipEntry(blob, entry, await entryDataRange(blob, entry, directoryOffset), { maxBytes: 64 * 1024, onPackedBytes: (bytes) => (packedRead += bytes) })
    await expect(reading).rejects.toMatchObject({ code: 'too-large' })
    await expect(reading).rejects.toBeInstanceOf(PackageError)
    expect(packedRead).toBeLessThanOrEqual(entry.packedBytes)
  })

  test('answers the exact bytes of stored and deflated entries', async () => {
    const text = 'hello '.repeat(1000)
    const blob = new Blob([zipOf([['story.json', text], ['audio/a.mp3', 'ID3 raw']]) as Uint8Array<ArrayBuffer>])
    const { entries, directoryOffset } = await readZipDirectory(blob)
    const decoded = await Promise.all(
      entries.map(async (entry) => new TextDecoder().decode(await readZipEntry(blob, entry, await entryDataRange(blob, entry, directoryOffset), { maxBytes: 1e6 }))),
    )
    expect(decoded).toEqual([text, 'ID3 raw'])
  })
})
