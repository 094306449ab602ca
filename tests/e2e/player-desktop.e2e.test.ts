import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { enableTestBridge, hotspotOnScreen, playUrl, sceneIdOf, serveFixtures, texturesOf, viewOf, waitForScene, waitFrames } from '../fixtures/player/player-harness'
import { runAxe } from './support/axe'
import { launchBrowser, openPage, screenshot } from './support/browser'

/** The flat player on a desktop: start screen, looking around, clicking in 3D, the keyboard-only path. */
const baseUrl = inject('baseUrl')
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

const open = async (fixture = 'walk', options: BrowserContextOptions = {}) => {
  const opened = await openPage(browser, options)
  await enableTestBridge(opened.context)
  await serveFixtures(opened.context, baseUrl)
  await opened.page.goto(playUrl(baseUrl, fixture))
  return opened
}

const start = async (page: Page) => {
  await page.getByRole('button', { name: 'Start', exact: true }).click()
  await waitForScene(page, 'scene:yard')
  await waitFrames(page, 2)
}

/** Presses Tab until the focused element's accessible name matches, like a keyboard user would. */
const tabTo = async (page: Page, name: RegExp, maxPresses = 30) => {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab')
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null
      return el && el !== document.body ? (el.getAttribute('aria-label') ?? el.textContent ?? '') : ''
    })
    if (name.test(label)) return
  }
  throw new Error(`Tab never reached ${name}`)
}

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '')

