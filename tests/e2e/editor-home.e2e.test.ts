import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { launchBrowser, openPage, screenshot } from './support/browser'
import { openLibrary } from './support/editor-library'

/**
 * The home screen for everyone: keyboard only, 200 % zoom, text ≥ 16 px, and Play from the library
 * (the player gets the pictures from the media store, not the network). One browser for the file.
 */
describe('editor home', () => {
  const baseUrl = inject('baseUrl')
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  test('keyboard only: Tab to Open, Enter, edit the title, back to the library', async () => {
    const { page, context, errors } = await openPage(browser)
    await openLibrary(page, baseUrl)
    let reached = false
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab')
      reached = await page.evaluate(() => document.activeElement?.textContent?.replace(/\s+/g, ' ').trim() === 'Open My street')
    }
    expect(reached).toBe(true)
    expect(await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).toBe('solid')
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: 'My street', level: 1 }).waitFor()
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1')
    for (let i = 0; i < 5 && (await page.evaluate(() => document.activeElement?.tagName)) !== 'INPUT'; i++) await page.keyboard.press('Tab')
    await page.keyboard.press('End')
    await page.keyboard.type(' by keyboard')
    await page.getByRole('heading', { name: 'My street by keyboard', level: 1 }).waitFor()
    await page.getByText('Saved in this browser').waitFor()
    const focusedText = () => page.evaluate(() => document.activeElement?.textContent?.trim())
    // Back comes a few Shift+Tabs before the title (the header also has Export).
    for (let i = 0; i < 4 && (await focusedText()) !== '← Back to your stories'; i++) await page.keyboard.press('Shift+Tab')
    expect(await focusedText()).toBe('← Back to your stories')
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: 'My street by keyboard', level: 3 }).waitFor()
    expect(errors).toEqual([])
    await context.close()
  })

  test('200 % zoom (640 × 400 CSS px): no sideways scrolling, no text under 16 px', async () => {
    const { page, context } = await openPage(browser, { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 })
    await openLibrary(page, baseUrl)
    const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)
    const smallest = () =>
      page.evaluate(() =>
        Math.min(...[...document.querySelectorAll('body *')].filter((el) => el.childNodes.length && [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim())).map((el) => parseFloat(getComputedStyle(el).fontSize))),
      )
    expect(await fits()).toBe(true)
    expect(await smallest()).toBeGreaterThanOrEqual(16)
    await screenshot(page, 'editor-home-zoom-200')
    await page.getByRole('link', { name: 'Open Harbour at dawn' }).click()
    await page.getByLabel('Story title').waitFor()
    expect(await fits()).toBe(true)
    expect(await smallest()).toBeGreaterThanOrEqual(16)
    await context.close()
  })

  test('Play plays a library story with its media from IndexedDB', async () => {
    const { page, context, errors } = await openPage(browser)
    await openLibrary(page, baseUrl)
    const fetched: string[] = []
    page.on('request', (request) => fetched.push(request.url()))
    await page.getByRole('link', { name: 'Play Harbour at dawn' }).click()
    await page.getByRole('heading', { name: 'Harbour at dawn', level: 1 }).waitFor({ timeout: 20_000 })
    await page.getByRole('button', { name: 'Start', exact: true }).click()
    await page.locator('.scene-header-title').waitFor({ timeout: 20_000 })
    await page.waitForTimeout(1500)
    await screenshot(page, 'editor-home-play')
    expect(fetched.filter((url) => url.includes('/samples/'))).toEqual([])
    expect(fetched.some((url) => url.startsWith('blob:'))).toBe(true)
    expect(errors).toEqual([])
    await context.close()
  })
})
