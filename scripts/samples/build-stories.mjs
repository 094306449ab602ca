// Builds samples/<slug>/story.json for each sample story from its definition in stories/ and the facts
// in samples/<slug>/media-manifest.json (sizes, sha-256, pixel sizes, durations, narration cues), and
// writes samples/index.json. Plain Node (no TypeScript): node scripts/samples/build-stories.mjs
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const here = fileURLToPath(new URL('.', import.meta.url))
const samples = join(here, '..', '..', 'samples')
/** Must match CURRENT_SCHEMA_VERSION in story-schema/story-file.ts (the validation test checks it). */
const FORMAT = 'storysphere.story', SCHEMA_VERSION = 1
const AUTHOR = 'Storysphere sample team', LICENCE = 'CC0-1.0'
export const slugs = ['my-street', 'harbour-at-dawn']

const baseName = (path) => path.replace(/^.*\//, '').replace(/\.[a-z0-9]+$/, '')
const fileFields = (f) => ({ path: f.path, mime: f.mime, bytes: f.bytes, sha256: f.sha256 })

function assetsFrom(manifest, media, titles, languageNames) {
  const files = manifest.files
  const derivatives = (path) => files.filter((f) => f.derivativeOf === path)
    .map((d) => ({ role: d.role, ...fileFields(d), widthPx: d.widthPx, heightPx: d.heightPx }))
  const describe = (name) => (media[name] ? { description: media[name] } : {})
  const credit = (title, author = AUTHOR) => ({ credit: { author, title: titles[title] ?? media[title]?.en ?? title, licence: LICENCE } })
  const assets = []
  for (const f of files.filter((x) => x.kind === 'panorama')) {
    const name = baseName(f.path), p = f.projection
    const projection = p.type === 'partial'
      ? { type: 'partial', fullWidthPx: p.fullWidthPx, fullHeightPx: p.fullHeightPx, cropLeftPx: p.cropLeftPx, cropTopPx: p.cropTopPx }
      : { type: 'full' }
    assets.push({ id: `asset:${name}`, kind: 'panorama', ...fileFields(f), widthPx: f.widthPx, heightPx: f.heightPx, projection,
      derivatives: derivatives(f.path), ...describe(name), ...credit(name) })
  }
  for (const f of files.filter((x) => x.kind === 'image')) {
    const name = baseName(f.path)
    assets.push({ id: `asset:${name}`, kind: 'image', ...fileFields(f), widthPx: f.widthPx, heightPx: f.heightPx, derivatives: [], ...describe(name), ...credit(name) })
  }
  for (const f of files.filter((x) => x.kind === 'ambient-bed' || x.kind === 'sound-effect')) {
    const name = baseName(f.path)
    assets.push({ id: `asset:${name}`, kind: 'audio', ...fileFields(f), durationMs: f.durationMs, ...describe(name), ...credit(name) })
  }
  for (const f of files.filter((x) => x.kind === 'narration')) {
    const title = `Narration, ${f.scene}, ${languageNames[f.language] ?? f.language}`
    assets.push({ id: `asset:${baseName(f.path)}`, kind: 'audio', ...fileFields(f), durationMs: f.durationMs, ...credit(title, `${AUTHOR}; voice: espeak-ng (${f.voice.replace('espeak-ng ', '')})`) })
  }
  return assets
}

/** Replaces the scene's `narrate:<id>` placeholder with one narration per language found in the manifest. */
function narrationsFor(sceneId, story, manifest) {
  return story.languages.flatMap((language) => {
    const f = manifest.files.find((x) => x.kind === 'narration' && x.scene === sceneId && x.language === language)
    if (!f) throw new Error(`no narration for ${sceneId} in ${language}; run make-media.mjs --only narration`)
    return [{ language, assetId: `asset:${baseName(f.path)}`, cues: f.cues.map(({ startMs, endMs, speaker, text }) => ({ startMs, endMs, speaker, text })) }]
  })
}

export async function buildStory(slug) {
  const { story, media, titles = {} } = await import(pathToFileURL(join(here, 'stories', `${slug}-story.mjs`)).href)
  const manifest = JSON.parse(readFileSync(join(samples, slug, 'media-manifest.json'), 'utf8'))
  const languageNames = { en: 'English', nb: 'Norwegian Bokmål', ml: 'Malayalam' }
  const scenes = story.scenes.map((s) => ({ ...s, narrations: s.narrations.length ? narrationsFor(s.id.slice('scene:'.length), story, manifest) : [] }))
  const full = { ...story, scenes, assets: assetsFrom(manifest, media, titles, languageNames) }
  const text = `${JSON.stringify({ format: FORMAT, schemaVersion: SCHEMA_VERSION, story: full }, null, 2)}\n`
  writeFileSync(join(samples, slug, 'story.json'), text)
  return full
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const index = []
  for (const slug of slugs) {
    const story = await buildStory(slug)
    const hotspots = story.scenes.reduce((n, s) => n + s.hotspots.length, 0)
    console.log(`${slug}: ${story.scenes.length} scenes, ${hotspots} hotspots, ${story.assets.length} assets`)
    index.push({ slug, title: story.title.en, summary: story.summary.en, languages: story.languages, path: `${slug}/story.json` })
  }
  writeFileSync(join(samples, 'index.json'), `${JSON.stringify(index, null, 2)}\n`)
}
