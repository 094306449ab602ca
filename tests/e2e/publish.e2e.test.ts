import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import type { PreviewServer } from 'vite'
import { preview } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { enableTestBridge, installIwer } from '../fixtures/player/player-harness'
import { runAxe } from './support/axe'
import { launchBrowser, openPage, screenshot } from './support/browser'
import { openLibrary, sampleIds, storyUrl } from './support/editor-library'
import { cspViolations, playMyStreetToAnEnding, serveFolder, unzipInto, watchCsp } from './support/published-site'

/**
 * Issue 7, publishing and sharing: My street published from the editor as a website (zip), played from a
 * plain static server, then offline (service worker); as one html file from file://; and shared in the
 * room through the share server (`npm run start:lan`'s plugin, mounted here on a preview server).
 * Every published page must play with no CSP violation (§B.5).
 */
const workshopCode = 'test-lamp-42'
let browser: Browser
let app: PreviewServer
let baseUrl = ''
let work = ''
let sharedUrl = ''
const servers: Server[] = []

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'publish-e2e-'))
  process.env.STORYSPHERE_SHARE = '1'
  process.env.STORYSPHERE_WORKSHOP_CODE = workshopCode
  process.env.STORYSPHERE_SHARE_DIR = join(work, 'shared')
  app = await preview({
    configFile: 'vite.config.ts',
    build: { outDir: process.env.E2E_OUT_DIR || 'dist' },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'error',
  })
  delete process.env.STORYSPHERE_SHARE
  baseUrl = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  for (const server of servers) server.close()
  await new Promise<void>((resolve) => (app ? app.httpServer.close(() => resolve()) : resolve()))
  rmSync(work, { recursive: true, force: true })
})

/** Opens My street's story screen and its Publish dialog. */
const openPublishDialog = async (page: Page) => {
  await openLibrary(page, baseUrl)
  await page.goto(storyUrl(baseUrl, sampleIds.myStreet))
  await page.getByRole('button', { name: 'Publish…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Publish “My street”' })
  await dialog.waitFor()
  return dialog
}

const download = async (page: Page, button: string, file: string): Promise<string> => {
  const [downloaded] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: button }).click()])
  const path = join(work, file)
  await downloaded.saveAs(path)
  return path
}

