import { readFileSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { enableTestBridge, sceneIdOf, texturesOf } from '../fixtures/player/player-harness'
import { runAxe } from './support/axe'
import { launchBrowser, openPage, screenshot } from './support/browser'

/** Every sample in samples/index.json opens in the player with its real media and no errors. */
const baseUrl = inject('baseUrl')
const samples = JSON.parse(readFileSync('samples/index.json', 'utf8')) as { slug: string; title: string }[]
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

describe('the samples in the player', () => {
  it.each(samples)('$slug opens, shows its first scene with the full picture, and axe finds nothing', async ({ slug, title }) => {
    const { page, context, errors } = await openPage(browser)
    await enableTestBridge(context)
    await page.goto(`${baseUrl}/play/?story=/samples/${slug}/story.json`)
    await page.getByRole('heading', { name: title }).waitFor()
    await page.getByRole('button', { name: 'Start', exact: true }).click()
    await expect.poll(() => sceneIdOf(page)).not.toBeNull()
    await expect.poll(async () => (await texturesOf(page))[0]?.status, { timeout: 20_000 }).toBe('full')
    expect(await page.locator('.choices-panel .hotspot-button').count()).toBeGreaterThan(0)
    expect(await runAxe(page)).toEqual([])
    await screenshot(page, `player-sample-${slug}`)
    expect(errors).toEqual([])
    await context.close()
  })
})
