import type { Browser, Page } from 'playwright-core'
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { enableTestBridge, playUrl, serveFixtures, texturesOf } from '../fixtures/player/player-harness'
import { launchBrowser, openPage, screenshot } from './support/browser'

/**
 * The first frame (player/first-frame/, issue 8): the standalone page paints the opening picture with
 * its few-KB painter before React, three.js and the story schema have loaded, and the 3D view takes it
 * over without a visible change. three.js is held back here, so the painter is all that can draw.
 */
const baseUrl = inject('baseUrl')
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

/** Mean absolute difference per channel (0–255) of two PNG screenshots, measured in the page. */
const meanDifference = (page: Page, a: Buffer, b: Buffer): Promise<number> =>
  page.evaluate(
    async ([first, second]) => {
      const pixels = async (b64: string) => {
        const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob())
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
        const context = canvas.getContext('2d')!
        context.drawImage(bitmap, 0, 0)
        return context.getImageData(0, 0, bitmap.width, bitmap.height).data
      }
      const [p, q] = [await pixels(first!), await pixels(second!)]
      let sum = 0
      for (let i = 0; i < p.length; i += 4) sum += Math.abs(p[i]! - q[i]!) + Math.abs(p[i + 1]! - q[i + 1]!) + Math.abs(p[i + 2]! - q[i + 2]!)
      return sum / ((p.length / 4) * 3)
    },
    [a.toString('base64'), b.toString('base64')],
  )

describe('first frame', () => {
  it('paints the opening picture before three.js has loaded, then the 3D view takes over showing the same', async () => {
    const { page, context, errors } = await openPage(browser)
    await enableTestBridge(context)
    await serveFixtures(context, baseUrl)
    const scripts: string[] = []
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname.split('/').pop() ?? '')
    })
    let release3d: () => void = () => undefined
    const held = new Promise<void>((resolve) => (release3d = resolve))
    await context.route(/\/assets\/vendor-3d-[^/]*\.js$/, async (route) => {
      await held
      await route.fallback()
    })
    await page.goto(playUrl(baseUrl, 'walk'))

    // Painted by the painter alone: the full picture, while three.js is still held back.
    await expect.poll(() => page.locator('canvas.first-frame[data-shown="full"]').count()).toBe(1)
    await expect.poll(() => page.getByRole('heading', { name: 'A walk home' }).count()).toBe(1)
    expect(await page.locator('canvas:not(.first-frame)').count()).toBe(0)
    const painted = await page.screenshot()
    await screenshot(page, 'player-first-frame-painter')

    release3d()
    await expect.poll(async () => (await texturesOf(page)).find((t) => t.assetId === 'asset:yard')?.status).toBe('full')
    await expect.poll(() => page.locator('canvas.first-frame').count()).toBe(0)
    await page.waitForTimeout(200)
    const taken = await page.screenshot()
    await screenshot(page, 'player-first-frame-3d-view')

    // Same picture, same view: the painter's projection is the 3D view's, so the hand-over is invisible.
    expect(await meanDifference(page, painted, taken)).toBeLessThan(3)
    expect(scripts.some((name) => name.startsWith('first-frame-'))).toBe(true)
    expect(errors).toEqual([])
    await context.close()
  })

  it('a story that fails its checks takes the first frame away and says what is wrong', async () => {
    const { page, context } = await openPage(browser)
    await serveFixtures(context, baseUrl)
    const walk = JSON.parse(readFileSync(new URL('../fixtures/player/walk/story.json', import.meta.url), 'utf8')) as { story: Record<string, unknown> }
    await context.route(`${baseUrl}/fixtures/player/walk/story.json`, (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ...walk, schemaVersion: 99 }) }),
    )
    await page.goto(playUrl(baseUrl, 'walk'))
    // The painter reads only what it needs and paints; the player's check refuses the file (B-21).
    await expect.poll(() => page.locator('.story-error-screen h1').count()).toBe(1)
    expect(await page.locator('canvas.first-frame').count()).toBe(0)
    expect(await page.locator('canvas').count()).toBe(0)
    await context.close()
  })
})
