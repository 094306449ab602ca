import { preview } from 'vite'
import { chromium } from 'playwright-core'
const server = await preview({ configFile: 'vite.config.ts', preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' })
const base = `http://127.0.0.1:${server.httpServer.address().port}`
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
const [slug, lang] = [process.argv[2], process.argv[3]]
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
await context.addInitScript(() => { window.__storysphereTest = {} })
await context.route('https://**', (r) => { console.log('EXTERNAL', r.request().url()); r.abort() })
const page = await context.newPage()
page.on('console', (m) => { if (!/Clock|GPOS|GSUB|GPU stall/.test(m.text())) console.log('console', m.type(), m.text().slice(0, 300)) })
page.on('pageerror', (e) => console.log('pageerror', e.message))
const t0 = Date.now()
await page.goto(`${base}/play/?story=/samples/${slug}/story.json`)
if (lang) {
  await page.getByRole('button', { name: 'Settings' }).click()
  await page.getByLabel('Language').selectOption(lang)
  await page.getByRole('button', { name: 'Done' }).click()
}
await page.getByRole('button', { name: 'Start', exact: true }).click()
await page.waitForFunction(() => window.__storysphereTest.player?.sceneId())
console.log('started', Date.now() - t0)
await page.waitForFunction(() => window.__storysphereTest.player.textures().some((t) => t.status === 'full'), null, { timeout: 20000 })
console.log('full', Date.now() - t0, JSON.stringify(await page.evaluate(() => window.__storysphereTest.player.textures())))
await page.waitForTimeout(1500)
await page.evaluate(() => window.__storysphereTest.player.invalidate())
await page.waitForTimeout(300)
await page.screenshot({ path: `/tmp/scratch/${slug}${lang ?? ''}-1.png` })
// walk: click first link button 2 times
for (const name of (process.argv[4] ?? '').split(',').filter(Boolean)) {
  const b = page.locator('.hotspot-button', { hasText: name }).first()
  if (!(await b.count())) { console.log('no button', name); break }
  console.log('go', await b.textContent())
  await b.click()
  await page.waitForTimeout(1500)
}
await page.evaluate(() => window.__storysphereTest.player.invalidate())
await page.waitForTimeout(800)
await page.screenshot({ path: `/tmp/scratch/${slug}${lang ?? ''}-2.png` })
console.log(await page.evaluate(() => window.__storysphereTest.player.sceneId()))
await browser.close()
await new Promise((r) => server.httpServer.close(r))
