import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { runAxe } from './support/axe'
import { launchBrowser, openPage, screenshot } from './support/browser'
import { openLibrary, sampleIds, waitUntil } from './support/editor-library'
import { readStoredStoryFile, sampleStory } from './support/editor-story'

/**
 * Issue 5: the scene editor's main viewport is the player's 360° renderer (PanoramaEditorView through
 * player/index.ts), in real Chromium (SwiftShader WebGL) with real IndexedDB. A click in the view adds
 * a hotspot at the right direction (±2°, checked against three's own camera projection through the
 * test bridge), saved; dragging it moves it and ONE Undo puts it back; dragging the photo turns the
 * view and "Set initial view here" stores it; the keyboard turns the view, Enter adds in the middle,
 * Tab leaves (no trap); placements are announced; axe finds nothing. The library page never loads the
 * 3D chunk. One browser and one library for the file; the tests run in order.
 */
type Point = { x: number; y: number; onScreen: boolean }
type Bridge = {
  authoring?: {
    view(): { yawDeg: number; pitchDeg: number; fovDeg: number }
    textures(): { status: string }[]
    screenPointOf(yawDeg: number, pitchDeg: number): Point
    hotspotOnScreen(id: string): Point | null
    hotspotWorldPosition(id: string): { x: number; z: number } | null
    invalidate(): void
    frames(): number
  }
}
type TestWindow = { __storysphereTest: Bridge }