describe('player on a desktop', () => {
  it('shows a start screen with settings one step away (C-32) and no axe violations', async () => {
    const { page, context, errors } = await open()
    await expect.poll(() => page.getByRole('heading', { name: 'A walk home' }).count()).toBe(1)
    expect(await runAxe(page)).toEqual([])
    await screenshot(page, 'player-desktop-start')
    await page.getByRole('button', { name: 'Settings' }).click()
    for (const label of ['Language', 'Text size', 'Select by looking (in a headset)', 'Turn in steps (in a headset)', 'Show captions', 'Reduce motion (no fades)', 'High contrast']) {
      expect(await page.getByLabel(label).count(), label).toBe(1)
    }
    expect(await runAxe(page)).toEqual([])
    await page.getByRole('button', { name: 'Done' }).click()
    expect(await page.getByRole('button', { name: 'Start', exact: true }).count()).toBe(1)
    expect(errors).toEqual([])
    await context.close()
  })

  it('turns the view by dragging and with the arrow keys (C-3)', async () => {
    const { page, context, errors } = await open()
    await start(page)
    const before = await viewOf(page)
    await page.mouse.move(900, 300)
    await page.mouse.down()
    await page.mouse.move(700, 340, { steps: 8 })
    await page.mouse.up()
    const dragged = await viewOf(page)
    expect(dragged.yawDeg).toBeGreaterThan(before.yawDeg + 10) // dragging left turns right
    expect(dragged.pitchDeg).toBeGreaterThan(before.pitchDeg + 1) // dragging down looks up
    await page.locator('.panorama-view').focus()
    await page.keyboard.press('ArrowRight')
    expect((await viewOf(page)).yawDeg).toBeCloseTo(dragged.yawDeg + 10, 5)
    await page.getByRole('button', { name: 'Turn left' }).click()
    expect((await viewOf(page)).yawDeg).toBeCloseTo(dragged.yawDeg - 10, 5)
    expect(errors).toEqual([])
    await context.close()
  })

  it('enters the next scene when a link hotspot is clicked in the canvas', async () => {
    const { page, context, errors } = await open()
    await start(page)
    await expect.poll(async () => (await texturesOf(page)).find((t) => t.assetId === 'asset:yard')?.status).toBe('full')
    await screenshot(page, 'player-desktop-playing')
    const spot = await hotspotOnScreen(page, 'hotspot:to-street')
    expect(spot?.onScreen).toBe(true)
    await page.mouse.click(spot!.x, spot!.y)
    await waitForScene(page, 'scene:street')
    // The neighbour was decoded (and uploaded) before the choice: the new scene shows its full picture.
    expect((await texturesOf(page)).find((t) => t.assetId === 'asset:street')?.status).toBe('full')
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('The street')
    expect(errors).toEqual([])
    await context.close()
  })

  it('plays to an ending with the keyboard alone (C-1, C-2, C-27) and axe finds nothing in a scene', async () => {
    const { page, context, errors } = await open()
    await tabTo(page, /^Start$/)
    await page.keyboard.press('Enter')
    await waitForScene(page, 'scene:yard')
    await expect.poll(() => focusedText(page)).toBe('The yard')
    await expect.poll(() => page.locator('.live-announcer').textContent()).toBe('Now at: The yard')
    expect(await runAxe(page)).toEqual([])

    await tabTo(page, /^Open: Notice board$/)
    await page.keyboard.press('Space')
    await expect.poll(() => focusedText(page)).toBe('Notice board')
    expect(await page.locator('.billboard-panel-body').textContent()).toContain('<b>Not bold</b>') // text stays text (B-25)
    await tabTo(page, /^Take the key$/)
    await page.keyboard.press('Enter')
    await expect.poll(() => page.locator('.billboard-panel').count()).toBe(0)
    await expect.poll(() => focusedText(page)).toContain('Notice board') // focus goes back to the hotspot, not to <body>

    await tabTo(page, /^Go: Walk to the street$/)
    await page.keyboard.press('Enter')
    await waitForScene(page, 'scene:street')
    await expect.poll(() => focusedText(page)).toBe('The street')
    await tabTo(page, /^Go: Open the front door$/) // shown only because the key was taken
    await page.keyboard.press('Enter')
    await waitForScene(page, 'scene:home')
    await expect.poll(() => focusedText(page)).toBe('The end')
    expect(await page.locator('.end-panel-message').textContent()).toBe('You are home.')
    expect(await page.locator('.end-panel-path li').allTextContents()).toEqual(['The yard', 'The street', 'Home'])
    await screenshot(page, 'player-desktop-end')
    expect(errors).toEqual([])
    await context.close()
  })

  it('remembers progress in this browser and offers Continue', async () => {
    const { page, context, errors } = await open()
    await start(page)
    await page.getByRole('button', { name: 'Go: Walk to the street' }).click()
    await waitForScene(page, 'scene:street')
    await page.reload()
    await page.getByRole('button', { name: 'Continue where I stopped' }).click()
    await waitForScene(page, 'scene:street')
    expect(await sceneIdOf(page)).toBe('scene:street')
    expect(errors).toEqual([])
    await context.close()
  })

  it('offers high contrast (C-24) and honours reduced motion with instant scene changes (C-19)', async () => {
    const { page, context, errors } = await open('walk', { reducedMotion: 'reduce' })
    await page.getByRole('button', { name: 'Settings' }).click()
    expect(await page.getByLabel('Reduce motion (no fades)').isChecked()).toBe(true) // from the system setting
    await page.getByLabel('High contrast').check()
    await page.getByLabel('Text size').selectOption('large')
    await page.getByRole('button', { name: 'Done' }).click()
    await start(page)
    expect(await page.locator('.story-player').getAttribute('data-contrast')).toBe('high')
    await expect.poll(async () => (await texturesOf(page)).find((t) => t.assetId === 'asset:yard')?.status).toBe('full')
    await waitFrames(page, 2)
    await screenshot(page, 'player-desktop-high-contrast')
    expect(await runAxe(page)).toEqual([])
    await page.getByRole('button', { name: 'Go: Walk to the street' }).click()
    expect(await sceneIdOf(page)).toBe('scene:street') // a cut: no fade to wait for
    expect(errors).toEqual([])
    await context.close()
  })

  it('stays usable at 200% zoom (640 × 400 CSS px) without sideways scrolling (C-25)', async () => {
    const { page, context, errors } = await open('walk', { viewport: { width: 640, height: 400 } })
    const noSideScroll = () => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)
    expect(await noSideScroll()).toBe(true)
    await start(page)
    expect(await noSideScroll()).toBe(true)
    await page.getByRole('button', { name: 'Go: Walk to the street' }).click()
    await waitForScene(page, 'scene:street')
    await screenshot(page, 'player-desktop-zoom-200')
    expect(errors).toEqual([])
    await context.close()
  })

  it('shows the tiny preview first and swaps in the full picture when it has arrived', async () => {
    const { page, context, errors } = await openPage(browser)
    await enableTestBridge(context)
    await serveFixtures(context, baseUrl)
    let releaseFull: () => void = () => undefined
    const fullHeld = new Promise<void>((resolve) => (releaseFull = resolve))
    await context.route(`${baseUrl}/fixtures/player/walk/images/yard.jpg`, async (route) => {
      await fullHeld
      await route.fallback()
    })
    await page.goto(playUrl(baseUrl, 'walk'))
    await expect.poll(async () => (await texturesOf(page)).find((t) => t.assetId === 'asset:yard')).toMatchObject({
      status: 'preview',
      source: 'images/yard-preview.jpg',
    })
    releaseFull()
    await expect.poll(async () => (await texturesOf(page)).find((t) => t.assetId === 'asset:yard')?.source).toBe('images/yard.jpg')
    expect(errors).toEqual([])
    await context.close()
  })
})
