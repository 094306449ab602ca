import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { measureLevels, mixerState, openAudioPlayer, sampleOver, voiceOf } from '../fixtures/player/audio-probe'
import { texturesOf, waitForScene, waitFrames } from '../fixtures/player/player-harness'
import { runAxe } from './support/axe'
import { launchBrowser, screenshot } from './support/browser'

/**
 * Narration and captions in the flat player (issue #4): the beds duck under narration and come back,
 * each cue shows as DOM text at its time with its speaker (C-11, C-13), the transcript is one tap
 * away, a language switch changes both, and a corrupt or missing file stops nothing (C-16, B-36).
 */
const baseUrl = inject('baseUrl')
let browser: Browser
const log = (what: string, value: unknown) => console.log(`[captions] ${what}: ${JSON.stringify(value)}`)

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true })
const region = (page: Page) => page.getByRole('region', { name: 'Captions' })

const toStoryteller = async (page: Page) => {
  await button(page, 'Start').click()
  await waitForScene(page, 'scene:meadow')
  await button(page, 'Go: Sit with the storyteller').click()
  await waitForScene(page, 'scene:storyteller')
}

describe('narration and captions', () => {
  it('ducks the bed under the narration and shows each cue at its time, with its speaker', async () => {
    const { page, context, errors } = await openAudioPlayer(browser, baseUrl, 'sound')
    await toStoryteller(page)
    const series = await sampleOver(page, 5600, 80, async () => {
      const state = await mixerState(page)
      return {
        positionMs: state?.narration?.positionMs ?? -1,
        status: state?.narration?.status,
        ducking: state?.isDucking,
        hum: voiceOf(state, 'asset:hum-bed')?.gain ?? 0,
        dom: (await region(page).textContent()) ?? '',
        levels: await measureLevels(page, [220, 1320]),
      }
    })
    log('t, narration ms, ducking, hum gain, dB 220, caption', series.map(({ atMs, value: v }) => [atMs, Math.round(v.positionMs), v.ducking, +v.hum.toFixed(3), Math.round(v.levels?.tonesDb[220] ?? 0), v.dom]))
    const first = 'Ada: Listen. The meadow is waking up.'
    const second = 'Ada: Every bird has a song of its own.'
    const playing = series.filter((s) => s.value.status === 'playing')
    // Captions: never before a cue's start (one 80 ms sample of slack), always inside it once shown.
    for (const { value } of playing) {
      if (value.dom === first) expect(value.positionMs).toBeGreaterThanOrEqual(600 - 100)
      if (value.dom === second) expect(value.positionMs).toBeGreaterThanOrEqual(2200 - 100)
      if (value.positionMs > 800 && value.positionMs < 1900) expect(value.dom).toBe(first)
      if (value.positionMs > 2400 && value.positionMs < 3700) expect(value.dom).toBe(second)
      if (value.positionMs < 500) expect(value.dom).toBe('')
    }
    log('first caption seen at narration ms', playing.find((s) => s.value.dom === first)?.value.positionMs)
    // Ducking: about −10 dB under speech, back to the author's 0.5 after it.
    const ducked = playing.filter((s) => s.value.positionMs > 1000 && s.value.positionMs < 3500)
    expect(ducked.length).toBeGreaterThan(5)
    for (const { value } of ducked) expect(value.hum).toBeCloseTo(0.5 * 0.316, 2)
    const last = series.at(-1)!.value
    expect(last.status).toBe('ended')
    expect(last.hum).toBeCloseTo(0.5, 2)
    const duckDb = ducked.at(-1)!.value.levels!.tonesDb[220]! - last.levels!.tonesDb[220]!
    log('220 Hz bed: ducked minus after (dB)', duckDb)
    expect(duckDb).toBeGreaterThan(-11.5)
    expect(duckDb).toBeLessThan(-8.5)
    expect(errors).toEqual([])
    await context.close()
  })

  it('shows captions over the picture, the transcript one tap away, and both in the new language after a switch', async () => {
    const { page, context, errors } = await openAudioPlayer(browser, baseUrl, 'sound')
    await toStoryteller(page)
    await expect.poll(async () => (await texturesOf(page)).find((t) => t.assetId === 'asset:storyteller')?.status).toBe('full')
    await expect.poll(() => region(page).textContent()).toBe('Ada: Listen. The meadow is waking up.')
    await waitFrames(page, 2)
    await screenshot(page, 'player-audio-captions-flat')
    expect(await runAxe(page)).toEqual([])

    await button(page, 'Transcript').click()
    const dialog = page.getByRole('dialog', { name: 'Transcript: The storyteller' })
    await dialog.waitFor()
    expect(await dialog.locator('li').allTextContents()).toEqual([
      'Place An old woman sits under a tree and tells a story.',
      '0:00 Ada: Listen. The meadow is waking up.',
      '0:02 Ada: Every bird has a song of its own.',
    ])
    expect(await runAxe(page)).toEqual([])
    await screenshot(page, 'player-audio-transcript')
    await page.keyboard.press('Escape')
    await expect.poll(() => dialog.count()).toBe(0)
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Transcript')

    await button(page, 'Settings').click()
    await page.getByLabel('Language').selectOption('nb')
    // On the standalone page the buttons follow the story language (C-26): "Done" is now "Ferdig",
    // the Captions region "Teksting".
    await button(page, 'Ferdig').click()
    await expect.poll(async () => (await mixerState(page))?.narration?.language).toBe('nb')
    await expect.poll(() => page.getByRole('region', { name: 'Teksting' }).textContent()).toBe('Ada: Hør. Enga våkner.')
    expect(voiceOf(await mixerState(page), 'asset:story-nb')).toBeTruthy()
    expect(errors).toEqual([])
    await context.close()
  })

  it('keeps a story with a missing bed and a corrupt narration playable, with captions and the notice (C-16, B-36)', async () => {
    const { page, context, errors } = await openAudioPlayer(browser, baseUrl, 'broken-audio')
    await button(page, 'Start').click()
    await waitForScene(page, 'scene:quay')
    const notice = page.getByRole('status').filter({ hasText: 'Some sound could not be played. Captions go on.' })
    await notice.waitFor()
    await expect.poll(() => region(page).textContent()).toBe('Harbour master: The boats are back before the storm.')
    const state = await mixerState(page)
    log('unavailable', state?.unavailableAssets)
    expect(state?.unavailableAssets.map((a) => a.assetId).sort()).toEqual(['asset:narration', 'asset:waves'])
    expect(state?.narration).toMatchObject({ hasAudio: false })
    await waitFrames(page, 2)
    await screenshot(page, 'player-audio-unavailable')
    expect(await runAxe(page)).toEqual([])
    await button(page, 'Go: Walk to the end of the harbour').click()
    await expect.poll(() => page.locator('.end-panel-message').textContent()).toBe('You reach the lighthouse.')
    expect(errors).toEqual([])
    await context.close()
  })
})
