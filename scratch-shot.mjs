import { preview } from 'vite'
import { chromium } from 'playwright-core'
import { readFileSync, existsSync } from 'node:fs'
import { join, extname } from 'node:path'
const server = await preview({ configFile: 'vite.config.ts', preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' })
const base = `http://127.0.0.1:${server.httpServer.address().port}`
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
await context.addInitScript(() => { window.__storysphereTest = {} })
await context.route(`${base}/fixtures/player/**`, (route) => {
  const rel = new URL(route.request().url()).pathname.replace('/fixtures/player/', '')
  const file = join('tests/fixtures/player', rel)
  if (!existsSync(file)) return route.fulfill({ status: 404, body: 'no' })
  const type = { '.json': 'application/json', '.jpg': 'image/jpeg', '.wav': 'audio/wav' }[extname(file)] ?? 'application/octet-stream'
  return route.fulfill({ status: 200, body: readFileSync(file), contentType: type })
})
const page = await context.newPage()
page.on('console', (m) => console.log('console', m.type(), m.text()))
page.on('pageerror', (e) => console.log('pageerror', e.message))
const t0 = Date.now()
await page.goto(`${base}/play/?story=/fixtures/player/${process.argv[2] ?? 'walk'}/story.json`)
await page.waitForTimeout(1500)
await page.screenshot({ path: '/tmp/scratch/start.png' })
const startBtn = page.getByRole('button', { name: 'Start', exact: true })
if (await startBtn.count()) await startBtn.click()
await page.waitForTimeout(2500)
await page.screenshot({ path: '/tmp/scratch/playing.png' })
console.log(await page.evaluate(() => JSON.stringify({ view: window.__storysphereTest.player?.view(), tex: window.__storysphereTest.player?.textures(), frames: window.__storysphereTest.player?.frames() })))
console.log('ms', Date.now() - t0)
await browser.close()
await new Promise((r) => server.httpServer.close(r))
