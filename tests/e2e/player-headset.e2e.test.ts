import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import {
  enableTestBridge,
  installIwer,
  playUrl,
  sceneIdOf,
  serveControllerProfiles,
  serveFixtures,
  waitForScene,
} from '../fixtures/player/player-harness'
import { launchBrowser, openPage, screenshot } from './support/browser'

/**
 * The headset path with IWER (a Quest 3 emulated in the page by the test; never in the bundle):
 * Enter VR, stereo views, a controller trigger on a hotspot, gaze dwell, recenter (C-4, C-5, C-21).
 * Button presses are synchronised to XR frames (webxr-testing.md, "Timing pitfalls").
 */
const baseUrl = inject('baseUrl')
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

type Vec = { x: number; y: number; z: number }
type XrBridge = {
  store: { getState(): { session?: XRSession } }
  recenter(): void
  headYawDeg(): number
  eyes(): { x: number; viewport?: number[] }[]
  hotspotInReferenceSpace(id: string): Vec | null
}
type Remote = { dispatch(method: string, params: object): Promise<unknown> }
type Device = { remote: Remote; controllers: { right: { updateButtonValue(name: string, value: number): void } } }
type TestWindow = {
  __storysphereTest: { xr: XrBridge; xrDwell(): { targetId: string | null; progress: number }; player: { frames(): { xrFrames: number } } }
  __iwerDevice: Device
}

const xrFrames = (page: Page) => page.evaluate(() => (window as unknown as TestWindow).__storysphereTest.player.frames().xrFrames)

const waitXrFrames = async (page: Page, count: number) => {
  const from = await xrFrames(page)
  await page.waitForFunction(
    ([start, n]) => (window as unknown as TestWindow).__storysphereTest.player.frames().xrFrames >= start + n,
    [from, count] as const,
  )
}

/** Points a device (headset or controller-right) at a hotspot, in reference-space coordinates. */
const lookAt = (page: Page, device: 'headset' | 'controller-right', hotspotId: string) =>
  page.evaluate(
    async ([which, id]) => {
      const w = window as unknown as TestWindow
      const target = w.__storysphereTest.xr.hotspotInReferenceSpace(id)
      if (!target) throw new Error(`no hotspot ${id}`)
      await w.__iwerDevice.remote.dispatch('look_at', { device: which, target })
    },
    [device, hotspotId] as const,
  )

/** Press and release the right trigger, each step confirmed by the session's select events. */
const pullTrigger = (page: Page) =>
  page.evaluate(async () => {
    const w = window as unknown as TestWindow
    const session = w.__storysphereTest.xr.store.getState().session!
    const right = w.__iwerDevice.controllers.right
    const started = new Promise((resolve) => session.addEventListener('selectstart', resolve, { once: true }))
    right.updateButtonValue('trigger', 1)
    await started
    const ended = new Promise((resolve) => session.addEventListener('selectend', resolve, { once: true }))
    right.updateButtonValue('trigger', 0)
    await ended
  })

describe('player in a headset (IWER)', () => {
  it('enters VR in stereo, selects by controller and by gaze dwell, and recenters', async () => {
    const { context, page, errors } = await openPage(browser, { viewport: { width: 960, height: 480 } })
    await installIwer(context)
    await serveControllerProfiles(context)
    await enableTestBridge(context)
    await serveFixtures(context, baseUrl)
    await page.goto(playUrl(baseUrl, 'walk'))
    await page.getByRole('button', { name: 'Start', exact: true }).click()
    await waitForScene(page, 'scene:yard')

    // Enter VR: a DOM button, shown because immersive-vr is supported; two eyes, apart by the IPD.
    await page.getByRole('button', { name: 'Enter VR' }).click()
    await page.waitForFunction(() => !!(window as unknown as TestWindow).__storysphereTest.xr?.store.getState().session)
    await waitXrFrames(page, 3)
    const eyes = await page.evaluate(() => (window as unknown as TestWindow).__storysphereTest.xr.eyes())
    expect(eyes).toHaveLength(2)
    expect(Math.abs(eyes[0]!.x - eyes[1]!.x)).toBeCloseTo(0.063, 2)
    expect(eyes[0]!.viewport).not.toEqual(eyes[1]!.viewport)

    // Controller ray + trigger on the link hotspot.
    await lookAt(page, 'controller-right', 'hotspot:to-street')
    await waitXrFrames(page, 3)
    await screenshot(page, 'player-headset')
    await pullTrigger(page)
    await waitForScene(page, 'scene:street')

    // Gaze dwell (800 ms): not before the time, then the scene changes.
    await waitXrFrames(page, 3)
    await lookAt(page, 'headset', 'hotspot:back-to-yard')
    await page.waitForFunction(() => (window as unknown as TestWindow).__storysphereTest.xrDwell().targetId === 'hotspot:back-to-yard')
    const gazeFrom = Date.now()
    await page.waitForTimeout(450)
    expect(await sceneIdOf(page)).toBe('scene:street')
    const progress = await page.evaluate(() => (window as unknown as TestWindow).__storysphereTest.xrDwell().progress)
    expect(progress).toBeGreaterThan(0)
    expect(progress).toBeLessThan(1)
    await waitForScene(page, 'scene:yard')
    expect(Date.now() - gazeFrom).toBeGreaterThanOrEqual(700)

    // Recenter: wherever the head looks, it faces the scene's initial view (yaw 0) afterwards.
    await waitXrFrames(page, 3)
    await page.evaluate(() => (window as unknown as TestWindow).__iwerDevice.remote.dispatch('look_at', { device: 'headset', target: { x: 3, y: 1.6, z: -1.7 } }))
    await waitXrFrames(page, 2)
    const before = await page.evaluate(() => (window as unknown as TestWindow).__storysphereTest.xr.headYawDeg())
    expect(Math.abs(before)).toBeGreaterThan(20)
    await page.evaluate(() => (window as unknown as TestWindow).__storysphereTest.xr.recenter())
    await waitXrFrames(page, 2)
    const after = await page.evaluate(() => (window as unknown as TestWindow).__storysphereTest.xr.headYawDeg())
    expect(Math.abs(after)).toBeLessThan(3)

    await page.evaluate(() => (window as unknown as TestWindow).__storysphereTest.xr.store.getState().session?.end())
    await page.getByRole('button', { name: 'Enter VR' }).waitFor()
    expect(errors).toEqual([])
    await context.close()
  })
})
