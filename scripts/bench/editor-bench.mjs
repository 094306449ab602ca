// Editor metrics for `npm run bench` (no peer has an editor): the home page's JS, importing an
// 8192x4096 JPEG as a new story, and opening a 300-scene story with its map, each with the longest
// main-thread task (PerformanceObserver 'longtask'). Same Chromium and flags as the peer harness; a
// fresh browser profile per repetition. The app build is served at / by the harness's static server.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { median } from './bench-table.mjs'

const LONGTASKS = `window.__longtasks = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, ms: e.duration }) }).observe({ type: 'longtask', buffered: true });`

const longestSince = (page, sinceMs) => page.evaluate((since) => Math.max(0, ...window.__longtasks.filter((t) => t.start >= since).map((t) => t.ms)), sinceMs)

/** Writes the story file and its pictures straight into the library's IndexedDB (as the app stores them). */
const putStory = (page, storyText, media) =>
  page.evaluate(
    ({ text, files }) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('storysphere-library')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const tx = db.transaction(['stories', 'media'], 'readwrite')
          const now = Date.now()
          const story = JSON.parse(text).story
          tx.objectStore('stories').put({ id: story.id, revision: 1, text, createdAt: now, updatedAt: now, trashedAt: null })
          for (const f of files) {
            const bin = atob(f.b64)
            const bytes = new Uint8Array(bin.length)
            for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i)
            tx.objectStore('media').put({ sha256: f.sha256, mime: 'image/jpeg', bytes: bytes.buffer, size: bytes.length, storedAt: now })
          }
          tx.oncomplete = () => { db.close(); resolve(undefined) }
          tx.onerror = () => reject(tx.error)
        }
      }),
    { text: storyText, files: media },
  )

async function oneRep({ chromium, flags, base, peersDir }) {
  const udd = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-editor-'))
  const ctx = await chromium.launchPersistentContext(udd, { executablePath: '/usr/bin/chromium', headless: true, args: flags, viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 })
  const out = {}
  try {
    await ctx.addInitScript({ content: LONGTASKS })
    const page = ctx.pages()[0] ?? (await ctx.newPage())
    const scripts = []
    page.on('response', async (r) => {
      if (r.request().resourceType() !== 'script') return
      try {
        scripts.push({ url: r.url(), gzip: zlib.gzipSync(await r.body(), { level: 9 }).length })
      } catch { /* gone */ }
    })
    await page.goto(`${base}/`)
    await page.locator('.story-card').nth(1).waitFor({ timeout: 60_000 })
    out.homeJsGzip = scripts.reduce((s, x) => s + x.gzip, 0)
    out.homeLoads3d = scripts.some((s) => /vendor-3d/.test(s.url))
    out.homeScripts = scripts.map((s) => `${new URL(s.url).pathname.split('/').pop()} (gz ${s.gzip} B)`)

    // Import an 8192x4096 JPEG as a new story.
    await page.getByRole('button', { name: 'New story' }).click()
    const dialog = page.getByRole('dialog', { name: 'New story' })
    await dialog.getByLabel('Your 360° photo').setInputFiles({ name: 'big-photo.jpg', mimeType: 'image/jpeg', buffer: fs.readFileSync(path.join(peersDir, 'inputs/A_8192x4096.jpg')) })
    const t0 = await page.evaluate(() => performance.now())
    await dialog.getByRole('button', { name: 'Make the story with this photo' }).click()
    await page.getByRole('heading', { name: 'View of First place' }).waitFor({ timeout: 180_000 })
    const t1 = await page.evaluate(() => performance.now())
    out.importMs = t1 - t0
    out.importLongestTaskMs = await longestSince(page, t0)

    // A 300-scene story with its map.
    const storyText = fs.readFileSync(path.join(peersDir, 'inputs/storysphere/chain-300.json'), 'utf8')
    const story = JSON.parse(storyText).story
    const media = story.assets.flatMap((a) => [a, ...a.derivatives]).map((f) => ({ sha256: f.sha256, b64: fs.readFileSync(path.join(peersDir, 'inputs', f.path.replace(/^images\/(.)/, (_m, c) => c.toUpperCase()))).toString('base64') }))
    await putStory(page, storyText, media)
    await page.goto(`${base}/`)
    const title = story.title.en
    await page.getByRole('link', { name: `Open ${title}` }).waitFor({ timeout: 60_000 })
    const m0 = await page.evaluate(() => performance.now())
    await page.getByRole('link', { name: `Open ${title}` }).click()
    await page.getByRole('heading', { name: title, level: 1 }).waitFor({ timeout: 60_000 })
    await page.getByRole('tab', { name: 'Story map' }).click()
    await page.locator('.react-flow__node-scene').first().waitFor({ timeout: 120_000 })
    const m1 = await page.evaluate(() => performance.now())
    out.mapMs = m1 - m0
    out.mapNodes = await page.locator('.react-flow__node-scene').count()
    out.mapLongestTaskMs = await longestSince(page, m0)
    fs.mkdirSync(path.join(peersDir, 'results/shots'), { recursive: true })
    await page.screenshot({ path: path.join(peersDir, 'results/shots/editor-map-300.png') })
  } catch (e) {
    out.error = String(e).slice(0, 400)
  } finally {
    await ctx.close().catch(() => {})
    fs.rmSync(udd, { recursive: true, force: true })
  }
  return out
}

export async function editorMetrics({ peersDir, appDir, reps }) {
  const { chromium } = await import(path.join(peersDir, 'node_modules/playwright-core/index.mjs'))
  const { startServer } = await import(path.join(peersDir, 'serve.mjs'))
  const { BASE_FLAGS } = await import(path.join(peersDir, 'harness/browser.mjs'))
  const server = await startServer(0, { '/': appDir })
  const base = `http://127.0.0.1:${server.address().port}`
  const all = []
  try {
    for (let rep = 0; rep < reps; rep++) {
      const r = await oneRep({ chromium, flags: BASE_FLAGS, base, peersDir })
      console.log(`[editor rep${rep}] import=${r.importMs?.toFixed(0)} ms (longest task ${r.importLongestTaskMs?.toFixed(0)}) map=${r.mapMs?.toFixed(0)} ms (${r.mapNodes} nodes, longest task ${r.mapLongestTaskMs?.toFixed(0)}) home JS gz=${r.homeJsGzip}${r.error ? ' ERROR ' + r.error : ''}`)
      all.push(r)
    }
  } finally {
    server.close()
  }
  const pick = (k) => median(all.map((r) => r[k]))
  const notes = [...new Set(all.filter((r) => r.error).map((r) => `editor run failed: ${r.error}`))]
  if (all[0]?.homeScripts) notes.push(`editor home scripts: ${all[0].homeScripts.join(', ')}`)
  return {
    importMs: pick('importMs'), importLongestTaskMs: pick('importLongestTaskMs'), mapMs: pick('mapMs'), mapNodes: pick('mapNodes'),
    mapLongestTaskMs: pick('mapLongestTaskMs'), homeJsGzip: pick('homeJsGzip'), homeLoads3d: all.some((r) => r.homeLoads3d), runs: all, notes,
  }
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const work = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../node_modules/.cache/storysphere-bench')
  console.log(JSON.stringify(await editorMetrics({ peersDir: path.join(work, 'peers'), appDir: process.argv[2] ?? path.join(work, 'app'), reps: 1 }), null, 1))
}
