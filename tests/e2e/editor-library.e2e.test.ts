import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { runAxe } from './support/axe'
import { launchBrowser, openPage, screenshot } from './support/browser'
import { openLibrary, readStoredStory, sampleIds } from './support/editor-library'
import { sawProgressBar, watchForProgressBar } from './support/progress-watch'

/**
 * The library home screen in real Chromium with real IndexedDB: first start copies the samples,
 * rename survives a reload, delete → Trash → restore (A-F17), New (blank), axe, screenshots.
 * One browser and one library (context) for the whole file; the tests run in order.
 */
describe('editor library', () => {
  const baseUrl = inject('baseUrl')
  let browser: Browser
  let context: BrowserContext
  let page: Page
  let errors: string[]

  beforeAll(async () => {
    browser = await launchBrowser()
    ;({ context, page, errors } = await openPage(browser))
    await watchForProgressBar(page, 'progress')
  })
  afterAll(async () => {
    await browser?.close()
  })

  const card = (title: string) => page.locator('.story-card').filter({ has: page.getByRole('heading', { name: title, exact: true }) })

  test('first start copies the samples (with progress) and lists them with thumbnails', async () => {
    await openLibrary(page, baseUrl)
    expect(await sawProgressBar(page)).toBe(true)
    const titles = await page.locator('.story-card h3').allTextContents()
    expect(titles.sort()).toEqual(['Harbour at dawn', 'My street'])
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('.story-thumbnail img')].filter((img) => img.naturalWidth > 0).length === 2)
    expect(await card('My street').getByText('Saved in this browser').count()).toBe(1)
    expect(await card('My street').getByRole('link', { name: 'Open My street' }).getAttribute('href')).toBe('#/story/story%3Amy-street')
    expect(errors).toEqual([])
  })

  test('rename survives a reload', async () => {
    await card('My street').getByRole('button', { name: 'Rename My street' }).click()
    const field = page.getByRole('dialog', { name: 'Rename story' }).getByLabel('Story title')
    await field.fill('')
    await page.getByRole('button', { name: 'Save' }).click()
    await page.getByText('Write a title, at least one letter.').waitFor()
    await field.fill('Our street')
    await page.getByRole('button', { name: 'Save' }).click()
    await page.getByText('Renamed to “Our street”.').waitFor()
    expect(await readStoredStory(page, sampleIds.myStreet)).toEqual({ revision: 2, title: 'Our street' })
    // A-P3: after the first real save the browser was asked to keep the data, and its answer is shown.
    await page
      .getByText('This browser promised to keep your stories.')
      .or(page.getByText('This browser may clear your stories when space is low — download backups.'))
      .waitFor()
    await page.reload()
    await card('Our street').waitFor()
    expect(await page.locator('.story-card h3').allTextContents()).toContain('Our street')
  })

  test('A-F17: delete moves to the Trash; restore brings it back; emptying asks first', async () => {
    await card('Harbour at dawn').getByRole('button', { name: 'Delete Harbour at dawn' }).click()
    await page.getByText('“Harbour at dawn” moved to the Trash.').waitFor()
    await card('Harbour at dawn').waitFor({ state: 'detached' })
    await page.getByRole('link', { name: 'Trash (1)' }).click()
    await page.getByRole('heading', { name: 'Trash', level: 1 }).waitFor()
    expect(await runAxe(page)).toEqual([])
    await page.getByRole('button', { name: 'Restore Harbour at dawn' }).click()
    await page.getByText('“Harbour at dawn” is back in your stories.').waitFor()
    await page.getByText('The Trash is empty.').waitFor()
    await page.getByRole('link', { name: 'Back to your stories' }).click()
    await card('Harbour at dawn').waitFor()

    await card('Harbour at dawn').getByRole('button', { name: 'Duplicate Harbour at dawn' }).click()
    await card('Harbour at dawn (copy)').waitFor()
    await card('Harbour at dawn (copy)').getByRole('button', { name: 'Delete Harbour at dawn (copy)' }).click()
    await page.getByRole('link', { name: 'Trash (1)' }).click()
    await page.getByRole('button', { name: 'Empty the Trash' }).click()
    const confirm = page.getByRole('dialog', { name: 'Delete these stories for ever?' })
    await confirm.getByRole('button', { name: 'Cancel' }).click()
    await page.getByRole('button', { name: 'Restore Harbour at dawn (copy)' }).waitFor()
    await page.getByRole('button', { name: 'Empty the Trash' }).click()
    await confirm.getByRole('button', { name: 'Delete for ever' }).click()
    await page.getByText('The Trash is empty.').waitFor()
  })

  test('New story → blank makes a one-scene story with the grey panorama, opens it in the editor, and Play plays it', async () => {
    await page.goto(`${baseUrl}/`)
    await page.getByRole('button', { name: 'New story' }).click()
    await page.getByRole('dialog', { name: 'New story' }).getByRole('button', { name: 'New blank story' }).click()
    await page.getByRole('heading', { name: 'My story', level: 1 }).waitFor()
    expect(page.url()).toMatch(/#\/story\/story%3A/)
    await page.getByRole('heading', { name: 'View of First place' }).waitFor()
    await page.getByRole('tab', { name: 'Play' }).click()
    await page.locator('.play-panel .scene-header-title').getByText('First place').waitFor({ timeout: 20_000 })
    await screenshot(page, 'editor-library-new-story-preview')
    await page.getByRole('link', { name: 'Back to your stories' }).click()
    await card('My story').locator('img').waitFor()
    expect(await card('My story').locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(256)
  })

  test('has no axe-core violations, light and dark', async () => {
    await page.goto(`${baseUrl}/`)
    await page.locator('.story-card').nth(2).waitFor()
    expect(await runAxe(page)).toEqual([])
    await page.emulateMedia({ colorScheme: 'dark' })
    expect(await runAxe(page)).toEqual([])
    await page.emulateMedia({ colorScheme: 'light' })
  })

  test('screenshots: desktop 1280×800 and phone 390×844', async () => {
    await screenshot(page, 'editor-library-desktop')
    const phone = await context.newPage()
    await phone.setViewportSize({ width: 390, height: 844 })
    await phone.goto(`${baseUrl}/`)
    await phone.locator('.story-card').nth(2).waitFor()
    await phone.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('.story-thumbnail img')].every((img) => img.naturalWidth > 0))
    expect(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
    await screenshot(phone, 'editor-library-phone')
    await phone.screenshot({ path: 'tests/output/screenshots/editor-library-phone-full.png', fullPage: true })
    expect(errors).toEqual([])
  })
})
