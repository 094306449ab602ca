import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { runAxe } from './support/axe'
import { launchBrowser, openPage, screenshot } from './support/browser'
import { openLibrary, sampleIds, storyUrl } from './support/editor-library'

/**
 * The interface in several languages through one layer (C-26, issue 6): the editor switched to Norsk
 * bokmål, the player's buttons following the story language (and the viewer's own choice), and a
 * pseudo right-to-left interface ('ar': English words, dir=rtl) that still lays out and passes axe.
 */
describe('interface languages (C-26)', () => {
  const baseUrl = inject('baseUrl')
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  const htmlLocale = (page: Page) => page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }))

  test('the editor switches to Norsk bokmål from the library, keeps it after a reload, and axe finds nothing', async () => {
    const { page, context, errors } = await openPage(browser)
    await openLibrary(page, baseUrl)
    expect(await htmlLocale(page)).toEqual({ lang: 'en', dir: 'ltr' })
    await page.getByLabel('App language').selectOption('nb')
    await page.getByRole('heading', { name: 'Fortellingene dine', level: 2, exact: true }).waitFor()
    await page.getByRole('button', { name: 'Ny fortelling', exact: true }).waitFor()
    await page.getByRole('link', { name: /^Papirkurv/ }).waitFor()
    expect(await page.getByText('Your stories', { exact: true }).count()).toBe(0)
    expect(await htmlLocale(page)).toEqual({ lang: 'nb', dir: 'ltr' })
    expect(await runAxe(page)).toEqual([])
    await screenshot(page, 'i18n-editor-library-nb')

    await page.reload()
    await page.getByRole('heading', { name: 'Fortellingene dine', level: 2, exact: true }).waitFor()
    expect(await page.getByLabel('Språk i appen').inputValue()).toBe('nb')

    await page.goto(storyUrl(baseUrl, sampleIds.myStreet))
    await page.getByRole('tab', { name: 'Scener' }).waitFor()
    await page.getByRole('tab', { name: 'Fortellingskart' }).waitFor()
    await page.getByText('Lagret i denne nettleseren').or(page.getByRole('heading', { name: 'Scener' })).first().waitFor()
    expect(await runAxe(page)).toEqual([])
    await screenshot(page, 'i18n-editor-story-nb')
    expect(errors).toEqual([])
    await context.close()
  })

  test('the player: buttons follow the story language, the viewer can choose their own, axe finds nothing in nb', async () => {
    const { page, context, errors } = await openPage(browser)
    await page.goto(`${baseUrl}/play/?story=/samples/my-street/story.json`)
    await page.getByRole('button', { name: 'Settings', exact: true }).click()
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor()
    // The story language: the interface follows it, since there is a Bokmål catalogue.
    await page.getByLabel('Language', { exact: true }).selectOption('nb')
    await page.getByRole('heading', { name: 'Innstillinger', level: 1 }).waitFor()
    expect(await page.getByLabel('Vis knapper og menyer på').inputValue()).toBe('nb')
    expect(await htmlLocale(page)).toEqual({ lang: 'nb', dir: 'ltr' })
    expect(await runAxe(page)).toEqual([])
    await screenshot(page, 'i18n-player-settings-nb')
    await page.getByRole('button', { name: 'Ferdig' }).click()
    await page.getByRole('button', { name: 'Start', exact: true }).waitFor()
    await page.getByRole('button', { name: 'Innstillinger' }).waitFor()
    expect(await runAxe(page)).toEqual([])
    await screenshot(page, 'i18n-player-start-nb')

    // The viewer's own choice wins: English buttons for a story told in Bokmål.
    await page.getByRole('button', { name: 'Innstillinger' }).click()
    await page.getByLabel('Vis knapper og menyer på').selectOption('en')
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor()
    expect(await page.getByLabel('Language', { exact: true }).inputValue()).toBe('nb')
    expect(errors).toEqual([])
    await context.close()
  })

  test('a browser set to Norwegian gets Bokmål buttons at once, Malayalam readers get a started catalogue', async () => {
    const { page, context } = await openPage(browser, { locale: 'nb-NO' })
    await page.goto(`${baseUrl}/play/?story=/samples/harbour-at-dawn/story.json`)
    await page.getByRole('button', { name: 'Innstillinger' }).waitFor()
    await context.close()

    const malayalam = await openPage(browser, { locale: 'ml-IN' })
    await malayalam.page.goto(`${baseUrl}/play/?story=/samples/harbour-at-dawn/story.json`)
    await malayalam.page.getByRole('button', { name: 'ക്രമീകരണങ്ങൾ' }).click()
    await screenshot(malayalam.page, 'i18n-player-settings-ml')
    await malayalam.page.locator('#story-player-settings-title').waitFor()
    expect(await malayalam.page.locator('#story-player-settings-title').textContent()).toBe('ക്രമീകരണങ്ങൾ')
    expect(await htmlLocale(malayalam.page)).toEqual({ lang: 'ml', dir: 'ltr' })
    await screenshot(malayalam.page, 'i18n-player-settings-ml')
    await malayalam.context.close()
  })

  test('right to left ready: a pseudo-RTL interface mirrors the editor and passes axe', async () => {
    const { page, context, errors } = await openPage(browser)
    await context.addInitScript(() => localStorage.setItem('storysphere.ui-locale', 'ar'))
    await openLibrary(page, baseUrl)
    expect(await htmlLocale(page)).toEqual({ lang: 'ar', dir: 'rtl' })
    // The "Your stories" heading sits at the right-hand end of its row, its buttons to its left.
    const row = await page.evaluate(() => {
      const head = document.querySelector('.library-stories-head')!.getBoundingClientRect()
      const h2 = document.getElementById('your-stories-heading')!.getBoundingClientRect()
      return { gapRightPx: head.right - h2.right, gapLeftPx: h2.left - head.left }
    })
    expect(row.gapRightPx).toBeLessThan(2)
    expect(row.gapLeftPx).toBeGreaterThan(100)
    expect(await runAxe(page)).toEqual([])
    await screenshot(page, 'i18n-editor-library-rtl')

    await page.goto(storyUrl(baseUrl, sampleIds.myStreet))
    await page.getByRole('tab', { name: 'Scenes' }).waitFor()
    await page.getByText('Saved in this browser').or(page.getByRole('heading', { name: 'Scenes' })).first().waitFor()
    await screenshot(page, 'i18n-editor-story-rtl')
    expect(errors).toEqual([])
    await context.close()
  })
})
