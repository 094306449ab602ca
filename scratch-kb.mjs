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
  const file = join('tests/fixtures/player', new URL(route.request().url()).pathname.replace('/fixtures/player/', ''))
  if (!existsSync(file)) return route.fulfill({ status: 404, body: 'no' })
  return route.fulfill({ status: 200, body: readFileSync(file), contentType: { '.json': 'application/json', '.jpg': 'image/jpeg' }[extname(file)] })
})
const page = await context.newPage()
page.on('pageerror', (e) => console.log('pageerror', e.message))
await page.goto(`${base}/play/?story=/fixtures/player/walk/story.json`)
await page.getByRole('button', { name: 'Start', exact: true }).click()
await page.waitForFunction(() => window.__storysphereTest.player?.sceneId() === 'scene:yard')
await page.getByRole('button', { name: 'Open: Notice board' }).click()
await page.getByRole('button', { name: 'Take the key' }).click()
await page.waitForTimeout(300)
const active = () => page.evaluate(() => { const e = document.activeElement; return `${e?.tagName}.${e?.className} "${e?.getAttribute('aria-label') ?? e?.textContent}"` })
console.log('after take', await active())
for (let i = 0; i < 16; i++) { await page.keyboard.press('Tab'); console.log(i, await active()) }
await browser.close()
await new Promise((r) => server.httpServer.close(r))
