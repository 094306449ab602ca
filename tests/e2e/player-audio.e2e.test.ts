import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { captionTexts, measureLevels, mixerState, openAudioPlayer, sampleOver, voiceOf } from '../fixtures/player/audio-probe'
import { waitForScene, waitFrames } from '../fixtures/player/player-harness'
import { launchBrowser } from './support/browser'

/**
 * Sound in the player (issue #4), measured on the real output of real Chromium: nothing before Start
 * (C-15), beds that crossfade and carry over, a positional sound that moves with the view, narration
 * that ducks the beds, and a corrupt file that stops nothing (C-16). Every fixture sound has its own
 * frequency (tests/fixtures/player/make-audio-fixtures.mjs), so one FFT tells them apart.
 */
const baseUrl = inject('baseUrl')
let browser: Browser
const log = (what: string, value: unknown) => console.log(`[audio] ${what}: ${JSON.stringify(value)}`)

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

const open = (fixture = 'sound') => openAudioPlayer(browser, baseUrl, fixture)

const start = async (page: Page, sceneId = 'scene:meadow') => {
  await page.getByRole('button', { name: 'Start', exact: true }).click()
  await waitForScene(page, sceneId)
}

const go = async (page: Page, label: string, sceneId: string) => {
  await page.getByRole('button', { name: label, exact: true }).click()
  await waitForScene(page, sceneId)
}

/** Waits until a voice of `assetId` has reached `gain`. */
const waitForGain = (page: Page, assetId: string, gain: number) =>
  expect.poll(async () => voiceOf(await mixerState(page), assetId)?.gain ?? -1, { timeout: 10_000 }).toBeCloseTo(gain, 2)

