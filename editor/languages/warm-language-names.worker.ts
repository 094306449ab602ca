/**
 * Builds the browser's language-name tables off the page (see warm-language-names.ts), then ends.
 * Start it with `new Worker(new URL('./warm-language-names.worker.ts', import.meta.url), { type: 'module' })`.
 */
try {
  new Intl.DisplayNames(['en'], { type: 'language' }).of('en')
} catch {
  // nothing to warm: the page will build them itself when it needs a name
}
const scope = self as unknown as { close: () => void }
scope.close()
