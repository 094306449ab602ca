import { readFileSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import type { MixerInfo } from '../fixtures/player/audio-probe'
import { runAxe } from './support/axe'
import { launchBrowser, openPage, screenshot } from './support/browser'
import { openLibrary, sampleIds, waitUntil } from './support/editor-library'
import { hasStoredMedia, readStoredStoryFile } from './support/editor-story'

/**
 * Sounds in the scene editor (issue #6), in real Chromium with real IndexedDB and a fake microphone
 * (`--use-fake-device-for-media-stream`: a beeping tone; `--use-fake-ui-for-media-stream`: "Allow"):
 * a WAV and an Ogg imported (sniffed, decoded, stored by sha-256) become a background sound and a
 * sound in one direction, each one undo step; a text file named .mp3 is refused in words and changes
 * nothing (B-36); a narration recorded with the keyboard only, trimmed and saved plays in the Play
 * tab's player. axe-core finds nothing at each step. Fixtures: tests/fixtures/sounds/ (sox, ffmpeg).
 */
type SceneJson = { id: string; soundscape: { beds: { assetId: string }[]; sounds: { assetId: string; yawDeg: number }[] }; narrations: { language: string; assetId?: string; cues: unknown[] }[] }
type AssetJson = { id: string; kind: string; path: string; mime: string; bytes: number; sha256: string; durationMs?: number }
type StoryJson = { scenes: SceneJson[]; assets: AssetJson[] }

const fixture = (name: string) => ({ name, mimeType: 'application/octet-stream', buffer: readFileSync(`tests/fixtures/sounds/${name}`) })

describe('editor: sounds and recorded narration', () => {
  const baseUrl = inject('baseUrl')
  let browser: Browser
  let page: Page
  let errors: string[]

  beforeAll(async () => {
    browser = await launchBrowser(['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'])
    ;({ page, errors } = await openPage(browser))
    await page.addInitScript(() => {
      ;(window as unknown as { __storysphereTest: object }).__storysphereTest = {}
    })
  })
  afterAll(async () => {
    await browser?.close()
  })

  const stored = async () => (await readStoredStoryFile(page, sampleIds.myStreet))!.story as unknown as StoryJson
  const frontDoor = async () => (await stored()).scenes.find((scene) => scene.id === 'scene:front-door')!
  const sound = () => page.locator('.scene-sound')

  test('a WAV becomes a background sound and an Ogg a sound in one direction, stored by sha-256, one undo step each', async () => {
    await openLibrary(page, baseUrl)
    await page.getByRole('link', { name: 'Open My street' }).click()
    await page.getByRole('heading', { name: 'Sound of this place' }).waitFor()
    expect((await frontDoor()).soundscape.beds).toHaveLength(1)

    await sound().getByLabel('Import a background sound').setInputFiles(fixture('tone-440.wav'))
    await sound().getByRole('group', { name: 'Background sound 2' }).waitFor()
    await waitUntil(frontDoor, (scene) => scene.soundscape.beds.length === 2)
    const story = await stored()
    const wav = story.assets.find((asset) => asset.id === (story.scenes[0]!.soundscape.beds[1]!.assetId))!
    expect(wav).toMatchObject({ kind: 'audio', mime: 'audio/wav', path: 'audio/tone-440.wav', bytes: 132_344, durationMs: 1500 })
    expect(await hasStoredMedia(page, wav.sha256)).toBe(true)

    await sound().getByLabel('Import a sound in one direction').setInputFiles(fixture('tone-660.ogg'))
    const positional = sound().getByRole('group', { name: 'Sound in one direction 1' })
    await positional.waitFor()
    await positional.getByLabel('Turn (left − / right +)').fill('90')
    await waitUntil(frontDoor, (scene) => scene.soundscape.sounds[0]?.yawDeg === 90)
    const oggId = (await frontDoor()).soundscape.sounds[0]!.assetId
    const ogg = (await stored()).assets.find((asset) => asset.id === oggId)!
    expect(ogg).toMatchObject({ kind: 'audio', mime: 'audio/ogg', path: 'audio/tone-660.ogg', durationMs: 2000 })
    expect(await runAxe(page)).toEqual([])
    await page.locator('.scene-editor-details').screenshot({ path: 'tests/output/screenshots/editor-sound-soundscape.png' })

    // Undo takes back the turn, then the whole import-and-add as one step; redo brings both back.
    await page.getByRole('button', { name: /^Undo/ }).click()
    await page.getByRole('button', { name: 'Undo Add sound in one direction' }).click()
    await waitUntil(frontDoor, (scene) => scene.soundscape.sounds.length === 0)
    expect((await stored()).assets.some((asset) => asset.id === ogg.id)).toBe(false)
    await page.getByRole('button', { name: 'Redo Add sound in one direction' }).click()
    await waitUntil(frontDoor, (scene) => scene.soundscape.sounds.length === 1)

    await sound().getByRole('button', { name: 'Preview mix' }).click()
    await sound().getByRole('button', { name: 'Stop preview' }).waitFor()
    await expect.poll(() => page.locator('.scene-editor-status').textContent()).toBe('Playing the sounds of this scene.')
    await sound().getByRole('button', { name: 'Stop preview' }).click()
    await sound().getByRole('button', { name: 'Listen from here' }).click()
    await expect.poll(() => page.locator('.scene-editor-status').textContent()).toMatch(/^Playing the sounds as heard looking at turn/)
    await sound().getByRole('button', { name: 'Stop preview' }).click()
    expect(errors).toEqual([])
  })

  test('a text file named .mp3 is refused in words, and nothing changes', async () => {
    const before = await readStoredStoryFile(page, sampleIds.myStreet)
    await sound().getByLabel('Import a background sound').setInputFiles(fixture('not-a-sound.mp3'))
    const alert = sound().getByRole('alert')
    await expect.poll(() => alert.textContent()).toBe(
      '⚠ “not-a-sound.mp3” is not a sound this tool can read (it looks like text). Use an MP3, M4A, Ogg or WAV sound.',
    )
    await page.waitForTimeout(1500) // longer than the autosave delay
    expect(await readStoredStoryFile(page, sampleIds.myStreet)).toEqual(before)
    expect(await sound().getByRole('group', { name: /^Background sound/ }).count()).toBe(2)
    expect(await runAxe(page)).toEqual([])
    await screenshot(page, 'editor-sound-refused')
  })

  test('a narration recorded with the keyboard only is trimmed, saved for English, and plays in the player', async () => {
    const recordButton = sound().getByRole('button', { name: 'Record' })
    await recordButton.focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('■ Stop recording')
    const meter = sound().getByRole('meter', { name: 'Microphone level' })
    await expect.poll(async () => Number(await meter.getAttribute('value'))).toBeGreaterThan(20) // the fake microphone beeps
    expect(await meter.getAttribute('aria-valuetext')).toMatch(/^(silent|quiet|good|very loud)/)
    expect(await runAxe(page)).toEqual([])
    await screenshot(page, 'editor-sound-recording')
    await page.waitForTimeout(1800)
    await page.keyboard.press('Enter')
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent), { timeout: 10_000 }).toBe('Listen')
    const recorded = (await sound().locator('.recorder-status').textContent()) ?? ''
    expect(recorded).toMatch(/^Recorded \d+\.\d seconds\./)
    const end = Number(await sound().getByLabel('Keep until').inputValue())
    expect(end).toBeGreaterThan(1500)

    await sound().getByLabel('Keep from').fill('-5')
    await expect.poll(() => sound().locator('.number-field .field-error').first().textContent()).toBe('⚠ The start can’t be before 0.')
    await sound().getByLabel('Keep from').fill('300')
    await sound().getByText(`Keeps ${((end - 300) / 1000).toFixed(1)} seconds.`).waitFor()
    await sound().getByRole('button', { name: 'Listen to the kept part' }).focus()
    await page.keyboard.press('Enter')
    await sound().getByRole('button', { name: 'Stop listening' }).waitFor()
    expect(await runAxe(page)).toEqual([])
    await page.locator('.scene-editor-details').screenshot({ path: 'tests/output/screenshots/editor-sound-recorded.png' })
    await sound().getByRole('button', { name: 'Save as narration' }).focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('saved-narration-line')

    const english = (scene: SceneJson) => scene.narrations.find((n) => n.language === 'en')
    await waitUntil(frontDoor, (scene) => english(scene)?.assetId !== 'asset:narration-front-door-en')
    const narration = english(await frontDoor())!
    expect(narration.cues.length).toBeGreaterThan(0) // the captions of the sample stay
    const voice = (await stored()).assets.find((asset) => asset.id === narration.assetId)!
    expect(voice).toMatchObject({ kind: 'audio', mime: 'audio/wav', durationMs: end - 300 })
    expect(voice.bytes).toBe(44 + 2 * Math.round(((end - 300) / 1000) * 22_050))
    expect(await hasStoredMedia(page, voice.sha256)).toBe(true)
    expect(await runAxe(page)).toEqual([])

    await page.getByRole('tab', { name: 'Play' }).click()
    const player = page.locator('.play-panel .story-player')
    await player.locator('.scene-header-title').getByText('The front door').waitFor({ timeout: 20_000 })
    await screenshot(page, 'editor-sound-play')
    // No start screen here: the press on the Play tab was the gesture that unlocks sound (C-15).
    await player.getByRole('button', { name: 'Pause sound' }).waitFor()
    const mixer = () => page.evaluate(() => (window as unknown as { __storysphereTest: { audio?: { state(): MixerInfo | null } } }).__storysphereTest.audio?.state() ?? null)
    await expect.poll(async () => (await mixer())?.voices.find((v) => v.assetId === voice.id)?.status, { timeout: 15_000 }).toBe('playing')
    expect((await mixer())?.unavailableAssets).toEqual([])
    await screenshot(page, 'editor-sound-play')
    expect(errors).toEqual([])
  })
})