describe('sound in the player', () => {
  it('plays nothing before Start, starts on the Start click, and pauses and plays again (C-15)', async () => {
    const { page, context, errors } = await open()
    await page.getByRole('heading', { name: 'Sounds of the meadow' }).waitFor()
    await page.waitForTimeout(500)
    expect(await page.evaluate(() => (window as unknown as { __audioContexts: number }).__audioContexts)).toBe(0)
    expect(await page.evaluate(() => !!(window as unknown as { Howler?: { ctx: unknown } }).Howler?.ctx)).toBe(false)
    expect((await mixerState(page))?.isUnlocked).toBe(false)
    await start(page)
    await waitForGain(page, 'asset:meadow-bed', 0.5)
    expect(await page.evaluate(() => (window as unknown as { Howler: { ctx: AudioContext } }).Howler.ctx.state)).toBe('running')
    const playing = await measureLevels(page)
    await page.getByRole('button', { name: 'Pause sound' }).click()
    await expect.poll(async () => (await mixerState(page))?.isPaused).toBe(true)
    await page.waitForTimeout(300)
    const paused = await measureLevels(page)
    log('RMS playing → paused', [playing!.left, paused!.left])
    expect(playing!.left).toBeGreaterThan(0.05)
    expect(paused!.left).toBeLessThan(0.001)
    await page.getByRole('button', { name: 'Play sound' }).click()
    await expect.poll(async () => (await measureLevels(page))!.left).toBeGreaterThan(0.05)
    expect(errors).toEqual([])
    await context.close()
  })

  it('crossfades the beds between scenes and keeps the shared bed playing without a restart or a gap', async () => {
    const { page, context, errors } = await open()
    await start(page)
    await waitForGain(page, 'asset:meadow-bed', 0.5)
    await waitForGain(page, 'asset:birds-bed', 0.4)
    const birds = voiceOf(await mixerState(page), 'asset:birds-bed')!
    const tones = [440, 660, 880]
    const before = await measureLevels(page, tones)
    await page.getByRole('button', { name: 'Go: Walk to the lake', exact: true }).click()
    const series = await sampleOver(page, 2600, 100, async () => {
      const state = await mixerState(page)
      const gain = (asset: string) => state?.voices.find((v) => v.assetId === asset)?.gain ?? 0
      return { meadow: gain('asset:meadow-bed'), lake: gain('asset:lake-bed'), birds: voiceOf(state, 'asset:birds-bed'), levels: await measureLevels(page, tones) }
    })
    log('gains meadow/lake/birds over time', series.map(({ atMs, value }) => [atMs, +value.meadow.toFixed(3), +value.lake.toFixed(3), +(value.birds?.gain ?? 0).toFixed(3)]))
    log('dB 440/660/880 over time', series.map(({ atMs, value }) => [atMs, ...tones.map((hz) => Math.round(value.levels!.tonesDb[hz]!))]))
    const meadow = series.map((s) => s.value.meadow)
    const lake = series.map((s) => s.value.lake)
    // The old bed ramps down and the new one up, step by step (never a jump), over their fades.
    expect(meadow.some((g) => g > 0.05 && g < 0.45)).toBe(true)
    expect(lake.some((g) => g > 0.05 && g < 0.45)).toBe(true)
    for (let i = 1; i < series.length; i++) {
      expect(meadow[i]!).toBeLessThanOrEqual(meadow[i - 1]! + 1e-6)
      expect(lake[i]!).toBeGreaterThanOrEqual(lake[i - 1]! - 1e-6)
    }
    expect(meadow.at(-1)).toBe(0)
    expect(lake.at(-1)).toBeCloseTo(0.5, 2)
    // The shared bed: the same voice all along, at the same gain.
    for (const { value } of series) {
      expect(value.birds?.key).toBe(birds.key)
      expect(value.birds?.startedAtMs).toBe(birds.startedAtMs)
      expect(value.birds?.gain).toBeCloseTo(0.4, 2)
    }
    // The real output agrees: 440 Hz gone, 660 Hz arrived, 880 Hz steady throughout (no gap).
    const after = series.at(-1)!.value.levels!
    const birdsDb = series.map((s) => s.value.levels!.tonesDb[880]!)
    log('dB before → after', { before: before!.tonesDb, after: after.tonesDb, birdsMin: Math.min(...birdsDb), birdsMax: Math.max(...birdsDb) })
    expect(before!.tonesDb[440]! - after.tonesDb[440]!).toBeGreaterThan(30)
    expect(after.tonesDb[660]! - before!.tonesDb[660]!).toBeGreaterThan(30)
    expect(Math.max(...birdsDb) - Math.min(...birdsDb)).toBeLessThan(2)
    expect(errors).toEqual([])
    await context.close()
  })

  it('loads only what this scene and the next need, pans a positional sound with the view (HRTF), and plays it in mono', async () => {
    const { page, context, errors } = await open()
    await start(page)
    // Memory: the scene's clips and the beds and sounds of the scenes it leads to are loaded (the
    // storyteller's narration is not, until it is needed); the rest is unloaded after a scene change.
    const loaded = () => page.evaluate(() => (window as unknown as { Howler: { _howls: { _src: string }[] } }).Howler._howls.map((h) => String(h._src).split('/').pop()).sort())
    await expect.poll(loaded).toEqual(['birds-bed.wav', 'chime.wav', 'hum-bed.wav', 'lake-bed.wav', 'meadow-bed.wav', 'radio.wav'])
    await go(page, 'Go: Open the radio room', 'scene:radio-room')
    await expect.poll(loaded, { timeout: 5000 }).toEqual(['birds-bed.wav', 'meadow-bed.wav', 'radio.wav'])
    await expect.poll(() => captionTexts(page)).toContain('[a radio hums, to the right]') // for 4 s from its start
    await expect.poll(() => page.getByRole('region', { name: 'Captions' }).textContent()).toBe('[a radio hums, to the right]')
    await waitForGain(page, 'asset:radio', 0.8)
    await waitFrames(page, 2)
    await page.waitForTimeout(200)
    const ahead = (await measureLevels(page))!
    await page.locator('.panorama-view').focus()
    for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowRight') // view yaw 90: facing the radio
    await waitFrames(page, 2)
    await page.waitForTimeout(200)
    const facing = (await measureLevels(page))!
    for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowRight') // view yaw 180: the radio is on the left
    await waitFrames(page, 2)
    await page.waitForTimeout(200)
    const behind = (await measureLevels(page))!
    log('L/R RMS at view yaw 0, 90, 180', [ahead, facing, behind].map((l) => [+l.left.toFixed(4), +l.right.toFixed(4)]))
    expect(ahead.right / ahead.left).toBeGreaterThan(1.5)
    expect(behind.left / behind.right).toBeGreaterThan(1.5)
    expect(facing.left / facing.right).toBeGreaterThan(0.8)
    expect(facing.left / facing.right).toBeLessThan(1.25)
    // Mono (C-14): both ears get the same mix, the level stays.
    await page.getByRole('button', { name: 'Settings', exact: true }).click()
    await page.getByLabel('Mono sound (the same in both ears)').check()
    await page.getByRole('button', { name: 'Done', exact: true }).click()
    await page.waitForTimeout(300)
    const mono = (await measureLevels(page))!
    log('L/R RMS in mono at view yaw 180', [+mono.left.toFixed(4), +mono.right.toFixed(4)])
    expect(mono.left / mono.right).toBeCloseTo(1, 2)
    expect(errors).toEqual([])
    await context.close()
  })
})
