import type { Page } from 'playwright-core'

type Watched = { sawProgress?: boolean }

/**
 * Remembers, for every page load that follows, whether an element matching `selector` (a progress
 * bar) was ever in the document: a quick import can show and hide its bar between two polls.
 */
export const watchForProgressBar = async (page: Page, selector: string): Promise<void> => {
  await page.addInitScript((wanted) => {
    new MutationObserver(() => {
      if (document.querySelector(wanted)) (window as unknown as Watched).sawProgress = true
    }).observe(document, { childList: true, subtree: true })
  }, selector)
}

/** Whether the watched progress bar has shown on the current page. */
export const sawProgressBar = async (page: Page): Promise<boolean> => (await page.evaluate(() => (window as unknown as Watched).sawProgress)) === true
