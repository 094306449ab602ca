// media-manifest.json: every file of a sample story with its size, sha-256, pixel size or duration,
// plus what the generator knows about it (kind, derivative roles, GPano crop, narration cues).
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { durationMs } from '../audio/sox.mjs'

const MIME = { jpg: 'image/jpeg', png: 'image/png', webp: 'image/webp', mp3: 'audio/mpeg' }

/** Width and height from a baseline/progressive JPEG's SOF marker. */
export function jpegSize(bytes) {
  let i = 2
  while (i < bytes.length) {
    if (bytes[i] !== 0xff) { i++; continue }
    const marker = bytes[i + 1], len = (bytes[i + 2] << 8) | bytes[i + 3]
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { heightPx: (bytes[i + 5] << 8) | bytes[i + 6], widthPx: (bytes[i + 7] << 8) | bytes[i + 8] }
    }
    i += 2 + len
  }
  throw new Error('no SOF marker')
}

export function readManifest(dir) {
  const file = join(dir, 'media-manifest.json')
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { files: [] }
}

/**
 * Rescans dir/images and dir/audio and rewrites the manifest. `extras` (path → fields) adds or replaces
 * generator knowledge; fields from the previous manifest are kept for files not regenerated this run.
 */
export function writeManifest(dir, slug, extras = {}) {
  const previous = new Map(readManifest(dir).files.map((f) => [f.path, f]))
  const files = []
  for (const sub of ['images', 'audio']) {
    if (!existsSync(join(dir, sub))) continue
    for (const name of readdirSync(join(dir, sub)).sort()) {
      const path = `${sub}/${name}`, bytes = readFileSync(join(dir, path))
      const ext = name.split('.').pop()
      const old = previous.get(path) ?? {}
      const record = { path, mime: MIME[ext], bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') }
      if (sub === 'images') Object.assign(record, jpegSize(bytes))
      else record.durationMs = durationMs(join(dir, path))
      const keep = Object.fromEntries(Object.entries(old).filter(([k]) => !(k in record)))
      files.push({ ...record, ...keep, ...(extras[path] ?? {}) })
    }
  }
  const manifest = {
    story: slug,
    generatedBy: 'node scripts/samples/make-media.mjs',
    licence: 'CC0-1.0',
    author: 'Storysphere sample team',
    totalBytes: files.reduce((n, f) => n + f.bytes, 0),
    files,
  }
  writeFileSync(join(dir, 'media-manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  return manifest
}
