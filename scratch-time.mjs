import { preview } from 'vite'
import { chromium } from 'playwright-core'
import { readFileSync, existsSync } from 'node:fs'
import { join, extname } from 'node:path'
const server = await preview({ configFile: 'vite.config.ts', preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' })
const base = `http://127.0.0.1:${server.httpServer.address().port}`
let t = Date.now(); const lap = (m) => { console.log(m, Date.now() - t); t = Date.now() }
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
lap('launch')
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
await context.addInitScript(() => { window.__storysphereTest = {} })
await context.route(`${base}/fixtures/player/**`, (route) => {
  const file = join('tests/fixtures/player', new URL(route.request().url()).pathname.replace('/fixtures/player/', ''))
  if (!existsSync(file)) return route.fulfill({ status: 404, body: 'no' })
  return route.fulfill({ status: 200, body: readFileSync(file), contentType: { '.json': 'application/json', '.jpg': 'image/jpeg' }[extname(file)] })
})
const page = await context.newPage()
await page.goto(`${base}/play/?story=/fixtures/player/walk/story.json`)
lap('goto')
await page.getByRole('button', { name: 'Start', exact: true }).waitFor()
lap('start visible')
await page.getByRole('button', { name: 'Start', exact: true }).click()
lap('click start')
await page.waitForFunction(() => window.__storysphereTest.player?.sceneId() === 'scene:yard')
lap('scene')
const f0 = await page.evaluate(() => window.__storysphereTest.player.frames().frames)
await page.waitForTimeout(1000)
const f1 = await page.evaluate(() => window.__storysphereTest.player.frames().frames)
lap(`fps ${f1 - f0}`)
console.log(await page.evaluate(() => [...document.querySelectorAll('.hotspot-button')].map((b) => b.textContent)))
const names = await page.getByRole('button').evaluateAll((els) => els.map((e) => e.textContent))
console.log(names)
console.log(await page.accessibility?.snapshot?.().catch(() => 'n/a'))
await page.mouse.move(900, 300); await page.mouse.down(); await page.mouse.move(700, 340, { steps: 8 }); await page.mouse.up()
lap('drag')
await page.getByRole('button', { name: 'Turn left' }).click()
lap('turn click')
await browser.close()
await new Promise((r) => server.httpServer.close(r))
