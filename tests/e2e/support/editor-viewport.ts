import type { Page } from 'playwright-core'

/**
 * The scene editor's 360° view in tests: its test bridge (`window.__storysphereTest.authoring`, see
 * player/authoring/authoring-test-bridge.tsx) exists when an init script sets `__storysphereTest`.
 */
type Bridge = { authoring?: { textures(): { status: string; source: string | null }[] } }
type TestWindow = { __storysphereTest: Bridge }

/** Switches on the test bridges for every page load that follows. */
export const enableViewportBridge = async (page: Page): Promise<void> => {
  await page.addInitScript(() => {
    const w = window as unknown as TestWindow
    w.__storysphereTest ??= {}
  })
}

/** Waits until the 360° view shows the final picture from a file whose path starts with `pathStart`. */
export const waitForViewportPicture = (page: Page, pathStart: string, timeoutMs = 30_000): Promise<unknown> =>
  page.waitForFunction(
    (start) =>
      (window as unknown as TestWindow).__storysphereTest?.authoring?.textures().some((t) => t.status === 'full' && (t.source ?? '').startsWith(start)) ?? false,
    pathStart,
    { timeout: timeoutMs },
  )
