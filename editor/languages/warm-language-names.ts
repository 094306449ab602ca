let warmed = false

/**
 * Builds the language-name tables `Intl.DisplayNames` needs in a short-lived worker, once per page.
 * The first `new Intl.DisplayNames` of a page costs ≈ 40–140 ms of frozen page in Chromium (V8 builds
 * its table of locales, shared by the whole renderer process, workers included); the story screen
 * names a language as soon as it opens (the narration recorder, the Languages tab). Measured: after a
 * worker made one, the page's first one took 0.1 ms instead of 100 ms. Elsewhere it costs one tiny worker.
 */
export const warmLanguageNames = (): void => {
  if (warmed || typeof Worker !== 'function') return
  warmed = true
  try {
    new Worker(new URL('./warm-language-names.worker.ts', import.meta.url), { type: 'module', name: 'warm-language-names' })
  } catch {
    // no worker here: names are built on the page the first time one is needed
  }
}
