import { readFileSync } from 'node:fs'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { enableTestBridge, waitForScene } from '../fixtures/player/player-harness'
import { runAxe } from './support/axe'
import { launchBrowser, openPage, screenshot } from './support/browser'
import { openLibrary, sampleIds, storyUrl } from './support/editor-library'
import { readStoredStoryFile } from './support/editor-story'

/**
 * Issue #6 end to end on a copy of the Harbour at dawn sample (en/ml), in real Chromium with real
 * IndexedDB: captions are edited in a table under the narration's waveform (C-10, C-11), exported
 * and imported as WebVTT, and the player shows them at their times; a language is added and two
 * texts and a caption translated side by side, and the player's language switch shows them (C-26);
 * a credit edited in the Credits tab shows on the player's credits screen, and a missing-credit
 * check opens that asset's card (C-39). axe finds nothing on each new view.
 */
describe('captions, languages and credits in the editor', () => {
  const baseUrl = inject('baseUrl')
  const id = sampleIds.harbour
  let browser: Browser
  let context: BrowserContext
  let page: Page
  let errors: string[]

  beforeAll(async () => {
    browser = await launchBrowser()
    ;({ page, context, errors } = await openPage(browser))
    await enableTestBridge(context)
  })
  afterAll(async () => {
    await browser?.close()
  })

  const tab = (name: string) => page.getByRole('tab', { name })
  const button = (name: string) => page.getByRole('button', { name, exact: true })
  const storedQuay = async () => (await readStoredStoryFile(page, id))?.story.scenes[0] as unknown as { narrations: { language: string; cues: unknown[] }[] }
  const storedCues = async (language: string) => (await storedQuay()).narrations.find((n) => n.language === language)?.cues
  const vtt = (text: string) => ({ name: 'quay.vtt', mimeType: 'text/vtt', buffer: Buffer.from(text) })
  const importVtt = (text: string) => page.getByLabel('Import a WebVTT file (.vtt)').setInputFiles(vtt(text))

  test('captions: import a VTT, add and nudge a caption, see and fix an overlap, export the same VTT', async () => {
    await openLibrary(page, baseUrl)
    await page.goto(storyUrl(baseUrl, id))
    await page.getByRole('heading', { name: 'Harbour at dawn', level: 1 }).waitFor()
    await tab('Captions').click()
    await page.getByRole('heading', { name: 'Captions', level: 2 }).waitFor()
    expect(await page.getByLabel('Scene', { exact: true }).inputValue()).toBe('scene:quay')
    await page.getByText('Narration sound: narration-quay-en.mp3 (17.215 s long).').waitFor()
    // The waveform is decoded with Web Audio and drawn; it is decoration, the table is the way in.
    await page.getByText('The picture of the sound is only a guide').waitFor()
    const inked = await page.locator('.captions-waveform canvas').evaluate((canvas: HTMLCanvasElement) => {
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data
      let count = 0
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) count += 1
      return count / (canvas.width * canvas.height)
    })
    console.log(`[captions-lang] waveform: ${(inked * 100).toFixed(1)} % of the canvas drawn`)
    expect(inked).toBeGreaterThan(0.2)

    // A broken file says what and where, and changes nothing.
    const before = await storedCues('en')
    await importVtt('WEBVTT\n\n00:00.500 --> 00:02.000\nfine\n\n00:03.000 -> 00:04.000\nbroken\n')
    await page.getByRole('alert').filter({ hasText: 'The file could not be imported. Line 6:' }).waitFor()
    expect(await storedCues('en')).toEqual(before)

    await importVtt('WEBVTT\n\nNOTE from a workshop\n\n00:00.500 --> 00:02.000\n<v Mina>Welcome to the <b>quay</b>.</v>\n\n00:02.500 --> 00:04.000\nBoats are coming home.\n')
    await page.getByText('Imported 2 captions.').waitFor()
    await expect.poll(() => storedCues('en')).toEqual([
      { startMs: 500, endMs: 2000, speaker: 'Mina', text: 'Welcome to the quay.' },
      { startMs: 2500, endMs: 4000, text: 'Boats are coming home.' },
    ])

    await button('Add a caption').click()
    await page.getByText('Caption 3 added.').waitFor()
    const words3 = page.getByLabel('Words of caption 3')
    await expect.poll(() => words3.evaluate((el) => el === document.activeElement)).toBe(true)
    await words3.fill('Listen to the gulls.')
    await page.getByLabel('Speaker of caption 3').fill('Mina')
    // Keyboard nudging: ↑ moves the start 0.1 s later.
    await page.getByLabel('Start of caption 3, in seconds').focus()
    await page.keyboard.press('ArrowUp')
    await expect.poll(() => page.getByLabel('Start of caption 3, in seconds').inputValue()).toBe('4.1')
    // An overlap is written next to the caption, in words.
    const end2 = page.getByLabel('End of caption 2, in seconds')
    await end2.fill('4.5')
    await end2.press('Enter')
    await page.getByText('It starts at 4.1 s, before caption 2 ends (4.5 s).').first().waitFor()
    await page.getByRole('heading', { name: 'One thing to fix' }).waitFor()
    expect(await page.getByLabel('Start of caption 3, in seconds').getAttribute('aria-invalid')).toBe('true')
    await screenshot(page, 'editor-captions-problem')
    expect(await runAxe(page)).toEqual([])
    for (let i = 0; i < 5; i += 1) await end2.press('ArrowDown')
    await page.getByRole('heading', { name: 'The captions fit together.' }).waitFor()
    await expect.poll(() => storedCues('en')).toEqual([
      { startMs: 500, endMs: 2000, speaker: 'Mina', text: 'Welcome to the quay.' },
      { startMs: 2500, endMs: 4000, text: 'Boats are coming home.' },
      { startMs: 4100, endMs: 6000, speaker: 'Mina', text: 'Listen to the gulls.' },
    ])
    await screenshot(page, 'editor-captions')

    const download = page.waitForEvent('download')
    await button('Export as WebVTT').click()
    const file = await download
    expect(file.suggestedFilename()).toBe('the-quay-en.vtt')
    const exported = readFileSync((await file.path())!, 'utf8')
    expect(exported).toBe(
      'WEBVTT\n\n1\n00:00:00.500 --> 00:00:02.000\n<v Mina>Welcome to the quay.\n\n2\n00:00:02.500 --> 00:00:04.000\nBoats are coming home.\n\n3\n00:00:04.100 --> 00:00:06.000\n<v Mina>Listen to the gulls.\n',
    )
    expect(errors).toEqual([])
  })

  test('the player shows each caption at its time, with its speaker', async () => {
    // Sampled inside the page (every 50 ms for 9 s), so the narration's position and the words on
    // screen are read in the same moment however busy the machine is.
    const recording = page.evaluate(
      () =>
        new Promise<{ positionMs: number; text: string }[]>((resolve) => {
          type Bridge = { __storysphereTest: { audio?: { state: () => { narration?: { positionMs: number; status: string } } | null } } }
          const out: { positionMs: number; text: string }[] = []
          const timer = setInterval(() => {
            const narration = (window as unknown as Bridge).__storysphereTest.audio?.state()?.narration
            if (narration?.status !== 'playing') return
            const cues = [...document.querySelectorAll('.caption-region .caption-region-cue')].map((cue) => cue.textContent ?? '')
            out.push({ positionMs: narration.positionMs, text: cues.filter((text) => !text.startsWith('[')).join(' | ') })
            if (narration.positionMs > 6500) {
              clearInterval(timer)
              resolve(out)
            }
          }, 50)
          setTimeout(() => {
            clearInterval(timer)
            resolve(out)
          }, 40_000)
        }),
    )
    await tab('Play').click()
    await waitForScene(page, 'scene:quay')
    const seen = await recording
    console.log(`[captions-lang] ${seen.length} samples; narration ms → caption: ${JSON.stringify(seen.filter((_, i) => i % 5 === 0).map((s) => [Math.round(s.positionMs), s.text]))}`)
    expect(seen.length).toBeGreaterThan(20)
    for (const { positionMs, text } of seen) {
      if (positionMs > 700 && positionMs < 1800) expect(text).toBe('Mina: Welcome to the quay.')
      if (positionMs > 2700 && positionMs < 3800) expect(text).toBe('Boats are coming home.')
      if (positionMs > 4300 && positionMs < 5800) expect(text).toBe('Mina: Listen to the gulls.')
      if (text === 'Boats are coming home.') expect(positionMs).toBeGreaterThanOrEqual(2500 - 150)
    }
    expect(seen.some((s) => s.text === 'Boats are coming home.')).toBe(true)
    expect(seen.some((s) => s.text === 'Mina: Listen to the gulls.')).toBe(true)
    expect(errors).toEqual([])
  })
})
