import type { Story } from '@story-schema'
import { serializeStoryFile } from '@story-schema'
import { beforeAll, describe, expect, test } from 'vitest'
import { createMemoryLibraryStorage } from '../persistence/memory-library-storage'
import { storyMediaFiles } from '../persistence/story-media'
import { gifBytes, htmlRenamedJpg, jpegBytes, pngBytes, svgWithScript, textBytes } from '../photo-import/testing/image-fixtures'
import { exportStoryPackage } from './export-story-package'
import { isPackageError } from './package-error'
import type { PackageErrorCode } from './package-error'
import { readStoryPackage } from './read-story-package'
import { packageMessage } from './strings'
import { packageOf, patchEntry, renameEntry, storeRealStory, withAssetFile, zipOf } from './testing/package-fixtures'

let story: Story
let valid: Uint8Array
let media: [string, Uint8Array][]

beforeAll(async () => {
  const storage = createMemoryLibraryStorage()
  story = await storeRealStory(storage, { title: 'Our street' })
  valid = new Uint8Array(await (await exportStoryPackage(storage, story)).blob.arrayBuffer())
  media = await Promise.all(
    storyMediaFiles(story).map(async (file) => [file.path, new Uint8Array(await (await storage.getMediaBlob(file.sha256))!.arrayBuffer())] as [string, Uint8Array]),
  )
})

const failure = async (bytes: Uint8Array): Promise<{ code: PackageErrorCode; message: string }> => {
  try {
    await readStoryPackage(new Blob([bytes as Uint8Array<ArrayBuffer>]))
  } catch (error) {
    if (isPackageError(error)) return { code: error.code, message: packageMessage(error) }
    throw error
  }
  throw new Error('the package was accepted')
}

/** A story whose panorama is `bytes` at `path` as `mime` (no derivatives), packed with the sound. */
const packageWithPanorama = async (path: string, mime: string, bytes: Uint8Array): Promise<Uint8Array> => {
  const changed = await withAssetFile(story, 0, { path, mime, bytes })
  return packageOf(changed, [[path, bytes], media.find(([name]) => name.startsWith('audio/'))!])
}

type Row = { id: string; what: string; make: () => Uint8Array | Promise<Uint8Array>; code: PackageErrorCode; says: RegExp }

const zeros = (bytes: number) => new Uint8Array(bytes)

