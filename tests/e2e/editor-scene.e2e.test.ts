import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { launchBrowser, openPage, screenshot } from './support/browser'
import { openLibrary, sampleIds, waitUntil } from './support/editor-library'
import { exitCount, readStoredStoryFile, sampleStory } from './support/editor-story'

/**
 * Issue #5 end to end, in real Chromium with real IndexedDB: a sample copy opens in the story
 * screen (scene list, story map, a map node opens its scene), a link hotspot placed with the number
 * fields (C-28) is saved, undone and redone, and survives a reload; leaving lets go of the lock and
 * the object URLs. One browser and one library
 * (context) for the file; the tests run in order. Photo import, Play, axe and screenshots:
 * editor-scene-media.e2e.test.ts.
 */
describe('editor story screen', () => {
  const baseUrl = inject('baseUrl')
  const myStreet = sampleStory('my-street')
  let browser: Browser
  let page: Page
  let errors: string[]

  beforeAll(async () => {
    browser = await launchBrowser()
    ;({ page, errors } = await openPage(browser))
  })
  afterAll(async () => {
    await browser?.close()
  })

  const tab = (name: string) => page.getByRole('tab', { name })
  const stored = () => readStoredStoryFile(page, sampleIds.myStreet)

  test('from the library, My street opens with its scenes and thumbnails; the map has a node per scene and an edge per exit', async () => {
    await openLibrary(page, baseUrl)
    await page.getByRole('link', { name: 'Open My street' }).click()
    await page.getByRole('heading', { name: 'My street', level: 1 }).waitFor()
    expect(await tab('Scenes').getAttribute('aria-selected')).toBe('true')
    const list = page.getByRole('navigation', { name: 'Scenes' })
    await list.locator('li').first().waitFor()
    expect(await list.locator('.scene-list-item-title').allTextContents()).toEqual(myStreet.scenes.map((scene) => scene.title.en))
    await page.waitForFunction(
      (count) => [...document.querySelectorAll<HTMLImageElement>('.scene-list-item-open img')].filter((img) => img.src.startsWith('blob:') && img.naturalWidth > 0).length === count,
      myStreet.scenes.length,
    )
    await page.getByText('Saved in this browser').waitFor()

    // The tabs work with the arrow keys (WAI-ARIA tabs): → shows the story map and focuses its tab.
    await tab('Scenes').focus()
    await page.keyboard.press('ArrowRight')
    expect(await tab('Story map').getAttribute('aria-selected')).toBe('true')
    expect(await tab('Story map').evaluate((el) => el === document.activeElement)).toBe(true)
    await page.locator('.react-flow__node-scene').first().waitFor()
    expect(await page.locator('.react-flow__node-scene').count()).toBe(myStreet.scenes.length)
    expect(await page.locator('.react-flow__node-missing').count()).toBe(0)
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(exitCount(myStreet))
    expect(exitCount(myStreet)).toBe(13)
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('.scene-node-thumbnail img')].every((img) => img.src.startsWith('blob:') && img.naturalWidth > 0))

    await page.locator('.react-flow__node-scene', { hasText: 'The football pitch' }).click()
    await page.getByRole('heading', { name: 'View of The football pitch' }).waitFor()
    expect(await tab('Scenes').getAttribute('aria-selected')).toBe('true')
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Scene: The football pitch')
    expect(errors).toEqual([])
  })

  test('C-28: a link hotspot placed with the number fields is saved; Undo removes it (saved), Redo brings it back, a reload keeps it', async () => {
    await page.getByRole('navigation', { name: 'Scenes' }).getByRole('button', { name: 'The bus stop', exact: true }).click()
    await page.getByRole('heading', { name: 'View of The bus stop' }).waitFor()
    const before = (await stored())!
    const looking = page.getByRole('group', { name: 'Looking' })
    await looking.getByLabel('Turn (left − / right +)').fill('40')
    await looking.getByLabel('Tilt (down − / up +)').fill('-10')
    await looking.getByLabel('Kind of hotspot to add').selectOption('link')
    await looking.getByRole('button', { name: 'Add here' }).click()
    const inspector = page.locator('.scene-editor-details')
    await inspector.getByRole('heading', { name: /^Hotspot: / }).waitFor()
    await inspector.getByLabel(/^Label/).fill('Shortcut to the shop')
    await inspector.getByLabel('Leads to').selectOption({ label: 'The kiosk on the corner' })
    const place = inspector.getByRole('group', { name: 'Place' })
    await place.getByLabel('Turn (left − / right +)').fill('42')
    await inspector.getByRole('heading', { name: 'Hotspot: Shortcut to the shop' }).waitFor()

    const added = <T extends { label: Record<string, string> }>(hotspots: T[] | undefined) => hotspots?.find((h) => h.label.en === 'Shortcut to the shop')
    const busStop = (story: Awaited<ReturnType<typeof stored>>) => story?.story.scenes.find((scene) => scene.id === 'scene:bus-stop')?.hotspots
    await waitUntil(stored, (s) => added(busStop(s))?.yawDeg === 42)
    const saved = (await stored())!
    expect(saved.revision).toBeGreaterThan(before.revision)
    expect(added(busStop(saved))).toMatchObject({ kind: 'link', yawDeg: 42, pitchDeg: -10, targetSceneId: 'scene:corner-shop' })
    expect(busStop(saved)).toHaveLength(busStop(before)!.length + 1)
    await page.getByText('Saved in this browser').waitFor()

    const undo = page.getByRole('toolbar', { name: 'Editing tools' }).getByRole('button', { name: /^Undo / })
    const listed = page.locator('.hotspot-list').getByRole('button', { name: 'Shortcut to the shop (link)' })
    const rows = page.locator('.hotspot-list li')
    expect(await rows.count()).toBe(busStop(before)!.length + 1)
    for (let i = 0; i < 6 && (await rows.count()) > busStop(before)!.length; i++) await undo.click()
    expect(await rows.count()).toBe(busStop(before)!.length)
    expect(await page.getByRole('button', { name: 'Nothing to undo' }).count()).toBe(1)
    await waitUntil(stored, (s) => added(busStop(s)) === undefined && (s?.revision ?? 0) > saved.revision)
    expect(busStop(await stored())).toEqual(busStop(before))

    const redo = page.getByRole('toolbar', { name: 'Editing tools' }).getByRole('button', { name: /^Redo / })
    while ((await redo.count()) > 0) await redo.click()
    await listed.waitFor()
    await waitUntil(stored, (s) => added(busStop(s))?.yawDeg === 42)
    const again = (await stored())!

    await page.reload()
    await page.getByRole('heading', { name: 'My street', level: 1 }).waitFor()
    await page.getByRole('navigation', { name: 'Scenes' }).getByRole('button', { name: 'The bus stop', exact: true }).click()
    await page.locator('.hotspot-list').getByRole('button', { name: 'Shortcut to the shop (link)' }).click()
    await page.locator('.scene-editor-details').getByRole('heading', { name: 'Hotspot: Shortcut to the shop' }).waitFor()
    expect(await page.locator('.scene-editor-details').getByLabel('Leads to').inputValue()).toBe('scene:corner-shop')
    expect((await stored())!.revision).toBe(again.revision)
    await screenshot(page, 'editor-scene-link-hotspot')
    expect(errors).toEqual([])
  })

  test('leaving the story lets go of everything: the lock (the library no longer says "open in another tab") and the object URLs', async () => {
    const thumbnail = await page.locator('.scene-list-item-open img').first().getAttribute('src')
    expect(thumbnail).toMatch(/^blob:/)
    const readable = (url: string) => page.evaluate((address) => fetch(address).then(() => true, () => false), url)
    expect(await readable(thumbnail!)).toBe(true)
    await page.getByRole('link', { name: 'Back to your stories' }).click()
    const card = page.locator('.story-card').filter({ has: page.getByRole('heading', { name: 'My street', exact: true }) })
    await card.waitFor()
    await expect.poll(() => readable(thumbnail!)).toBe(false)
    const openElsewhere = async () => {
      await page.evaluate(() => window.dispatchEvent(new Event('focus'))) // the library re-reads who edits what
      return card.getByText('Open in another tab').count()
    }
    await expect.poll(openElsewhere).toBe(0)
    expect(errors).toEqual([])
  })
})
