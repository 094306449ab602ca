import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { measureLevels, mixerState, openAudioPlayer, voiceOf } from '../fixtures/player/audio-probe'
import { enableTestBridge, installIwer, waitForScene } from '../fixtures/player/player-harness'
import { aim, clickXrButton, enterVr, headYawDeg, lookAtWorldYaw, requestsLeavingOrigin, waitXrFrames } from '../fixtures/player/xr-harness'
import { launchBrowser, screenshot } from './support/browser'

/**
 * Sound and captions in a headset (IWER's Quest 3, injected by the test only): captions head-locked a
 * little below the centre of view on a dark plate (C-11), spatial audio following the head, and
 * Pause sound in the headset menu (C-15) — with controller profiles from the app's own origin.
 */
const baseUrl = inject('baseUrl')
let browser: Browser
const log = (what: string, value: unknown) => console.log(`[headset audio] ${what}: ${JSON.stringify(value)}`)

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

type Plate = { key: string; text: string; mode: 'head' | 'world'; arrow: 'left' | 'right' | null; yawDeg: number; pitchDeg: number; distanceM: number }
const plates = (page: Page) =>
  page.evaluate(() => ((window as unknown as { __storysphereTest: { xrCaptions?: () => Plate[] } }).__storysphereTest.xrCaptions?.() ?? []))
/** A DOM choice while in VR (IWER's overlay covers the page, so no pointer click: the button's own click). */
const choose = async (page: Page, label: string, sceneId: string) => {
  await page.getByRole('button', { name: label, exact: true }).dispatchEvent('click')
  await waitForScene(page, sceneId)
  await page.waitForFunction(() => !(window as unknown as { __storysphereTest: { player: { transitioning(): boolean } } }).__storysphereTest.player.transitioning())
}
const speechPlate = async (page: Page) => (await plates(page)).find((plate) => plate.key === 'speech')

