import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { runAxe } from './support/axe'
import { launchBrowser, openPage, screenshot } from './support/browser'
import { openLibrary, waitUntil } from './support/editor-library'
import { panoramaJpeg, readStoredStoryFile } from './support/editor-story'

/**
 * The newcomer's journey with the keyboard only (C-28..C-31): a blank story, two panoramas imported,
 * linked both ways with the turn/tilt number fields, a billboard with two choices (one leads to an
 * ending), played in the Play tab to the end, then a reload finds everything (and the tab, from the
 * address). Only Tab, Shift+Tab, Enter, Space, arrow keys and typing; a file is given to the focused
 * file input with setInputFiles (the one thing a test cannot type). The first-run guide follows along.
 */
describe('newcomer journey, keyboard only', () => {
  const baseUrl = inject('baseUrl')
  let browser: Browser
  let page: Page
  let errors: string[]
  let storyId = ''

  beforeAll(async () => {
    browser = await launchBrowser()
    ;({ page, errors } = await openPage(browser))
  })
  afterAll(async () => {
    await browser?.close()
  })

  const focused = (target: Locator) => target.evaluate((el) => el === document.activeElement).catch(() => false)
  /**
   * Presses Tab, or Shift+Tab when the target comes before the focus in the page, until `target` has
   * the focus, like a keyboard user would. (The page is only read to pick the direction.)
   */
  const tabTo = async (target: Locator, max = 150) => {
    await target.waitFor()
    const back = await target.evaluate((el) => {
      const active = document.activeElement
      return active !== null && active !== document.body && (active.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING) !== 0
    })
    for (let i = 0; i < max; i++) {
      if (await focused(target)) return
      await page.keyboard.press(back ? 'Shift+Tab' : 'Tab')
    }
    if (!(await focused(target))) throw new Error(`Tab never reached ${target.toString()}`)
  }
  /** Focuses a field by Tab, selects what is in it and types. */
  const typeInto = async (target: Locator, text: string) => {
    await tabTo(target)
    await page.keyboard.press('Control+A')
    await page.keyboard.type(text)
  }
  /** Picks an option of a native select by Tab and typing its first letters (type-ahead). */
  const choose = async (select: Locator, optionStart: string) => {
    await tabTo(select)
    await page.keyboard.type(optionStart)
    await expect.poll(() => select.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent ?? '')).toMatch(new RegExp(`^${optionStart}`))
  }
  const press = async (target: Locator, key = 'Enter') => {
    await tabTo(target)
    await page.keyboard.press(key)
  }

  const sceneButton = (title: string) => page.getByRole('navigation', { name: 'Scenes' }).locator('.scene-list-item-open', { hasText: title })
  const looking = () => page.getByRole('group', { name: 'Looking' })
  const details = () => page.locator('.scene-editor-details')
  const stored = async () => (await readStoredStoryFile(page, storyId))!.story

  const importPanorama = async (fileName: string, title: string, widthPx: number) => {
    const form = page.locator('.add-scene-form')
    await choose(form.getByLabel('360° photo', { exact: true }), 'Import')
    const file = form.locator('input[type=file]')
    await tabTo(file)
    await file.setInputFiles({ name: fileName, mimeType: 'image/jpeg', buffer: panoramaJpeg(widthPx, widthPx / 2) })
    await typeInto(form.getByLabel('Title of the new scene'), title)
    await page.keyboard.press('Enter') // submits "Add a scene"
    await page.getByRole('heading', { name: `View of ${title}` }).waitFor({ timeout: 30_000 })
  }

  /** In the open scene: look at yaw/pitch with the number fields, add a hotspot of `kind` there, label it. */
  const addHotspot = async (kind: 'Link' | 'Billboard', yawDeg: number, pitchDeg: number, label: string) => {
    await typeInto(looking().getByLabel('Turn (left − / right +)'), String(yawDeg))
    await typeInto(looking().getByLabel('Tilt (down − / up +)'), String(pitchDeg))
    await choose(looking().getByLabel('Kind of hotspot to add'), kind)
    await press(looking().getByRole('button', { name: 'Add here' }))
    await details().getByRole('heading', { name: /^Hotspot: / }).waitFor()
    await typeInto(details().getByLabel(/^Label/), label)
  }

  const started = Date.now()
  /** Says how far the journey got (seconds since the start), so that a timeout shows where. */
  const step = (name: string) => console.log(`journey ${((Date.now() - started) / 1000).toFixed(1)} s: ${name}`)

  test('C-28..C-31: blank story → two photos → links both ways → billboard with an ending → play to the end → reload', { timeout: 300_000 }, async () => {
    await openLibrary(page, baseUrl)
    await press(page.getByRole('button', { name: 'New story' }))
    await press(page.getByRole('dialog').getByRole('button', { name: 'New blank story' }))
    await page.getByRole('heading', { name: 'My story', level: 1 }).waitFor({ timeout: 30_000 })
    storyId = decodeURIComponent(page.url().split('#/story/')[1]!.split('/')[0]!)
    await page.getByText('Saved in this browser').waitFor()

    step('new blank story open')
    await importPanorama('yard.jpg', 'Yard', 1024)
    await importPanorama('street.jpg', 'Street', 2048)
    expect(await page.locator('.scene-list-item-title').allTextContents()).toEqual(['First place', 'Yard', 'Street'])

    step('two photos imported')
    // Yard: the start, with a link to Street at 30° right, 5° down.
    await press(sceneButton('Yard'), 'Enter')
    await press(page.getByRole('button', { name: 'Make start Yard' }))
    await addHotspot('Link', 30, -5, 'To the street')
    await choose(details().getByLabel('Leads to'), 'Street')

    step('Yard linked')
    // Street: a link back to Yard at 150° left, and a billboard with two choices.
    await press(sceneButton('Street'), 'Enter')
    await addHotspot('Link', -150, 0, 'Back to the yard')
    await choose(details().getByLabel('Leads to'), 'Yard')
    await press(details().getByRole('button', { name: /^Back to the scene/ }), 'Enter')
    await addHotspot('Billboard', 0, 10, 'Bus timetable')
    for (const [index, [text, target]] of [['Wait for the bus', 'Yard'], ['Walk home', 'First place']].entries()) {
      await press(details().getByRole('button', { name: 'Add choice' }))
      const choice = details().locator('.choice-editor').nth(index)
      await typeInto(choice.getByLabel('Choice text'), text!)
      await choose(choice.getByLabel('Leads to'), target!)
    }

    step('Street linked, billboard made')
    // First place is where the story ends.
    await press(sceneButton('First place'), 'Enter')
    await press(details().getByLabel('This scene ends the story'), 'Space')
    await expect.poll(async () => (await stored()).scenes.find((scene) => scene.title.en === 'First place')?.ending !== undefined).toBe(true)
    await screenshot(page, 'editor-journey-built')
    expect(await runAxe(page)).toEqual([])

    step('ending set')
    // Saved as built: links both ways at the typed angles, the billboard's two choices.
    await waitUntil(stored, (story) => story.scenes.flatMap((scene) => scene.hotspots).length === 3 && JSON.stringify(story).includes('Walk home'))
    const story = await stored()
    const byTitle = (title: string) => story.scenes.find((scene) => scene.title.en === title)!
    const yard = byTitle('Yard')
    const street = byTitle('Street')
    expect(story).toMatchObject({ startSceneId: yard.id })
    expect(yard.hotspots).toMatchObject([{ kind: 'link', label: { en: 'To the street' }, yawDeg: 30, pitchDeg: -5, targetSceneId: street.id }])
    expect(street.hotspots).toMatchObject([
      { kind: 'link', label: { en: 'Back to the yard' }, yawDeg: -150, pitchDeg: 0, targetSceneId: yard.id },
      { kind: 'billboard', label: { en: 'Bus timetable' }, yawDeg: 0, pitchDeg: 10, choices: [{ targetSceneId: yard.id }, { targetSceneId: byTitle('First place').id }] },
    ])

    step('stored story checked')
    // Play (the tab, by arrow keys and End) from the start to the ending.
    await press(page.getByRole('tab', { name: 'Scenes' }), 'ArrowRight')
    await expect.poll(() => page.getByRole('tab', { name: 'Story map' }).getAttribute('aria-selected')).toBe('true')
    await page.keyboard.press('End') // Play is the last tab
    await expect.poll(() => page.getByRole('tab', { name: 'Play' }).getAttribute('aria-selected')).toBe('true')
    const player = page.locator('.play-panel .story-player')
    await player.locator('.scene-header-title').getByText('Yard').waitFor({ timeout: 30_000 })
    await press(player.getByRole('button', { name: 'Go: To the street' }))
    await player.locator('.scene-header-title').getByText('Street').waitFor({ timeout: 20_000 })
    await press(player.getByRole('button', { name: 'Open: Bus timetable' }))
    await press(player.getByRole('button', { name: 'Walk home' }))
    await player.getByRole('heading', { name: 'The end' }).waitFor({ timeout: 20_000 })
    await screenshot(page, 'editor-journey-the-end')
    expect(await runAxe(page)).toEqual([])
    // The guide saw every step done.
    await page.getByText('You made your first story.', { exact: false }).waitFor()

    step('played to the end')
    // A reload finds everything, on the same tab (the address keeps it); Back goes through the tabs to the scene.
    expect(page.url()).toMatch(/#\/story\/[^/]+\/play$/)
    await page.reload()
    expect(await page.getByRole('tab', { name: 'Play' }).getAttribute('aria-selected')).toBe('true')
    await page.goBack() // the Play tab was reached through the Story map tab
    await page.locator('.react-flow__node-scene').first().waitFor()
    expect(await page.getByRole('tab', { name: 'Story map' }).getAttribute('aria-selected')).toBe('true')
    await page.goBack()
    await page.getByRole('heading', { name: 'View of First place' }).waitFor()
    expect(await page.locator('.scene-list-item-title').allTextContents()).toEqual(['First place', 'Yard', 'Street'])
    await press(sceneButton('Street'), 'Enter')
    expect(await page.locator('.hotspot-list-select').allTextContents()).toEqual(['Back to the yard (link)', 'Bus timetable (billboard)'])
    expect(page.url()).toMatch(/#\/story\/[^/]+\/scenes\/scene/)
    expect(errors).toEqual([])
  })

  test('the first-run guide hides with Escape, stays hidden after a reload, and comes back with Help', async () => {
    const guide = page.getByRole('complementary', { name: 'First steps guide' })
    await press(guide.getByRole('button', { name: 'Hide the guide' }), 'Escape')
    const help = guide.getByRole('button', { name: /Help/ })
    await expect.poll(() => focused(help)).toBe(true)
    expect(await runAxe(page)).toEqual([])
    await page.reload()
    await help.waitFor()
    expect(await guide.getByRole('heading', { name: 'First steps' }).count()).toBe(0)
    await press(help)
    await expect.poll(() => focused(guide.getByRole('heading', { name: 'First steps' }))).toBe(true)
    expect(await guide.getByRole('listitem').allTextContents()).toEqual([
      '✓Step 1 of 4: Open a story — Done',
      '✓Step 2 of 4: Add a scene from a photo — Done',
      '✓Step 3 of 4: Link two scenes — Done',
      '✓Step 4 of 4: Try your story — Done',
    ])
    await screenshot(page, 'editor-guide-all-done')
    expect(await runAxe(page)).toEqual([])
    await press(guide.getByRole('button', { name: 'Start again' }))
    await guide.getByText('On “Your stories”, choose “New story”', { exact: false }).waitFor()
  })
})
