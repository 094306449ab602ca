import { readFileSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { runAxe } from './support/axe'
import { launchBrowser, openPage, screenshot } from './support/browser'
import { openLibrary, writeRawRecord } from './support/editor-library'

/**
 * Issue #8 (editor figure): a big story's map draws only the scenes in view (React Flow
 * `onlyRenderVisibleElements`, sizes and handles known up front) and opens on the open scene at a
 * readable zoom; Tab and Shift+Tab still go through every scene in author order, also to scenes that
 * were out of view, and Enter opens one. axe: 0 violations. No time is asserted (the bench measures).
 */
const sceneCount = 120
const storyId = 'story:big-map'

/** My street's envelope and first photo, with `sceneCount` scenes in a chain ("Step 0" → "Step 1" → …). */
const bigStoryText = (): string => {
  const file = JSON.parse(readFileSync('samples/my-street/story.json', 'utf8')) as { story: { scenes: Record<string, unknown>[]; assets: unknown[] } & Record<string, unknown> }
  const first = file.story.scenes[0]!
  const scenes = Array.from({ length: sceneCount }, (_, i) => ({
    ...first,
    id: `scene:step-${i}`,
    title: { en: `Step ${i}` },
    narrations: [],
    soundscape: { beds: [], sounds: [] },
    onEnter: [],
    ...(i === sceneCount - 1
      ? { hotspots: [], ending: { message: { en: 'The end.' } } }
      : { hotspots: [{ id: `hotspot:on-${i}`, kind: 'link', yawDeg: 0, pitchDeg: 0, sizeDeg: 8, label: { en: `On to ${i + 1}` }, targetSceneId: `scene:step-${i + 1}`, icon: 'arrow', effects: [] }] }),
  }))
  const story = { ...file.story, id: storyId, title: { en: 'Big map' }, startSceneId: 'scene:step-0', scenes, credits: [] }
  return JSON.stringify({ ...file, story })
}

describe('a big story map', () => {
  const baseUrl = inject('baseUrl')
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

  const focusedName = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '')

  test('draws only what is in view, opens on the open scene, and Tab goes through every scene in author order', async () => {
    await openLibrary(page, baseUrl)
    const now = Date.now()
    await writeRawRecord(page, { id: storyId, revision: 1, text: bigStoryText(), createdAt: now, updatedAt: now, trashedAt: null })
    await page.reload()
    await page.getByRole('link', { name: 'Open Big map' }).click()
    await page.getByRole('heading', { name: 'Big map', level: 1 }).waitFor()
    await page.getByRole('tab', { name: 'Story map' }).click()
    const start = page.locator('.react-flow__node-scene[data-id="scene:step-0"]')
    await start.waitFor()
    expect(await start.getAttribute('aria-current')).toBe('true')
    const drawn = await page.locator('.react-flow__node-scene').count()
    expect(drawn).toBeGreaterThan(1)
    expect(drawn).toBeLessThan(20)
    // The overview still shows every scene.
    expect(await page.locator('.react-flow__minimap-node').count()).toBe(sceneCount)

    await start.focus()
    expect(await focusedName()).toBe('Scene: Step 0, start scene, 1 way out')
    for (let i = 1; i <= 15; i++) {
      await page.keyboard.press('Tab')
      await expect.poll(focusedName).toBe(`Scene: Step ${i}, 1 way out`)
    }
    // Step 15 was far out of view when the map opened.
    expect(await page.locator('.react-flow__node-scene[data-id="scene:step-15"]').isVisible()).toBe(true)
    await page.keyboard.press('Shift+Tab')
    await expect.poll(focusedName).toBe('Scene: Step 14, 1 way out')
    expect(await runAxe(page)).toEqual([])
    await screenshot(page, 'editor-story-map-large')

    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: 'View of Step 14' }).waitFor()
    expect(await page.getByRole('tab', { name: 'Scenes' }).getAttribute('aria-selected')).toBe('true')
    expect(errors).toEqual([])
  })
})
