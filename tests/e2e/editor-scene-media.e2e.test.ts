import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { runAxe } from './support/axe'
import { launchBrowser, openPage, screenshot } from './support/browser'
import { enableViewportBridge, waitForViewportPicture } from './support/editor-viewport'
import { openLibrary, sampleIds, waitUntil } from './support/editor-library'
import { hasStoredMedia, panoramaJpeg, readStoredStoryFile } from './support/editor-story'
import { sawProgressBar, watchForProgressBar } from './support/progress-watch'

/**
 * The story screen's views for everyone, in real Chromium with real IndexedDB: axe-core finds nothing
 * on the scene editor (a billboard selected too) and on the story map, light and dark, with
 * screenshots at 1280×800;
 * a photo imported in the scene editor becomes a scene (progress, a blob: thumbnail, kept after a
 * reload); Play plays the story and a choice can be made. One browser and one library for the file.
 */
describe('editor story screen: views, photo import, play', () => {
  const baseUrl = inject('baseUrl')
  let browser: Browser
  let page: Page
  let errors: string[]

  beforeAll(async () => {
    browser = await launchBrowser()
    ;({ page, errors } = await openPage(browser))
    await enableViewportBridge(page)
    await watchForProgressBar(page, '.photo-import-progress progress')
  })
  afterAll(async () => {
    await browser?.close()
  })

  const sceneList = () => page.getByRole('navigation', { name: 'Scenes' })
  const details = () => page.locator('.scene-editor-details')

  test('axe finds nothing on the scene editor, with a billboard selected, and on the story map (screenshots)', async () => {
    await openLibrary(page, baseUrl)
    await page.getByRole('link', { name: 'Open My street' }).click()
    await page.getByRole('heading', { name: 'View of The front door' }).waitFor()
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('.scene-editor img')].every((img) => img.complete && img.naturalWidth > 0))
    expect(await runAxe(page)).toEqual([])
    await screenshot(page, 'editor-scene-editor')

    await sceneList().getByRole('button', { name: 'The kiosk on the corner', exact: true }).click()
    await page.locator('.hotspot-list').getByRole('button', { name: 'Birthday cake in the window (billboard)' }).click()
    await details().getByRole('heading', { name: 'Hotspot: Birthday cake in the window' }).waitFor()
    expect(await runAxe(page)).toEqual([])
    await screenshot(page, 'editor-scene-billboard')
    await page.locator('.scene-editor-details').screenshot({ path: 'tests/output/screenshots/editor-scene-billboard-inspector.png' })

    await page.getByRole('tab', { name: 'Story map' }).click()
    await page.locator('.react-flow__node-scene').first().waitFor()
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('.scene-node-thumbnail img')].every((img) => img.complete && img.naturalWidth > 0))
    expect(await runAxe(page)).toEqual([])
    await screenshot(page, 'editor-story-map')
    await page.getByRole('button', { name: 'Show as a list' }).click()
    expect(await runAxe(page)).toEqual([])
    await page.getByRole('button', { name: 'Show as a list' }).click()

    await page.emulateMedia({ colorScheme: 'dark' })
    expect(await runAxe(page)).toEqual([])
    await screenshot(page, 'editor-story-map-dark')
    await page.getByRole('tab', { name: 'Scenes' }).click()
    await details().getByRole('heading', { name: 'Hotspot: Birthday cake in the window' }).waitFor()
    expect(await runAxe(page)).toEqual([])
    await screenshot(page, 'editor-scene-billboard-dark')
    await page.emulateMedia({ colorScheme: 'light' })
    expect(errors).toEqual([])
  })

  test('a 4096×2048 JPEG imported in the scene editor becomes a scene with a blob: thumbnail, kept after a reload', async () => {
    await page.getByRole('tab', { name: 'Scenes' }).click()
    const form = page.locator('.add-scene-form')
    await form.getByLabel('360° photo').selectOption({ label: 'Import a new 360° photo' })
    await form.locator('input[type=file]').setInputFiles({ name: 'our-yard.jpg', mimeType: 'image/jpeg', buffer: panoramaJpeg() })
    await form.getByLabel('Title of the new scene').fill('Our yard')
    await form.getByRole('button', { name: 'Add scene' }).click()
    await page.getByRole('heading', { name: 'View of Our yard' }).waitFor({ timeout: 30_000 })
    expect(await sawProgressBar(page)).toBe(true)
    const item = sceneList().getByRole('button', { name: 'Our yard', exact: true })
    const thumbnail = () => item.locator('img').evaluate((img: HTMLImageElement) => ({ src: img.src.slice(0, 5), width: img.naturalWidth }))
    await expect.poll(thumbnail).toEqual({ src: 'blob:', width: 256 })

    type Stored = Awaited<ReturnType<typeof readStoredStoryFile>>
    const yard = (s: Stored) => s?.story.scenes.find((scene) => scene.title.en === 'Our yard')
    await waitUntil(() => readStoredStoryFile(page, sampleIds.myStreet), (s) => yard(s) !== undefined)
    const stored = (await readStoredStoryFile(page, sampleIds.myStreet))!
    const asset = stored.story.assets.find((candidate) => candidate.id === yard(stored)!.panoramaAssetId)!
    expect(asset).toMatchObject({ kind: 'panorama', path: 'images/our-yard.jpg', widthPx: 4096 })
    expect(asset.derivatives!.map((copy) => copy.widthPx)).toEqual([2048, 256])
    for (const sha256 of [asset.sha256, ...asset.derivatives!.map((copy) => copy.sha256)]) expect(await hasStoredMedia(page, sha256)).toBe(true)
    await screenshot(page, 'editor-scene-imported')

    await page.reload()
    await sceneList().getByRole('button', { name: 'Our yard', exact: true }).click()
    await page.getByRole('heading', { name: 'View of Our yard' }).waitFor()
    await expect.poll(thumbnail).toEqual({ src: 'blob:', width: 256 })
    await waitForViewportPicture(page, 'images/our-yard') // the 360° view shows the stored photo
    expect(errors).toEqual([])
  })

  test('Play plays the story in the player, and a choice can be made', async () => {
    await page.getByRole('tab', { name: 'Play' }).click()
    const player = page.locator('.play-panel .story-player')
    await player.locator('.scene-header-title').getByText('The front door').waitFor({ timeout: 20_000 })
    await player.getByRole('button', { name: 'Go: Bus stop' }).click()
    await player.locator('.scene-header-title').getByText('The bus stop').waitFor({ timeout: 20_000 })
    await screenshot(page, 'editor-play')
    expect(await runAxe(page)).toEqual([])
    expect(errors).toEqual([])
  })
})