/** Every bad package of reliability-a11y.md §B.6 we can make in code, with the refusal it must get. */
const rows: Row[] = [
  { id: 'B-1', what: 'a text file', make: () => textBytes('Dear diary, today…'), code: 'not-a-zip', says: /not a story package/ },
  { id: 'B-1', what: 'a PNG renamed .story', make: () => pngBytes({ widthPx: 4, heightPx: 2 }), code: 'not-a-zip', says: /not a story package/ },
  { id: 'B-1', what: 'an HTML page', make: () => htmlRenamedJpg, code: 'not-a-zip', says: /not a story package/ },
  { id: 'B-2', what: 'the last 30 bytes cut off', make: () => valid.slice(0, valid.length - 30), code: 'incomplete', says: /incomplete\. Download it again/ },
  { id: 'B-2', what: 'cut in half', make: () => valid.slice(0, valid.length >> 1), code: 'incomplete', says: /incomplete/ },
  { id: 'B-3', what: '8 MB of zeros (about 1000:1)', make: () => zipOf([['story.json', serializeStoryFile(story)], ['images/zeros.jpg', zeros(8 * 1024 * 1024)]], { deflate: ['images/zeros.jpg'] }), code: 'too-large', says: /too large when unpacked/ },
  {
    id: 'B-4',
    what: 'story.json declared smaller than it unpacks',
    make: () => patchEntry(valid, 'story.json', { central: [[24, 100, 4]], local: [[22, 100, 4]] }),
    code: 'size-mismatch',
    says: /not the size the package says/,
  },
  {
    id: 'B-3',
    what: 'an 8 MB bomb the story uses, whose header says 1 KB (stopped by counting while unpacking)',
    make: async () => {
      const bomb = zeros(8 * 1024 * 1024)
      const changed = await withAssetFile(story, 0, { path: 'images/zeros.jpg', mime: 'image/jpeg', bytes: bomb })
      const zip = zipOf([['story.json', serializeStoryFile(changed)], ['images/zeros.jpg', bomb], media.find(([name]) => name.startsWith('audio/'))!], { deflate: ['images/zeros.jpg'] })
      return patchEntry(zip, 'images/zeros.jpg', { central: [[24, 1024, 4]] })
    },
    code: 'size-mismatch',
    says: /“images\/zeros.jpg” in the package is not the size the package says/,
  },
  { id: 'B-5', what: 'a header declaring 4 GB', make: () => patchEntry(valid, 'story.json', { central: [[24, 0xfffff000, 4]] }), code: 'too-large', says: /too large when unpacked/ },
  { id: 'B-6', what: 'a zip inside', make: () => zipOf([['story.json', serializeStoryFile(story)], ['images/inner.zip', valid]]), code: 'nested-zip', says: /another package or zip file inside/ },
  { id: 'B-6', what: 'a zip named like a picture', make: () => packageWithPanorama('images/photo.jpg', 'image/jpeg', valid), code: 'nested-zip', says: /another package/ },
  {
    id: 'B-7',
    what: '2,001 tiny entries',
    make: () => zipOf([['story.json', '{}'], ...Array.from({ length: 2000 }, (_, i): [string, string] => [`audio/a${i}.mp3`, 'x'])]),
    code: 'too-many-files',
    says: /too many files/,
  },
  ...['../../evil.txt', '/abs.json', 'C:\\x.jpg', 'a\\..\\b', 'images/a\u0000.jpg', 'images/\u202egpj.png', `images/${'a'.repeat(65)}.jpg`, 'images/photo.svg', 'index.html'].map(
    (name): Row => ({ id: 'B-8', what: `the name ${JSON.stringify(name)}`, make: () => zipOf([['story.json', '{}'], [name, 'x']]), code: 'unsafe-names', says: /names we don’t accept/ }),
  ),
  ...['__proto__', 'constructor', 'toString'].map(
    (name): Row => ({ id: 'B-9', what: `an entry named ${name}`, make: () => renameEntry(zipOf([['story.json', '{}'], ['z'.repeat(name.length), 'x']]), 'z'.repeat(name.length), name), code: 'unsafe-names', says: new RegExp(`“${name}”`) }),
  ),
  { id: 'B-10', what: 'story.json twice', make: () => renameEntry(zipOf([['story.json', '{}'], ['story.jsom', '{}']]), 'story.jsom', 'story.json'), code: 'duplicate-names', says: /same file more than once: “story.json”/ },
  { id: 'B-10', what: 'Story.json and story.json', make: () => zipOf([['story.json', '{}'], ['Story.json', '{}']]), code: 'duplicate-names', says: /more than once/ },
  { id: 'B-13', what: 'NFC and NFD forms of one name', make: () => zipOf([['images/caf\u00e9.jpg', 'x'], ['images/cafe\u0301.jpg', 'y']]), code: 'duplicate-names', says: /more than once/ },
  { id: 'B-11', what: 'LZMA compression', make: () => patchEntry(valid, 'story.json', { central: [[10, 14, 2]], local: [[8, 14, 2]] }), code: 'unsupported-format', says: /format we can’t read/ },
  { id: 'B-11', what: 'an encrypted entry', make: () => patchEntry(valid, 'story.json', { central: [[8, 1, 2]] }), code: 'unsupported-format', says: /password/ },
  {
    id: 'B-12',
    what: 'a flipped byte in a stored picture',
    make: () => {
      const bytes = valid.slice()
      const at = findBytes(bytes, media[0]![1])
      bytes[at + 10] = (bytes[at + 10] ?? 0) ^ 0xff
      return bytes
    },
    code: 'damaged',
    says: /damaged \(its check does not match\)/,
  },
  { id: 'B-12', what: 'a wrong CRC in the directory', make: () => patchEntry(valid, 'story.json', { central: [[16, 0x12345678, 4]] }), code: 'damaged', says: /“story.json” in the package is damaged/ },
  {
    id: 'B-12',
    what: 'a manifest whose sha-256 does not match',
    make: () =>
      packageOf(story, media, [
        ['manifest.json', JSON.stringify({ format: 'storysphere.package', version: 1, files: [{ path: 'story.json', bytes: 1, sha256: '0'.repeat(64) }] })],
      ]),
    code: 'damaged',
    says: /“story.json” in the package is damaged/,
  },
  {
    id: 'B-14',
    what: 'a symlink',
    make: () => patchEntry(zipOf([['story.json', '{}'], ['audio/link.mp3', '/etc/passwd']]), 'audio/link.mp3', { central: [[4, 0x0314, 2], [38, 0xa1ff0000, 4]] }),
    code: 'link-entry',
    says: /links or folders/,
  },
  { id: 'B-14', what: 'a folder entry with data', make: () => zipOf([['story.json', '{}'], ['images/', 'data']]), code: 'link-entry', says: /links or folders/ },
  { id: 'B-15', what: 'no story.json', make: () => zipOf([['images/a.jpg', jpegBytes({ widthPx: 4, heightPx: 2 })]]), code: 'no-story', says: /No story found in this package/ },
  { id: 'B-16', what: 'story.json that is not JSON', make: () => zipOf([['story.json', '{"format": ']]), code: 'story-file', says: /The story in this package can’t be used\. .+/ },
  {
    id: 'B-21',
    what: 'a story from a newer version',
    make: () => zipOf([['story.json', serializeStoryFile(story).replace('"schemaVersion": 1', '"schemaVersion": 99')]]),
    code: 'story-file',
    says: /newer/,
  },
  { id: 'B-30', what: 'HTML named .png', make: () => packageWithPanorama('images/photo.png', 'image/png', htmlRenamedJpg), code: 'media-wrong-type', says: /“images\/photo.png” is not what its name says: it is a HTML file/ },
  { id: 'B-30', what: 'a JPEG named .png', make: () => packageWithPanorama('images/photo.png', 'image/png', jpegBytes({ widthPx: 64, heightPx: 32 })), code: 'media-wrong-type', says: /it is a JPEG file/ },
  { id: 'B-30', what: 'a picture named .wav', make: async () => packageOf(await withAssetFile(story, 1, { path: 'audio/birds.wav', mime: 'audio/wav', bytes: jpegBytes({ widthPx: 4, heightPx: 2 }) }), [media[0]!, media[1]!, ['audio/birds.wav', jpegBytes({ widthPx: 4, heightPx: 2 })]]), code: 'media-wrong-type', says: /it is a JPEG file/ },
  { id: 'B-31', what: 'SVG with a script, named .png', make: () => packageWithPanorama('images/photo.png', 'image/png', svgWithScript), code: 'media-svg', says: /SVG is not supported; use PNG or JPEG/ },
  { id: 'B-32', what: 'a JPEG cut off', make: () => packageWithPanorama('images/photo.jpg', 'image/jpeg', jpegBytes({ widthPx: 64, heightPx: 32, end: false })), code: 'media-corrupt', says: /damaged or cut off/ },
  { id: 'B-33', what: 'a 100,000 px PNG', make: () => packageWithPanorama('images/photo.png', 'image/png', pngBytes({ widthPx: 100_000, heightPx: 100_000 })), code: 'media-too-many-pixels', says: /too big/ },
  { id: 'B-35', what: 'an animated PNG', make: () => packageWithPanorama('images/photo.png', 'image/png', pngBytes({ widthPx: 64, heightPx: 32, animated: true })), code: 'media-animated', says: /animated/ },
  { id: 'B-35', what: 'a GIF named .png', make: () => packageWithPanorama('images/photo.png', 'image/png', gifBytes), code: 'media-wrong-type', says: /a GIF file/ },
  { id: 'B-37', what: 'a 300 MB sound (declared)', make: () => patchEntry(valid, 'audio/birds.wav', { central: [[24, 300 * 1024 * 1024, 4]] }), code: 'too-large', says: /too large when unpacked \(“audio\/birds.wav”\)/ },
  { id: 'media', what: 'a referenced file missing', make: () => packageOf(story, media.slice(1)), code: 'media-missing', says: /doesn’t have it/ },
  {
    id: 'media',
    what: 'other bytes than the story names',
    make: () => packageOf(story, [[media[0]![0], jpegBytes({ widthPx: 2060, heightPx: 1030 })], ...media.slice(1)]),
    code: 'media-mismatch',
    says: /not the file the story describes/,
  },
]

