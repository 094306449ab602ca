import { preview } from 'vite'
import { chromium } from 'playwright-core'
import { readFileSync, existsSync } from 'node:fs'
import { join, extname, dirname } from 'node:path'
import { createRequire } from 'node:module'
const require = createRequire(import.meta.url)
const server = await preview({ configFile: 'vite.config.ts', preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' })
const base = `http://127.0.0.1:${server.httpServer.address().port}`
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
const context = await browser.newContext({ viewport: { width: 960, height: 480 } })
await context.addInitScript({ path: require.resolve('iwer/build/iwer.min.js') })
await context.addInitScript(() => { const d = new IWER.XRDevice(IWER.metaQuest3, { stereoEnabled: true, ipd: 0.063 }); d.installRuntime({ forceInstall: true }); window.__iwerDevice = d; window.__storysphereTest = {} })
const profiles = join(dirname(require.resolve('@webxr-input-profiles/assets/package.json')), 'dist', 'profiles')
await context.route('https://cdn.jsdelivr.net/npm/@webxr-input-profiles/assets@1.0/dist/profiles/**', (route) => {
  const file = join(profiles, new URL(route.request().url()).pathname.replace(/^.*\/dist\/profiles\//, ''))
  if (!existsSync(file)) return route.fulfill({ status: 404, body: 'no' })
  return route.fulfill({ status: 200, body: readFileSync(file) })
})
await context.route(`${base}/fixtures/player/**`, (route) => {
  const file = join('tests/fixtures/player', new URL(route.request().url()).pathname.replace('/fixtures/player/', ''))
  if (!existsSync(file)) return route.fulfill({ status: 404, body: 'no' })
  return route.fulfill({ status: 200, body: readFileSync(file), contentType: { '.json': 'application/json', '.jpg': 'image/jpeg' }[extname(file)] })
})
const page = await context.newPage()
page.on('console', (m) => { if (!/Clock|GPOS|GSUB|GPU stall/.test(m.text())) console.log('console', m.type(), m.text()) })
page.on('pageerror', (e) => console.log('pageerror', e.message, e.stack))
await page.goto(`${base}/play/?story=/fixtures/player/walk/story.json`)
await page.getByRole('button', { name: 'Start', exact: true }).click()
await page.waitForFunction(() => window.__storysphereTest.player?.sceneId() === 'scene:yard')
await page.getByRole('button', { name: 'Enter VR' }).click()
await page.waitForFunction(() => !!window.__storysphereTest.xr?.store.getState().session)
await page.waitForTimeout(1000)
const f0 = await page.evaluate(() => window.__storysphereTest.player.frames().xrFrames)
await page.waitForTimeout(1000)
console.log('xr fps', (await page.evaluate(() => window.__storysphereTest.player.frames().xrFrames)) - f0)
await page.evaluate(async () => {
  const target = window.__storysphereTest.xr.hotspotInReferenceSpace('hotspot:to-street')
  await window.__iwerDevice.remote.dispatch('look_at', { device: 'controller-right', target })
})
await page.waitForTimeout(500)
const r = await page.evaluate(async () => {
  const session = window.__storysphereTest.xr.store.getState().session
  const right = window.__iwerDevice.controllers.right
  const log = []
  session.addEventListener('select', (e) => log.push(['select', e.timeStamp]))
  const started = new Promise((resolve) => session.addEventListener('selectstart', (e) => { log.push(['start', e.timeStamp]); resolve() }, { once: true }))
  right.updateButtonValue('trigger', 1)
  await started
  const ended = new Promise((resolve) => session.addEventListener('selectend', (e) => { log.push(['end', e.timeStamp]); resolve() }, { once: true }))
  right.updateButtonValue('trigger', 0)
  await ended
  return log
})
console.log(r)
await page.waitForTimeout(1500)
console.log('scene', await page.evaluate(() => window.__storysphereTest.player.sceneId()))
await browser.close()
await new Promise((r) => server.httpServer.close(r))