describe('sound and captions in a headset', () => {
  it('shows narration captions head-locked below the centre, pans with the head, and pauses from the menu', async () => {
    const { page, context, errors } = await openAudioPlayer(browser, baseUrl, 'sound', { viewport: { width: 960, height: 480 } }, async (ctx) => {
      await installIwer(ctx)
      await enableTestBridge(ctx)
    })
    const outside = requestsLeavingOrigin(context, baseUrl)
    await page.getByRole('button', { name: 'Settings', exact: true }).click()
    await page.getByLabel('Caption position').selectOption('near-speaker') // narration stays head-locked; sounds go near their source
    await page.getByRole('button', { name: 'Done', exact: true }).click()
    await page.getByRole('button', { name: 'Start', exact: true }).click()
    await waitForScene(page, 'scene:meadow')
    await enterVr(page)

    await choose(page, 'Go: Sit with the storyteller', 'scene:storyteller')
    const first = 'Ada: Listen. The meadow is waking up.'
    await expect.poll(async () => (await speechPlate(page))?.text, { timeout: 10_000, interval: 50 }).toBe(first)
    // Pause (C-15): the narration and its caption hold still while we look at them.
    await page.getByRole('button', { name: 'Pause sound', exact: true }).dispatchEvent('click')
    await expect.poll(async () => (await mixerState(page))?.isPaused).toBe(true)
    await waitXrFrames(page, 3)
    const ahead = (await speechPlate(page))!
    await screenshot(page, 'player-audio-captions-headset')
    await aim(page, 'headset', { x: 2, y: 2.2, z: -1 }) // turn the head right and up: the caption comes along
    await waitXrFrames(page, 3)
    const turned = (await speechPlate(page))!
    log('caption plate relative to the head, ahead and turned', [ahead, turned])
    for (const plate of [ahead, turned]) {
      expect(plate.text).toBe(first)
      expect(plate.pitchDeg).toBeCloseTo(-12, 0)
      expect(Math.abs(plate.yawDeg)).toBeLessThan(1)
      expect(plate.distanceM).toBeCloseTo(1.4, 1)
    }
    await page.getByRole('button', { name: 'Play sound', exact: true }).dispatchEvent('click')
    await expect.poll(async () => (await mixerState(page))?.isPaused).toBe(false)

    // The radio (yaw 90): on the right while the head looks ahead, on the left after turning round.
    await choose(page, 'Go: Back to the meadow', 'scene:meadow')
    await choose(page, 'Go: Open the radio room', 'scene:radio-room')
    // Near the speaker (C-11): the radio's caption, out of view, is head-locked with an arrow to the right;
    // looking towards the radio puts it in the world just below it.
    const soundPlate = async () => (await plates(page)).find((plate) => plate.key === 'sound')
    await lookAtWorldYaw(page, 0)
    await expect.poll(async () => (await soundPlate())?.arrow, { interval: 50 }).toBe('right')
    const outOfView = (await soundPlate())!
    await screenshot(page, 'player-audio-arrow-headset')
    await lookAtWorldYaw(page, 85)
    await expect.poll(async () => (await soundPlate())?.mode, { interval: 50 }).toBe('world')
    const inView = (await soundPlate())!
    log('radio caption out of view, then in view', [outOfView, inView])
    expect(outOfView).toMatchObject({ mode: 'head', text: '[a radio hums, to the right]' })
    expect(inView.yawDeg).toBeCloseTo(5, 0) // the radio is 5° to the right of where the head looks
    expect(inView.pitchDeg).toBeLessThan(-5) // just below it
    await screenshot(page, 'player-audio-near-speaker-headset')
    await expect.poll(async () => voiceOf(await mixerState(page), 'asset:radio')?.gain ?? 0, { timeout: 10_000 }).toBeCloseTo(0.8, 2)
    const heard = async (yawDeg: number) => {
      await lookAtWorldYaw(page, yawDeg)
      await waitXrFrames(page, 3)
      await page.waitForTimeout(200)
      return { headYawDeg: await headYawDeg(page), ...(await measureLevels(page))! }
    }
    const front = await heard(0)
    const back = await heard(180)
    log('head yaw and L/R RMS, looking at yaw 0 then 180', [front, back].map((l) => [Math.round(l.headYawDeg), +l.left.toFixed(4), +l.right.toFixed(4)]))
    expect(front.headYawDeg).toBeCloseTo(0, 0)
    expect(front.right / front.left).toBeGreaterThan(1.5)
    expect(back.left / back.right).toBeGreaterThan(1.5)

    // Pause sound from the headset menu (C-15).
    await aim(page, 'headset', { x: 0, y: 9, z: -1 })
    await clickXrButton(page, 'menu:toggle')
    await page.waitForFunction(() => !!(window as unknown as { __storysphereTest: { xr: { buttonInReferenceSpace(id: string): unknown } } }).__storysphereTest.xr.buttonInReferenceSpace('menu:sound'))
    await waitXrFrames(page, 3)
    await clickXrButton(page, 'menu:sound')
    await expect.poll(async () => (await mixerState(page))?.isPaused).toBe(true)
    // A look at the menu's title (its plate stops the gaze, so nothing is dwell-selected): "Play sound" now.
    const sound = await page.evaluate(() => (window as unknown as { __storysphereTest: { xr: { buttonInReferenceSpace(id: string): { x: number; y: number; z: number } } } }).__storysphereTest.xr.buttonInReferenceSpace('menu:sound'))
    await aim(page, 'headset', { ...sound, y: sound.y + 0.1 })
    await waitXrFrames(page, 3)
    await screenshot(page, 'player-audio-menu-headset')
    expect((await mixerState(page))?.isPaused).toBe(true)

    expect(outside).toEqual([]) // controller models and profiles came from /xr-profiles/ on this origin
    expect(errors).toEqual([])
    await context.close()
  })
})