const findBytes = (haystack: Uint8Array, needle: Uint8Array): number => {
  for (let at = 0; at + needle.length <= haystack.length; at++) if (needle.every((byte, i) => haystack[at + i] === byte)) return at
  throw new Error('not found')
}

describe('reading a story package refuses every bad input with its message (reliability-a11y.md §B.6)', () => {
  test.each(rows)('$id: $what → $code', { timeout: 20_000 }, async ({ make, code, says }) => {
    const refused = await failure(await make())
    expect(refused.code).toBe(code)
    expect(refused.message).toMatch(says)
  })

  test('a good package reads back with notes for files the story does not use', async () => {
    const read = await readStoryPackage(new Blob([packageOf(story, [...media, ['images/unused.jpg', jpegBytes({ widthPx: 4, heightPx: 2 })]]) as Uint8Array<ArrayBuffer>]))
    expect(read.story).toEqual(story)
    expect(read.notes).toContainEqual({ code: 'unreferenced-files', names: ['images/unused.jpg'] })
    expect(read.notes).toContainEqual({ code: 'no-manifest' })
  })

  test('folder entries made by zip tools are skipped', async () => {
    const read = await readStoryPackage(new Blob([packageOf(story, media, [['images/', new Uint8Array(0)], ['audio/', new Uint8Array(0)]]) as Uint8Array<ArrayBuffer>]))
    expect(read.media).toHaveLength(media.length)
  })

  test('progress counts up to the packed size of what is read', async () => {
    const seen: number[] = []
    await readStoryPackage(new Blob([valid as Uint8Array<ArrayBuffer>]), { onProgress: ({ doneBytes, totalBytes }) => seen.push(doneBytes / totalBytes) })
    expect(seen.length).toBeGreaterThan(1)
    expect(seen.at(-1)).toBe(1)
    expect([...seen].sort((a, b) => a - b)).toEqual(seen)
  })
})