describe('editor 360° viewport', () => {
  const baseUrl = inject('baseUrl')
  const frontDoor = sampleStory('my-street').scenes.find((scene) => scene.id === 'scene:front-door')! as ReturnType<typeof sampleStory>['scenes'][number] & {
    initialView: { yawDeg: number; pitchDeg: number }
    northHeadingDeg: number
  }
  let browser: Browser
  let page: Page
  let errors: string[]

  beforeAll(async () => {
    browser = await launchBrowser()
    ;({ page, errors } = await openPage(browser))
    await page.addInitScript(() => {
      ;(window as unknown as TestWindow).__storysphereTest = {}
    })
  })
  afterAll(async () => {
    await browser?.close()
  })

  const stored = async () => (await readStoredStoryFile(page, sampleIds.myStreet))?.story.scenes.find((s) => s.id === 'scene:front-door')
  const pointOf = (yawDeg: number, pitchDeg: number) =>
    page.evaluate(([yaw, pitch]) => (window as unknown as TestWindow).__storysphereTest.authoring!.screenPointOf(yaw!, pitch!), [yawDeg, pitchDeg])
  const markerOf = (id: string) => page.evaluate((hotspotId) => (window as unknown as TestWindow).__storysphereTest.authoring!.hotspotOnScreen(hotspotId), id)
  /** Asks for frames and waits until two more are drawn (the canvas draws on demand). */
  const drawn = async () => {
    const from = await page.evaluate(() => (window as unknown as TestWindow).__storysphereTest.authoring!.frames())
    await page.waitForFunction((start) => {
      const bridge = (window as unknown as TestWindow).__storysphereTest.authoring!
      bridge.invalidate()
      return bridge.frames() >= start + 2
    }, from)
  }
  const place = () => page.locator('.scene-editor-details').getByRole('group', { name: 'Place' })
  const fieldValue = async (scope: ReturnType<Page['locator']>, label: string) => Number(await scope.getByLabel(label).inputValue())
  const turn = 'Turn (left − / right +)'
  const tilt = 'Tilt (down − / up +)'
  const looking = () => page.getByRole('group', { name: 'Looking' })
  const status = () => page.locator('.scene-editor-status')
  let addedId = ''

  test('the library never loads the 3D chunk; My street opens on the 360° view with the photo drawn', async () => {
    await openLibrary(page, baseUrl)
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name))
    expect(loaded.some((name) => /editor-canvas/.test(name))).toBe(false) // the authoring view's chunk waits for a scene
    await page.getByRole('link', { name: 'Open My street' }).click()
    await page.getByRole('heading', { name: 'View of The front door' }).waitFor()
    const view = page.getByRole('application', { name: 'The 360° photo' })
    await view.locator('canvas').waitFor()
    await page.waitForFunction(() => (window as unknown as TestWindow).__storysphereTest.authoring?.textures().some((t) => t.status === 'full'))
    const afterOpen = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name))
    expect(afterOpen.some((name) => /editor-canvas/.test(name))).toBe(true)
    expect(await page.locator('.flat-panorama').count()).toBe(0) // WebGL works here: the flat photo is only the fallback
    // The view starts at the scene's initial view, and the view fields say so.
    expect(await fieldValue(looking(), turn)).toBe(frontDoor.initialView.yawDeg)
    // Every hotspot of the scene is drawn where three's camera projects its direction.
    const door = (await markerOf('hotspot:through-door'))!
    const expected = await pointOf(0, -4)
    expect(Math.hypot(door.x - expected.x, door.y - expected.y)).toBeLessThan(2)
    expect(errors).toEqual([])
  })

  test('a click in the 360° view adds a hotspot there (±2°), announced, selected, and saved', async () => {
    const before = (await stored())!.hotspots.length
    await looking().getByLabel('Kind of hotspot to add').selectOption('billboard')
    const target = await pointOf(30, 10)
    expect(target.onScreen).toBe(true)
    await page.mouse.click(target.x, target.y)
    await page.locator('.scene-editor-details').getByRole('heading', { name: /^Hotspot: / }).waitFor()
    expect(Math.abs((await fieldValue(place(), turn)) - 30)).toBeLessThanOrEqual(2)
    expect(Math.abs((await fieldValue(place(), tilt)) - 10)).toBeLessThanOrEqual(2)
    await expect.poll(() => status().textContent()).toMatch(/^Hotspot “.+” added at turn -?[\d.]+°, tilt -?[\d.]+°\.$/)
    await waitUntil(stored, (scene) => (scene?.hotspots.length ?? 0) === before + 1)
    const added = (await stored())!.hotspots.find((h) => !frontDoor.hotspots.some((old) => old.id === h.id))!
    expect(added.kind).toBe('billboard')
    expect(Math.abs(added.yawDeg - 30)).toBeLessThanOrEqual(2)
    expect(Math.abs(added.pitchDeg - 10)).toBeLessThanOrEqual(2)
    addedId = added.id
    await screenshot(page, 'editor-viewport-placed')
    expect(errors).toEqual([])
  })

  test('dragging the hotspot moves it live; one Undo puts it back where it was placed', async () => {
    // Mouse positions are in the window: the whole view must be on screen (the first-run guide sits above it).
    await page.getByRole('application', { name: 'The 360° photo' }).scrollIntoViewIfNeeded()
    const placed = (await stored())!.hotspots.find((h) => h.id === addedId)!
    const from = (await markerOf(addedId))!
    const to = await pointOf(-20, -5)
    await page.mouse.move(from.x, from.y)
    await page.mouse.down()
    for (let i = 1; i <= 12; i++) await page.mouse.move(from.x + ((to.x - from.x) * i) / 12, from.y + ((to.y - from.y) * i) / 12)
    await page.mouse.up()
    await expect.poll(async () => Math.abs((await fieldValue(place(), turn)) + 20)).toBeLessThanOrEqual(2)
    expect(Math.abs((await fieldValue(place(), tilt)) + 5)).toBeLessThanOrEqual(2)
    await expect.poll(() => status().textContent()).toMatch(/moved to turn/)
    await waitUntil(stored, (scene) => Math.abs((scene?.hotspots.find((h) => h.id === addedId)?.yawDeg ?? 0) + 20) <= 2)
    const undo = page.getByRole('toolbar', { name: 'Editing tools' }).getByRole('button', { name: 'Undo Move hotspot' })
    await undo.click()
    expect(await fieldValue(place(), turn)).toBe(placed.yawDeg)
    expect(await fieldValue(place(), tilt)).toBe(placed.pitchDeg)
    await waitUntil(stored, (scene) => scene?.hotspots.find((h) => h.id === addedId)?.yawDeg === placed.yawDeg)
    // The next undo step is the placement itself: the drag was one step.
    expect(await page.getByRole('toolbar', { name: 'Editing tools' }).getByRole('button', { name: 'Undo Add hotspot' }).count()).toBe(1)

    // Escape during a drag puts the hotspot back and leaves no step.
    const again = (await markerOf(addedId))!
    await page.mouse.move(again.x, again.y)
    await page.mouse.down()
    for (let i = 1; i <= 6; i++) await page.mouse.move(again.x - 10 * i, again.y + 5 * i)
    await expect.poll(() => fieldValue(place(), turn)).not.toBe(placed.yawDeg)
    await page.keyboard.press('Escape')
    await page.mouse.up()
    expect(await fieldValue(place(), turn)).toBe(placed.yawDeg)
    await expect.poll(() => status().textContent()).toMatch(/put back where it was/)
    expect(await page.getByRole('toolbar', { name: 'Editing tools' }).getByRole('button', { name: 'Undo Add hotspot' }).count()).toBe(1)
    expect(errors).toEqual([])
  })

  test('dragging the photo turns the view; "Set initial view here" and "Set north here" store what is on screen', async () => {
    await page.getByRole('application', { name: 'The 360° photo' }).scrollIntoViewIfNeeded()
    const box = (await page.getByRole('application', { name: 'The 360° photo' }).boundingBox())!
    const [x, y] = [box.x + box.width * 0.3, box.y + box.height * 0.8]
    await page.mouse.move(x, y)
    await page.mouse.down()
    for (let i = 1; i <= 10; i++) await page.mouse.move(x + 20 * i, y - 6 * i)
    await page.mouse.up()
    const view = await page.evaluate(() => (window as unknown as TestWindow).__storysphereTest.authoring!.view())
    expect(view.yawDeg).toBeLessThan(-10) // dragging right turns left
    await expect.poll(() => fieldValue(looking(), turn)).toBeCloseTo(view.yawDeg, 0)
    expect(await fieldValue(looking(), tilt)).toBeCloseTo(view.pitchDeg, 0)
    expect((await stored())!.hotspots.length).toBe(frontDoor.hotspots.length + 1) // a drag is not a click: nothing added
    const yawDeg = await fieldValue(looking(), turn)
    const pitchDeg = await fieldValue(looking(), tilt)
    for (const deg of [yawDeg, pitchDeg]) expect(String(deg)).toMatch(/^-?\d+(\.\d)?$/) // tenths, no float noise
    expect(await looking().locator('.view-controls-readout').textContent()).not.toMatch(/\d\.\d\d/)
    await page.getByRole('button', { name: 'Set initial view here' }).click()
    await waitUntil(stored, (scene) => (scene as { initialView?: { yawDeg: number } } | undefined)?.initialView?.yawDeg === yawDeg)
    const saved = (await stored()) as unknown as { initialView: { yawDeg: number; pitchDeg: number } }
    expect(saved.initialView).toMatchObject({ yawDeg, pitchDeg })

    // "Set north here" turns the scene's north to where the view looks; the picture on screen stays put.
    await drawn()
    const worldOf = () => page.evaluate(() => (window as unknown as TestWindow).__storysphereTest.authoring!.hotspotWorldPosition('hotspot:through-door')!)
    const doorBefore = (await markerOf('hotspot:through-door'))!
    const worldBefore = await worldOf()
    await page.getByRole('button', { name: 'Set north here' }).click()
    await waitUntil(stored, (scene) => (scene as { northHeadingDeg?: number } | undefined)?.northHeadingDeg !== frontDoor.northHeadingDeg)
    const north = ((await stored()) as unknown as { northHeadingDeg: number }).northHeadingDeg
    expect((((north - yawDeg) % 360) + 360) % 360).toBeCloseTo(0, 5)
    await drawn()
    const worldAfter = await worldOf()
    expect(Math.hypot(worldAfter.x - worldBefore.x, worldAfter.z - worldBefore.z)).toBeGreaterThan(1) // the picture's frame did turn…
    const doorAfter = (await markerOf('hotspot:through-door'))!
    expect(Math.hypot(doorAfter.x - doorBefore.x, doorAfter.y - doorBefore.y)).toBeLessThan(2) // …and the camera with it
    expect(await fieldValue(looking(), turn)).toBe(yawDeg)
    expect(errors).toEqual([])
  })

  test('keyboard: arrows turn the view, Enter adds a hotspot in the middle (announced), Tab leaves the view', async () => {
    const view = page.getByRole('application', { name: 'The 360° photo' })
    await view.focus()
    const before = await fieldValue(looking(), turn)
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => fieldValue(looking(), turn)).toBeCloseTo(before + 10, 0)
    const count = (await stored())!.hotspots.length
    await page.keyboard.press('Enter')
    await waitUntil(stored, (scene) => (scene?.hotspots.length ?? 0) === count + 1)
    await expect.poll(() => status().textContent()).toMatch(/^Hotspot “.+” added at turn/)
    expect(await view.evaluate((element) => element === document.activeElement)).toBe(true)
    expect(await view.evaluate((element) => element.matches(':focus-visible'))).toBe(true) // the ring shows (CSS ::after on the frame)
    await page.evaluate(() => (window as unknown as TestWindow).__storysphereTest.authoring!.invalidate())
    await page.locator('.scene-viewport').screenshot({ path: 'tests/output/screenshots/editor-viewport-focused.png' })
    await page.keyboard.press('Tab')
    expect(await view.evaluate((element) => element.contains(document.activeElement))).toBe(false)
    await page.keyboard.press('Shift+Tab')
    expect(await view.evaluate((element) => element === document.activeElement)).toBe(true)
    await page.keyboard.press('Shift+Tab')
    expect(await view.evaluate((element) => element.contains(document.activeElement))).toBe(false)
    expect(errors).toEqual([])
  })

  test('"Turn the view to it" shows the selected hotspot in the middle; axe finds nothing (screenshot)', async () => {
    await page.locator('.hotspot-list').getByRole('button', { name: /^In through the door/ }).click()
    // "Turn the view to it" brings the selected hotspot to the middle of the 360° view.
    await page.locator('.scene-editor-details').getByRole('button', { name: 'Turn the view to it' }).click()
    await expect.poll(() => fieldValue(looking(), turn)).toBe(0)
    expect(await fieldValue(looking(), tilt)).toBe(-4)
    const box = (await page.getByRole('application', { name: 'The 360° photo' }).boundingBox())!
    await expect
      .poll(async () => {
        const door = (await markerOf('hotspot:through-door'))!
        return Math.hypot(door.x - (box.x + box.width / 2), door.y - (box.y + box.height / 2))
      })
      .toBeLessThan(3)
    expect(await runAxe(page)).toEqual([])
    await page.evaluate(() => (window as unknown as TestWindow).__storysphereTest.authoring!.invalidate())
    await screenshot(page, 'editor-viewport')
    expect(errors).toEqual([])
  })
})