describe('publishing My street (issue 7)', () => {
  it('as a website: only the player’s files, a strict CSP, plays to an ending, and again offline after a reload', { timeout: 240_000 }, async () => {
    const { page, context, errors } = await openPage(browser)
    const dialog = await openPublishDialog(page)
    expect(await runAxe(page)).toEqual([])
    await screenshot(page, 'publish-dialog')
    const zip = await download(page, 'Download website (.zip)', 'my-street-website.zip')
    await dialog.getByText('Website ready: my-street-website.zip.').waitFor()
    await context.close()

    const names = unzipInto(readFileSync(zip), join(work, 'site'))
    expect(names.every((name) => name.startsWith('my-street/'))).toBe(true)
    for (const expected of ['index.html', 'play-offline.html', 'sw.js', 'story.json', 'README.txt', 'xr-profiles/profilesList.json']) {
      expect(names).toContain(`my-street/${expected}`)
    }
    const assets = names.filter((name) => name.startsWith('my-street/assets/'))
    expect(assets.some((name) => /\/player-[\w-]+\.js$/.test(name))).toBe(true)
    expect(assets.some((name) => /\/xr-session-[\w-]+\.js$/.test(name))).toBe(true) // the headset chunk travels
    // Not the editor's own chunks (names are <chunk>-<8-character hash>), not the XR emulator or its rooms.
    const notPlayer = /\/(editor|story-map-panel|photo-import\.worker|emulate|[a-z]+_room|office_[a-z]+)-[\w-]{8}\.(js|css)$/
    expect(assets.filter((name) => notPlayer.test(name))).toEqual([])
    expect(assets.length).toBeLessThan(30)
    expect(names.filter((name) => name.endsWith('.svg'))).toEqual([]) // B-31
    const html = readFileSync(join(work, 'site/my-street/index.html'), 'utf8')
    expect(html).toMatch(/<head>\n<meta http-equiv="Content-Security-Policy" content="default-src 'none';[^"]*script-src 'self' blob:;/)
    expect(html).not.toMatch(/<script>|<style>|\son[a-z]+=|unsafe-/)

    const site = await serveFolder(join(work, 'site'))
    servers.push(site.server)
    const visitor = await openPage(browser)
    await watchCsp(visitor.context)
    await visitor.page.goto(`${site.url}/my-street/`)
    await visitor.page.getByRole('heading', { name: 'My street' }).waitFor()
    await playMyStreetToAnEnding(visitor.page)
    await screenshot(visitor.page, 'publish-website-ending')
    // The service worker has the whole folder before we cut the network.
    await expect
      .poll(() => visitor.page.evaluate(async () => (await caches.keys()).length > 0 && navigator.serviceWorker.controller !== null), { timeout: 30_000 })
      .toBe(true)
    await visitor.context.setOffline(true)
    await visitor.page.reload()
    await visitor.page.getByRole('heading', { name: 'My street' }).waitFor()
    await playMyStreetToAnEnding(visitor.page)
    await screenshot(visitor.page, 'publish-website-offline-ending')
    expect(await cspViolations(visitor.page)).toEqual([])
    expect(visitor.errors).toEqual([])
    expect(errors).toEqual([])
    await visitor.context.close()
  })

  it('as one html file that plays from file:// with its hash-only CSP', { timeout: 180_000 }, async () => {
    const { page, context, errors } = await openPage(browser)
    await openPublishDialog(page)
    const file = await download(page, 'Download single file (.html)', 'my-street.html')
    await context.close()
    const html = readFileSync(file, 'utf8')
    const head = html.slice(0, html.indexOf('<style>'))
    expect(head).toMatch(/content="default-src 'none';[^"]*script-src 'sha256-[A-Za-z0-9+/=]+' blob:;[^"]*style-src 'sha256-[A-Za-z0-9+/=]+';/)
    expect(head).not.toContain('unsafe-')
    expect(html.length).toBeGreaterThan(4_000_000) // the media are inside

    const reader = await openPage(browser)
    await watchCsp(reader.context)
    await reader.page.goto(pathToFileURL(file).href)
    await reader.page.getByRole('heading', { name: 'My street' }).waitFor()
    await playMyStreetToAnEnding(reader.page)
    await screenshot(reader.page, 'publish-single-file-ending')
    expect(await cspViolations(reader.page)).toEqual([])
    expect(reader.errors).toEqual([])
    expect(errors).toEqual([])
    await reader.context.close()
  })

  it('shared in the room: a wrong code is refused in plain words; then a short link and QR code that play on a phone', { timeout: 240_000 }, async () => {
    const { page, context, errors } = await openPage(browser)
    const dialog = await openPublishDialog(page)
    await dialog.getByLabel('Workshop code').fill('wrong-code-00')
    await dialog.getByRole('button', { name: 'Share', exact: true }).click()
    await dialog.getByText('That workshop code is not right', { exact: false }).first().waitFor({ timeout: 60_000 })
    await dialog.getByLabel('Workshop code').fill(workshopCode)
    await dialog.getByRole('button', { name: 'Share', exact: true }).click()
    const link = dialog.locator('a.publish-shared-link')
    await link.waitFor({ timeout: 60_000 })
    const url = (await link.textContent()) ?? ''
    sharedUrl = url
    expect(url).toMatch(new RegExp(`^${baseUrl}/s/[a-z2-9]{8}/$`))
    const qr = dialog.getByRole('img', { name: 'QR code for the link to “My street”' })
    expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true)
    expect(await runAxe(page)).toEqual([])
    await screenshot(page, 'publish-shared')
    expect(errors).toEqual([])
    await context.close()

    const phone = await openPage(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 })
    await watchCsp(phone.context)
    await phone.page.goto(url)
    await phone.page.getByRole('heading', { name: 'My street' }).waitFor()
    await playMyStreetToAnEnding(phone.page)
    await screenshot(phone.page, 'publish-shared-phone-ending')
    expect(await cspViolations(phone.page)).toEqual([])
    expect(phone.errors).toEqual([])
    await phone.context.close()
  })

  it('the shared link enters VR in an emulated headset (IWER) with the folder’s own controller models', { timeout: 120_000 }, async () => {
    expect(sharedUrl).not.toBe('')
    const headset = await openPage(browser, { viewport: { width: 960, height: 480 } })
    await installIwer(headset.context)
    await enableTestBridge(headset.context)
    await watchCsp(headset.context)
    const profiles: string[] = []
    headset.page.on('request', (request) => {
      if (request.url().includes('/xr-profiles/')) profiles.push(new URL(request.url()).pathname)
    })
    await headset.page.goto(sharedUrl)
    await headset.page.getByRole('button', { name: 'Start', exact: true }).click()
    await headset.page.getByRole('button', { name: 'Enter VR' }).click()
    await headset.page.waitForFunction(() => {
      const bridge = (window as unknown as { __storysphereTest?: { xr?: { store: { getState(): { session?: unknown } } } } }).__storysphereTest
      return !!bridge?.xr?.store.getState().session
    })
    await expect.poll(() => profiles.some((path) => path.endsWith('.glb')), { timeout: 30_000 }).toBe(true)
    expect(profiles.every((path) => path.startsWith(new URL(sharedUrl).pathname))).toBe(true)
    await screenshot(headset.page, 'publish-shared-headset')
    expect(await cspViolations(headset.page)).toEqual([])
    expect(headset.errors).toEqual([])
    await headset.context.close()
  })

  it('the app itself works offline once loaded: “ready to work offline”, then the library and /play/ open without a network', { timeout: 120_000 }, async () => {
    const { page, context, errors } = await openPage(browser)
    await openLibrary(page, baseUrl)
    await page.getByText('Storysphere is ready to work offline on this device', { exact: false }).waitFor({ timeout: 60_000 })
    expect(await runAxe(page)).toEqual([])
    await screenshot(page, 'app-offline-ready')
    await context.setOffline(true)
    await page.reload()
    await page.locator('.story-card').nth(1).waitFor({ timeout: 30_000 })
    await page.goto(`${baseUrl}/play/`)
    await page.getByRole('link', { name: 'My street' }).waitFor()
    expect(errors).toEqual([])
    await context.close()
  })
})
