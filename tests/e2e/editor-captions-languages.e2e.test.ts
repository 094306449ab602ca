import { readFileSync } from 'node:fs'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { enableTestBridge, texturesOf, waitForScene } from '../fixtures/player/player-harness'
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
 * check opens that asset's card (features.md, credits and licences). axe finds nothing on each new view.
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
  type NarrationNow = { language: string; status: string; positionMs: number }
  const narrationNow = () =>
    page.evaluate(() => (window as unknown as { __storysphereTest: { audio?: { state: () => { narration?: NarrationNow } | null } } }).__storysphereTest.audio?.state()?.narration)
  const switchLanguage = async (language: string) => {
    await page.locator('.play-panel-player').getByRole('button', { name: 'Settings', exact: true }).click()
    await page.locator('.play-panel-player').getByLabel('Language', { exact: true }).selectOption(language)
    await button('Done').click()
  }

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

    await importVtt('WEBVTT\n\nNOTE from a workshop\n\n00:06.000 --> 00:08.000\n<v Mina>Welcome to the <b>quay</b>.</v>\n\n00:08.500 --> 00:10.000\nBoats are coming home.\n')
    await page.getByText('Imported 2 captions.').waitFor()
    await expect.poll(() => storedCues('en')).toEqual([
      { startMs: 6000, endMs: 8000, speaker: 'Mina', text: 'Welcome to the quay.' },
      { startMs: 8500, endMs: 10_000, text: 'Boats are coming home.' },
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
    await expect.poll(() => page.getByLabel('Start of caption 3, in seconds').inputValue()).toBe('10.1')
    // An overlap is written next to the caption, in words.
    const end2 = page.getByLabel('End of caption 2, in seconds')
    await end2.fill('10.5')
    await end2.press('Enter')
    await page.getByText('It starts at 10.1 s, before caption 2 ends (10.5 s).').first().waitFor()
    await page.getByRole('heading', { name: 'One thing to fix' }).waitFor()
    expect(await page.getByLabel('Start of caption 3, in seconds').getAttribute('aria-invalid')).toBe('true')
    await screenshot(page, 'editor-captions-problem')
    expect(await runAxe(page)).toEqual([])
    for (let i = 0; i < 5; i += 1) await end2.press('ArrowDown')
    await page.getByRole('heading', { name: 'The captions fit together.' }).waitFor()
    await expect.poll(() => storedCues('en')).toEqual([
      { startMs: 6000, endMs: 8000, speaker: 'Mina', text: 'Welcome to the quay.' },
      { startMs: 8500, endMs: 10_000, text: 'Boats are coming home.' },
      { startMs: 10_100, endMs: 12_000, speaker: 'Mina', text: 'Listen to the gulls.' },
    ])
    await screenshot(page, 'editor-captions')

    const download = page.waitForEvent('download')
    await button('Export as WebVTT').click()
    const file = await download
    expect(file.suggestedFilename()).toBe('the-quay-en.vtt')
    const exported = readFileSync((await file.path())!, 'utf8')
    expect(exported).toBe(
      'WEBVTT\n\n1\n00:00:06.000 --> 00:00:08.000\n<v Mina>Welcome to the quay.\n\n2\n00:00:08.500 --> 00:00:10.000\nBoats are coming home.\n\n3\n00:00:10.100 --> 00:00:12.000\n<v Mina>Listen to the gulls.\n',
    )
    expect(errors).toEqual([])
  })

  test('the player shows each caption at its time, with its speaker', async () => {
    await tab('Play').click()
    await waitForScene(page, 'scene:quay')
    // Let the pictures (this scene's and its neighbours') finish loading, then restart the narration
    // (a language switch restarts it), so a busy page does not hide the first seconds.
    await expect
      .poll(async () => (await texturesOf(page)).every((t) => t.status === 'full' || t.status === 'failed'), { timeout: 30_000 })
      .toBe(true)
    await switchLanguage('ml')
    await expect.poll(async () => (await narrationNow())?.language).toBe('ml')
    // Sampled inside the page (every 50 ms until 12.6 s into the narration), so the narration's
    // position and the words on screen are read in the same moment however busy the machine is.
    const recording = page.evaluate(
      () =>
        new Promise<{ positionMs: number; text: string }[]>((resolve) => {
          type Bridge = { __storysphereTest: { audio?: { state: () => { narration?: { positionMs: number; status: string; language: string } } | null } } }
          const out: { positionMs: number; text: string }[] = []
          const timer = setInterval(() => {
            const narration = (window as unknown as Bridge).__storysphereTest.audio?.state()?.narration
            if (narration?.status !== 'playing' || narration.language !== 'en') return
            const cues = [...document.querySelectorAll('.caption-region .caption-region-cue')].map((cue) => cue.textContent ?? '')
            out.push({ positionMs: narration.positionMs, text: cues.filter((text) => !text.startsWith('[')).join(' | ') })
            if (narration.positionMs > 12_600) {
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
    await switchLanguage('en')
    const seen = await recording
    console.log(`[captions-lang] ${seen.length} samples; narration ms → caption: ${JSON.stringify(seen.filter((_, i) => i % 5 === 0).map((s) => [Math.round(s.positionMs), s.text]))}`)
    // The words on screen come from the caption feed's last tick, taken somewhere between the
    // previous sample (less one 100 ms tick) and this one. So a sample is judged when that whole span
    // lies inside one caption, and a caption may never show before its start.
    const cues = [
      { fromMs: 6000, toMs: 8000, text: 'Mina: Welcome to the quay.' },
      { fromMs: 8500, toMs: 10_000, text: 'Boats are coming home.' },
      { fromMs: 10_100, toMs: 12_000, text: 'Mina: Listen to the gulls.' },
    ]
    const spans = seen.slice(1).map((sample, i) => ({ ...sample, fromMs: seen[i]!.positionMs - 100 }))
    for (const cue of cues) {
      const inside = spans.filter((span) => span.fromMs > cue.fromMs && span.positionMs < cue.toMs - 50)
      console.log(`[captions-lang] "${cue.text}": seen ${seen.filter((s) => s.text === cue.text).length} times, ${inside.length} samples judged`)
      for (const span of inside) expect(span.text).toBe(cue.text)
      expect(seen.some((sample) => sample.text === cue.text)).toBe(true)
      for (const sample of seen.filter((s) => s.text === cue.text)) expect(sample.positionMs).toBeGreaterThanOrEqual(cue.fromMs - 20)
    }
    // Before the first caption nothing is said (the sample's own captions were replaced).
    for (const sample of seen.filter((s) => s.positionMs < 5980)) expect(sample.text).toBe('')
    expect(errors).toEqual([])
  })

  test('languages: add Norwegian Bokmål from the checks, translate two texts and a caption side by side', async () => {
    await tab('Languages').click()
    await page.getByRole('heading', { name: 'Languages', level: 2 }).waitFor()
    await page.getByLabel('Language', { exact: true }).selectOption('nb')
    await button('Add language').click()
    await page.getByText('Norwegian Bokmål added.').waitFor()
    await expect.poll(async () => (await readStoredStoryFile(page, id))?.story).toMatchObject({ languages: ['en', 'ml', 'nb'] })

    // The checks count the untranslated texts and open the translation view on them.
    await tab('Scenes').click()
    await page.getByRole('group', { name: 'Side panel' }).getByRole('button', { name: /^Checks/ }).click()
    const summary = page.locator('.checks-panel-untranslated')
    await summary.waitFor()
    const untranslated = Number(/^(\d+) translations are missing/.exec((await summary.textContent()) ?? '')?.[1])
    console.log(`[captions-lang] checks: ${untranslated} missing translations after adding nb`)
    expect(untranslated).toBeGreaterThan(20)
    await summary.getByRole('button', { name: 'Open the translation view' }).click()
    expect(await tab('Languages').getAttribute('aria-selected')).toBe('true')
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('languages-panel-heading')
    expect(await page.getByLabel('Into').inputValue()).toBe('nb')
    expect(await page.getByLabel('Show only texts that are not translated yet').isChecked()).toBe(true)
    const count = page.locator('.translation-count')
    const countOf = async () => Number(/^(\d+) texts/.exec((await count.textContent()) ?? '')?.[1])
    const before = await countOf()
    // The checks count each narrated scene once (4) and each text; the view has a row per caption
    // instead (3 + 3 + 3 + 3 in English), so it lists 59 − 4 + 12 = 67.
    expect(before).toBe(untranslated - 4 + 12)
    expect(await page.locator('.translation-table tbody tr').count()).toBe(before)

    await page.getByLabel('Story title, in Norwegian Bokmål').fill('Morgen på havna')
    await page.getByLabel('Scene 1 “The quay” › title, in Norwegian Bokmål').fill('Kaia')
    await page.getByLabel('Scene 1 “The quay” › caption 1 (0:06.0), in Norwegian Bokmål').fill('Velkommen til kaia.')
    await expect.poll(countOf).toBe(before - 3)
    // Rows written in stay while the filter is on, so nothing jumps away while typing.
    expect(await page.getByLabel('Scene 1 “The quay” › title, in Norwegian Bokmål').inputValue()).toBe('Kaia')
    await expect.poll(async () => {
      const story = (await readStoredStoryFile(page, id))?.story as unknown as { title: Record<string, string>; scenes: { title: Record<string, string>; narrations: { language: string; cues: unknown[] }[] }[] }
      return [story.title.nb, story.scenes[0]!.title.nb, story.scenes[0]!.narrations.find((n) => n.language === 'nb')?.cues]
    }).toEqual(['Morgen på havna', 'Kaia', [{ startMs: 6000, endMs: 8000, speaker: 'Mina', text: 'Velkommen til kaia.' }]])
    await screenshot(page, 'editor-translation-view')
    expect(await runAxe(page)).toEqual([])
    expect(errors).toEqual([])
  })

  test('the player’s language switch changes the text, the narration and the captions (en → ml → nb)', async () => {
    await tab('Play').click()
    await waitForScene(page, 'scene:quay')
    const speech = async () => (await page.locator('.caption-region .caption-region-cue').allTextContents()).filter((text) => !text.startsWith('['))
    const harbour = JSON.parse(readFileSync('samples/harbour-at-dawn/story.json', 'utf8')).story as { scenes: { narrations: { language: string; cues: { text: string; speaker?: string }[] }[] }[] }
    // A long cue shows as pages of two lines, so its first words are looked for.
    const mlStart = harbour.scenes[0]!.narrations.find((n) => n.language === 'ml')!.cues[0]!.text.split(' ').slice(0, 2).join(' ')
    await switchLanguage('ml')
    await expect.poll(async () => (await narrationNow())?.language).toBe('ml')
    await page.locator('.play-panel-player').getByText('കടവ്').first().waitFor()
    await expect.poll(async () => (await speech()).join(' | '), { timeout: 20_000 }).toContain(mlStart)
    await screenshot(page, 'editor-play-ml')
    await switchLanguage('nb')
    await expect.poll(async () => (await narrationNow())?.language).toBe('nb')
    await page.locator('.play-panel-player').getByText('Kaia').first().waitFor()
    await expect.poll(async () => (await speech()).join(' | '), { timeout: 20_000 }).toContain('Mina: Velkommen til kaia.')
    await screenshot(page, 'editor-play-nb')
    expect(errors).toEqual([])
  })

  test('credits: a missing-credit check opens the sound in Credits; the credit written there shows on the player’s credits screen', async () => {
    // Take the gull sound's credit away in storage (a story made elsewhere), then open the story again.
    await page.goto(`${baseUrl}/#/`)
    await page.locator('.story-card').first().waitFor()
    await page.evaluate(
      (storyId) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('storysphere-library')
          open.onerror = () => reject(open.error)
          open.onsuccess = () => {
            const db = open.result
            const tx = db.transaction('stories', 'readwrite')
            const store = tx.objectStore('stories')
            const get = store.get(storyId)
            get.onsuccess = () => {
              const record = get.result as { text: string }
              const file = JSON.parse(record.text)
              delete file.story.assets.find((asset: { id: string }) => asset.id === 'asset:gull').credit
              store.put({ ...record, text: JSON.stringify(file) })
            }
            tx.oncomplete = () => {
              db.close()
              resolve()
            }
            tx.onerror = () => reject(tx.error)
          }
        }),
      id,
    )
    await page.goto(storyUrl(baseUrl, id))
    await page.getByRole('heading', { name: 'Harbour at dawn', level: 1 }).waitFor()
    await page.getByRole('group', { name: 'Side panel' }).getByRole('button', { name: /^Checks/ }).click()
    await page.locator('.checks-panel-issue button', { hasText: 'This media does not say who made it.' }).click()
    expect(await tab('Credits').getAttribute('aria-selected')).toBe('true')
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('gull.mp3 (Sound)')
    const card = page.locator('[data-asset-id="asset:gull"]')
    expect(await card.getByText('No credit yet').count()).toBe(1)
    await card.getByLabel('Who made it').fill('Workshop group')
    await card.getByLabel('Licence').selectOption('other')
    await card.getByLabel('Which licence or terms').fill('Shared by the harbour museum')
    await expect.poll(async () => ((await readStoredStoryFile(page, id))?.story as unknown as { assets: { id: string; credit?: unknown }[] }).assets.find((a) => a.id === 'asset:gull')?.credit).toEqual({
      author: 'Workshop group',
      licence: 'other',
      licenceText: 'Shared by the harbour museum',
    })
    await screenshot(page, 'editor-credits')
    expect(await runAxe(page)).toEqual([])

    await page.goto(`${baseUrl}/#/play/${encodeURIComponent(id)}`)
    await button('Credits').click()
    await page.getByRole('heading', { name: 'Credits', level: 2 }).waitFor()
    const gull = page.locator('.credits-screen-media li', { hasText: 'by Workshop group' })
    expect(await gull.textContent()).toContain('Shared by the harbour museum')
    expect(await page.locator('.credits-screen-media li').count()).toBeGreaterThan(10)
    await screenshot(page, 'player-credits')
    expect(await runAxe(page)).toEqual([])
    await button('Back').click()
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Credits')
    expect(errors).toEqual([])
  })
})
