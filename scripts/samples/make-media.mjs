// Re-makes every picture and sound of the sample stories and their media-manifest.json files.
//   node scripts/samples/make-media.mjs                       everything (about 10 minutes on 2 cores)
//   node scripts/samples/make-media.mjs --only audio,narration --story harbour-at-dawn
// Parts: panoramas, flat, audio (beds and effects), narration. Needs node ≥ 20, sox, espeak-ng, ffmpeg.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { renderPanorama } from './lib/render-panorama.mjs'
import { writeFlatImages } from './flat-images.mjs'
import { writeManifest } from './lib/manifest.mjs'
import { beds } from './audio/beds.mjs'
import { effects } from './audio/effects.mjs'
import { narrate } from './audio/narration.mjs'
import { toMp3 } from './audio/sox.mjs'

const here = fileURLToPath(new URL('.', import.meta.url))
const samples = join(here, '..', '..', 'samples')
const { values } = parseArgs({ options: { only: { type: 'string' }, story: { type: 'string' }, width: { type: 'string', default: '4096' } } })
const parts = new Set((values.only ?? 'panoramas,flat,audio,narration').split(','))
const W = Number(values.width)

/** Panoramas per story: [name, scene module, crop (full-pano rows at 4096 wide) or null]. */
export const panoramas = {
  'my-street': ['front-door', 'bus-stop', 'corner-shop', 'football-pitch', 'viewpoint', 'backyard'].map((n) => [n, 'scenes/my-street-scenes.mjs', null]),
  'harbour-at-dawn': [['quay'], ['boathouses'], ['breakwater', { top: 341, rows: 1366 }], ['lighthouse']].map(([n, crop]) => [n, 'scenes/harbour-scenes.mjs', crop ?? null]),
}
const stories = Object.keys(panoramas).filter((s) => !values.story || values.story === s)
const extras = Object.fromEntries(stories.map((s) => [s, {}]))
const tmp = mkdtempSync(join(tmpdir(), 'storysphere-samples-'))

if (parts.has('panoramas')) {
  for (const slug of stories) {
    console.log(`${slug}: panoramas`)
    for (const [name, mod, crop4096] of panoramas[slug]) {
      const k = W / 4096, crop = crop4096 && { top: Math.round(crop4096.top * k), rows: Math.round(crop4096.rows * k) }
      const module = pathToFileURL(join(here, mod)).href
      const files = await renderPanorama({ dir: join(samples, slug), name, module, id: name, W, crop })
      const [main, ...derived] = files
      const projection = crop
        ? { type: 'partial', fullWidthPx: W, fullHeightPx: W / 2, cropLeftPx: 0, cropTopPx: crop.top,
          gpano: { FullPanoWidthPixels: W, FullPanoHeightPixels: W / 2, CroppedAreaImageWidthPixels: W, CroppedAreaImageHeightPixels: crop.rows, CroppedAreaLeftPixels: 0, CroppedAreaTopPixels: crop.top } }
        : { type: 'full' }
      extras[slug][main.path] = { kind: 'panorama', scene: name, projection }
      derived.forEach((d, i) => { extras[slug][d.path] = { kind: 'panorama-derivative', role: i === 0 ? 'downscaled' : 'preview', derivativeOf: main.path } })
    }
  }
}

if (parts.has('flat')) {
  console.log('flat images')
  for (const f of writeFlatImages(samples)) if (extras[f.story]) extras[f.story][f.path] = { kind: 'image' }
}

if (parts.has('audio')) {
  for (const [name, [slug, make]] of [...Object.entries(beds), ...Object.entries(effects)]) {
    if (!extras[slug]) continue
    console.log(`${slug}: audio/${name}.mp3`)
    const wav = make(join(tmp, `${name}.wav`), tmp)
    toMp3(wav, join(samples, slug, 'audio', `${name}.mp3`), 64)
    extras[slug][`audio/${name}.mp3`] = { kind: name in beds ? 'ambient-bed' : 'sound-effect', loop: name in beds || name === 'bus-idle' }
  }
}

if (parts.has('narration')) {
  for (const slug of stories) {
    const { narration, voices, narrator } = await import(pathToFileURL(join(here, 'stories', `${slug}-narration.mjs`)).href)
    for (const [scene, byLanguage] of Object.entries(narration)) {
      for (const [language, sentences] of Object.entries(byLanguage)) {
        const path = `audio/narration-${scene}-${language}.mp3`
        console.log(`${slug}: ${path}`)
        const r = narrate({ sentences, voice: voices[language], speaker: narrator, mp3: join(samples, slug, path), tmp, name: `${scene}-${language}` })
        extras[slug][path] = { kind: 'narration', scene, language, voice: `espeak-ng ${voices[language].voice}`, cues: r.cues }
      }
    }
  }
}

for (const slug of stories) {
  mkdirSync(join(samples, slug), { recursive: true })
  const m = writeManifest(join(samples, slug), slug, extras[slug])
  console.log(`${slug}: ${m.files.length} files, ${(m.totalBytes / 1048576).toFixed(2)} MiB`)
}
rmSync(tmp, { recursive: true, force: true })
