import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { runAxe } from './support/axe'
import { launchBrowser, openPage, screenshot } from './support/browser'

/** The home page served at `/`: the sample stories, each playable (issue 2 "Done when"). */
describe('editor home page', () => {
  let browser: Browser
  const baseUrl = inject('baseUrl')

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  test('lists every sample story with a Play link to the player', async () => {
    const { page, errors, context } = await openPage(browser)
    await page.goto(`${baseUrl}/`)
    await page.getByRole('heading', { name: 'Storysphere', level: 1 }).waitFor()
    const cards = page.locator('.sample-card')
    await cards.first().waitFor()
    const titles = await cards.locator('h3').allTextContents()
    expect(titles).toEqual(expect.arrayContaining(['My street']))
    expect(titles.length).toBeGreaterThanOrEqual(2)
    const href = await cards.first().getByRole('link').getAttribute('href')
    expect(href).toMatch(/^play\/\?story=/)
    await screenshot(page, 'editor-home')
    expect(errors).toEqual([])
    await context.close()
  })

  test('has no axe-core violations (C-1..C-32 baseline)', async () => {
    const { page, context } = await openPage(browser)
    await page.goto(`${baseUrl}/`)
    await page.locator('.sample-card').first().waitFor()
    expect(await runAxe(page)).toEqual([])
    await context.close()
  })
})
