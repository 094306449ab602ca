import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { enableTestBridge, hotspotOnScreen, playUrl, serveFixtures, viewOf, waitForScene, waitFrames } from '../fixtures/player/player-harness'
import { launchBrowser, openPage, screenshot } from './support/browser'

/** The flat player on a phone: touch to select, and "Use motion" turning the view with the gyroscope. */
const baseUrl = inject('baseUrl')
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

const phone = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  userAgent: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36',
}

describe('player on a phone', () => {
  it('selects a hotspot with a tap, and turns with the device when "Use motion" is on', async () => {
    const { context, page, errors } = await openPage(browser, phone)
    await enableTestBridge(context)
    await serveFixtures(context, baseUrl)
    await page.goto(playUrl(baseUrl, 'walk'))
    await page.getByRole('button', { name: 'Start', exact: true }).tap()
    await waitForScene(page, 'scene:yard')
    await waitFrames(page, 2)

    // Gyroscope: the phone upright facing north, then turned 30° to the left.
    const cdp = await context.newCDPSession(page)
    await cdp.send('DeviceOrientation.setDeviceOrientationOverride', { alpha: 0, beta: 90, gamma: 0 })
    const motion = page.getByRole('button', { name: 'Use motion' })
    await motion.tap()
    await expect.poll(() => motion.getAttribute('aria-pressed')).toBe('true')
    // The first reading after "Use motion" maps the phone's heading to the current view.
    const versionBefore = (await viewOf(page)).version
    await cdp.send('DeviceOrientation.setDeviceOrientationOverride', { alpha: 0.1, beta: 90, gamma: 0 })
    await expect.poll(async () => (await viewOf(page)).version).toBeGreaterThan(versionBefore)
    const before = await viewOf(page)
    await cdp.send('DeviceOrientation.setDeviceOrientationOverride', { alpha: 30, beta: 90, gamma: 0 })
    await expect.poll(async () => (await viewOf(page)).yawDeg).toBeLessThan(before.yawDeg - 25)
    expect((await viewOf(page)).yawDeg).toBeCloseTo(before.yawDeg - 29.9, 0)
    // Tilting the phone back (the top away) looks up.
    await cdp.send('DeviceOrientation.setDeviceOrientationOverride', { alpha: 30, beta: 110, gamma: 0 })
    await expect.poll(async () => (await viewOf(page)).pitchDeg).toBeGreaterThan(15)
    await motion.tap()
    await expect.poll(() => motion.getAttribute('aria-pressed')).toBe('false')

    // Turn right until the link is on screen, then tap it.
    await cdp.send('DeviceOrientation.clearDeviceOrientationOverride')
    await page.getByRole('button', { name: 'Look down' }).tap()
    for (let i = 0; i < 6 && !(await hotspotOnScreen(page, 'hotspot:to-street'))?.onScreen; i++) {
      await page.getByRole('button', { name: 'Turn right' }).tap()
      await waitFrames(page, 1)
    }
    const spot = await hotspotOnScreen(page, 'hotspot:to-street')
    expect(spot?.onScreen).toBe(true)
    await screenshot(page, 'player-phone')
    await page.touchscreen.tap(spot!.x, spot!.y)
    await waitForScene(page, 'scene:street')
    expect(errors).toEqual([])
    await context.close()
  })
})
