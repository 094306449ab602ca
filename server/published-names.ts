/**
 * Which names a shared folder may hold (B-8, B-31): lower-case-ish path segments of letters, digits,
 * `.`, `_` and `-` (no segment starting with a dot, so no `..`), at most 6 deep, with an extension
 * from a fixed list. Only files the publisher makes: no `.svg`, no other `.html` than the two pages.
 */
const segment = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}$/
const extensions = new Set(['html', 'js', 'css', 'json', 'txt', 'ttf', 'woff2', 'jpg', 'jpeg', 'png', 'webp', 'mp3', 'ogg', 'm4a', 'wav', 'glb'])
const pages = new Set(['index.html', 'play-offline.html'])

export const isPublishedName = (name: string): boolean => {
  if (name.length > 300 || name !== name.normalize('NFC')) return false
  const parts = name.split('/')
  if (parts.length > 6 || !parts.every((part) => segment.test(part))) return false
  const extension = name.slice(name.lastIndexOf('.') + 1).toLowerCase()
  if (!extensions.has(extension)) return false
  return extension !== 'html' || pages.has(name)
}

/**
 * The file a `/s/<id>/<rest>` request names, or why not. `rest` is the raw (still percent-encoded)
 * path after the id; it is decoded once, and anything odd is a bad request rather than a lookup:
 * `..` (also `%2e%2e`), backslashes, NUL and control characters, an absolute path, `%2f` inside a
 * segment, double encoding. An empty rest is index.html.
 */
export type RequestedFile = { ok: true; name: string } | { ok: false; status: 400 | 404 }

export const requestedFile = (rawRest: string): RequestedFile => {
  if (rawRest === '' || rawRest === '/') return { ok: true, name: 'index.html' }
  if (!rawRest.startsWith('/')) return { ok: false, status: 400 }
  const parts = rawRest.slice(1).split('/')
  const decoded: string[] = []
  for (const part of parts) {
    let value: string
    try {
      value = decodeURIComponent(part)
    } catch {
      return { ok: false, status: 400 }
    }
    // eslint-disable-next-line no-control-regex
    if (value === '' || value === '.' || value === '..' || /[\\/%\u0000-\u001f\u007f]/.test(value) || value.includes('..')) {
      return { ok: false, status: 400 }
    }
    decoded.push(value)
  }
  const name = decoded.join('/')
  return isPublishedName(name) ? { ok: true, name } : { ok: false, status: 404 }
}

/** A raw request URL (as the Node server got it, before any normalising) that tries to climb out. */
export const climbsOut = (rawUrl: string): boolean => {
  const path = rawUrl.split('?')[0] ?? ''
  return path.split('/').some((part) => {
    let value = part
    try {
      value = decodeURIComponent(part)
    } catch {
      return true
    }
    return value === '..' || value === '.' || value.includes('\\') || value.includes('\u0000') || value.includes('/')
  })
}
