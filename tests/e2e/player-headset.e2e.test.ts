import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import {
  enableTestBridge,
  installIwer,
  playUrl,
  sceneIdOf,
  serveFixtures,
  waitForScene,
} from '../fixtures/player/player-harness'
import { requestsLeavingOrigin } from '../fixtures/player/xr-harness'
import { launchBrowser, openPage, screenshot } from './support/browser'

/**
 * The headset path with IWER (a Quest 3 emulated in the page by the test; never in the bundle):
 * Enter VR, stereo views, a controller trigger on a hotspot, gaze dwell, recenter (C-4, C-5, C-21).
 * Button presses are synchronised to XR frames (webxr-testing.md, "Timing pitfalls"). Controller
 * profiles and models come from the app's own /xr-profiles/ (offline workshops): nothing is routed,
 * and no request may leave the origin.
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
  buttonInReferenceSpace(id: string): Vec | null
  originYawDeg(): number
}
type Remote = { dispatch(method: string, params: object): Promise<unknown> }
type Device = {
  remote: Remote
  controllers: { right: { updateButtonValue(name: string, value: number): void; updateAxes(id: string, x: number, y: number): void } }
}
type TestWindow = {
  __storysphereTest: {
    xr: XrBridge
    xrDwell(): { targetId: string | null; progress: number; selections: number; lastDwellMs: number }
    player: { frames(): { xrFrames: number } }
  }
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

/** Points a device (headset or controller-right) at a hotspot or a headset button, in reference-space coordinates. */
const lookAt = (page: Page, device: 'headset' | 'controller-right', targetId: string) =>
  page.evaluate(
    async ([which, id]) => {
      const w = window as unknown as TestWindow
      const xr = w.__storysphereTest.xr
      const target = id.startsWith('hotspot:') ? xr.hotspotInReferenceSpace(id) : xr.buttonInReferenceSpace(id)
      if (!target) throw new Error(`nothing to aim at: ${id}`)
      await w.__iwerDevice.remote.dispatch('look_at', { device: which, target })
    },
    [device, targetId] as const,
  )

const originYaw = (page: Page) => page.evaluate(() => (window as unknown as TestWindow).__storysphereTest.xr.originYawDeg())

/** Aims the right controller at something and pulls the trigger, frame-synchronised. */
const clickWithController = async (page: Page, targetId: string) => {
  await lookAt(page, 'controller-right', targetId)
  await waitXrFrames(page, 3)
  await pullTrigger(page)
  await waitXrFrames(page, 2)
}

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
    await enableTestBridge(context)
    const outside = requestsLeavingOrigin(context, baseUrl)
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

    // Gaze dwell (800 ms): the ring fills, nothing happens before the time, then the scene changes.
    await waitXrFrames(page, 3)
    const dwell = () => page.evaluate(() => (window as unknown as TestWindow).__storysphereTest.xrDwell())
    await lookAt(page, 'headset', 'hotspot:back-to-yard')
    await page.waitForFunction(() => {
      const d = (window as unknown as TestWindow).__storysphereTest.xrDwell()
      return d.targetId === 'hotspot:back-to-yard' && d.progress > 0 && d.progress < 1
    })
    expect(await sceneIdOf(page)).toBe('scene:street')
    expect((await dwell()).selections).toBe(0)
    await waitForScene(page, 'scene:yard')
    const selected = await dwell()
    expect(selected.selections).toBe(1)
    expect(selected.lastDwellMs).toBeGreaterThanOrEqual(800) // the app's own clock: not a moment before the dwell time
    expect(selected.lastDwellMs).toBeLessThan(800 + 600) // and within a few (slow, emulated) frames after it

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

    // Look up at the sky, so the gaze rests on nothing while the controller does the rest.
    await page.evaluate(() => (window as unknown as TestWindow).__iwerDevice.remote.dispatch('look_at', { device: 'headset', target: { x: 0, y: 9, z: -1 } }))
    await waitXrFrames(page, 2)

    // The menu (C-22), one click away; "Turn right" turns in a 30° step for people who cannot turn (C-21).
    await clickWithController(page, 'menu:toggle')
    await page.waitForFunction(() => !!(window as unknown as TestWindow).__storysphereTest.xr.buttonInReferenceSpace('menu:turn-right'))
    await waitXrFrames(page, 3)
    await screenshot(page, 'player-headset-menu')
    const beforeTurn = await originYaw(page)
    await clickWithController(page, 'menu:turn-right')
    expect((await originYaw(page)) - beforeTurn).toBeCloseTo(30, 0)
    await clickWithController(page, 'menu:close')
    expect(await page.evaluate(() => (window as unknown as TestWindow).__storysphereTest.xr.buttonInReferenceSpace('menu:close'))).toBeNull()

    // A billboard in the headset: its panel (title, picture, body, choices) opens by the controller.
    await clickWithController(page, 'hotspot:notice')
    await page.waitForFunction(() => !!(window as unknown as TestWindow).__storysphereTest.xr.buttonInReferenceSpace('panel:close'))
    await lookAt(page, 'headset', 'hotspot:notice') // the panel's title is in front of the hotspot and stops the gaze
    await waitXrFrames(page, 4)
    await screenshot(page, 'player-headset-billboard')
    expect(await page.evaluate(() => (window as unknown as TestWindow).__storysphereTest.xrDwell().targetId)).toBeNull()
    await clickWithController(page, 'panel:close')

    // Snap turn with the thumbstick: one flick, one 30° step.
    const beforeFlick = await originYaw(page)
    await page.evaluate(() => (window as unknown as TestWindow).__iwerDevice.controllers.right.updateAxes('thumbstick', 1, 0))
    await waitXrFrames(page, 4)
    await page.evaluate(() => (window as unknown as TestWindow).__iwerDevice.controllers.right.updateAxes('thumbstick', 0, 0))
    await waitXrFrames(page, 2)
    expect((await originYaw(page)) - beforeFlick).toBeCloseTo(30, 0)

    await page.evaluate(() => (window as unknown as TestWindow).__storysphereTest.xr.store.getState().session?.end())
    await page.getByRole('button', { name: 'Enter VR' }).waitFor()
    expect(outside).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })
})
