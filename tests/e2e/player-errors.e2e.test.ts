import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { enableTestBridge, playUrl, serveFixtures, waitForScene } from '../fixtures/player/player-harness'
import { runAxe } from './support/axe'
import { launchBrowser, openPage, screenshot } from './support/browser'

/**
 * When things go wrong the story goes on: a corrupt picture (B-32), a path that is not finished
 * (B-22), a broken story file, a story from another site, and no WebGL at all (text mode).
 */
const baseUrl = inject('baseUrl')
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

const open = async (url: string, init?: (page: Page) => Promise<void>) => {
  const opened = await openPage(browser)
  await enableTestBridge(opened.context)
  await serveFixtures(opened.context, baseUrl)
  await init?.(opened.page)
  await opened.page.goto(url)
  return opened
}

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true })

describe('player when things go wrong', () => {
  it('shows a placeholder and the description for a corrupt picture, and the story goes on (B-32)', async () => {
    const { page, context, errors } = await open(playUrl(baseUrl, 'broken-picture'))
    await button(page, 'Start').click()
    await waitForScene(page, 'scene:broken')
    const description = page.locator('.scene-description')
    await expect.poll(() => description.textContent()).toContain('The picture for this place could not be shown.')
    expect(await description.textContent()).toContain('A hallway with a green door at the end.')
    await screenshot(page, 'player-error-picture')
    await button(page, 'Go: Go through the green door').click()
    await waitForScene(page, 'scene:meadow')
    await expect.poll(() => page.locator('.end-panel-message').textContent()).toBe('The story goes on without the picture.')
    expect(errors.filter((e) => !/decode|image|EncodingError/i.test(e))).toEqual([])
    await context.close()
  })

  it('says "This path isn\'t finished" for a link to a missing scene (B-22)', async () => {
    const { page, context, errors } = await open(playUrl(baseUrl, 'unfinished'))
    await button(page, 'Start').click()
    await waitForScene(page, 'scene:square')
    await button(page, 'Go: Take the alley').click()
    const card = page.getByRole('alertdialog', { name: "This path isn't finished" })
    await card.waitFor()
    await button(page, 'OK').click()
    expect(await card.count()).toBe(0)
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Go: Take the alley')
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('The square')
    expect(errors).toEqual([])
    await context.close()
  })

  it('explains a story file that cannot be opened, in words, with no axe violations', async () => {
    const { page, context } = await open(playUrl(baseUrl, 'invalid'))
    await page.getByRole('heading', { name: 'This story could not be opened' }).waitFor()
    expect(await page.locator('.story-error-screen').textContent()).toContain('title: is missing')
    expect(await runAxe(page)).toEqual([])
    await screenshot(page, 'player-error-invalid')
    await context.close()
  })

  it('lists the samples when no story is given, and refuses addresses from other sites or schemes', async () => {
    const listing = await open(`${baseUrl}/play/`)
    await listing.page.getByRole('link', { name: 'My street' }).waitFor()
    await listing.context.close()
    for (const story of ['https://example.com/story.json', 'javascript:alert(1)', 'data:application/json,{}']) {
      const { page, context } = await open(`${baseUrl}/play/?story=${encodeURIComponent(story)}`)
      await page.getByText('The story address is not allowed.', { exact: false }).waitFor()
      await context.close()
    }
  })

  it('tells the whole story in words when there is no WebGL (text mode)', async () => {
    const noWebGl = async (page: Page) => {
      await page.addInitScript(() => {
        const original = HTMLCanvasElement.prototype.getContext
        HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
          return /webgl/i.test(type) ? null : (original as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest)
        } as typeof HTMLCanvasElement.prototype.getContext
      })
    }
    const { page, context, errors } = await open(playUrl(baseUrl, 'walk'), noWebGl)
    await button(page, 'Start').click()
    await page.getByRole('heading', { level: 1, name: 'The yard' }).waitFor()
    expect(await page.locator('canvas').count()).toBe(0)
    expect(await page.locator('.scene-description').textContent()).toContain('A school yard.')
    await button(page, 'Listen: School bell').click()
    await expect.poll(() => page.getByRole('region', { name: 'Captions' }).textContent()).toBe('[a bell rings]')
    await screenshot(page, 'player-text-mode')
    expect(await runAxe(page)).toEqual([])
    await button(page, 'Open: Notice board').click()
    await button(page, 'Go to the park').click()
    await page.getByRole('heading', { name: 'The end' }).waitFor()
    expect(await page.locator('.end-panel-message').textContent()).toBe('You rest in the park. The end.')
    expect(errors).toEqual([])
    await context.close()
  })
})
