/**
 * The Content-Security-Policy of a published story (reliability-a11y.md §B.5), delivered in a
 * `<meta http-equiv>` as the first element of `<head>` (and as a header by the share server).
 * No inline script or handler runs; only the player's own files (website) or the exact bytes of the
 * inlined player (single file, by sha-256) may. Media may be `blob:` (textures, sound) and `data:`
 * (the single file's inlined media, howler's silent unlock sound).
 * `blob:` in script-src and worker-src is for troika-three-text (3D labels): it lays text out in a
 * worker made from a blob: URL, which `importScripts` more blob: URLs under the page's policy. Only
 * the player's own (hashed or same-origin) script can make a blob, so nothing else is let in.
 * `blob:` in connect-src: three's GLTFLoader fetches a headset controller model's textures as blob: URLs.
 */
const common = [
  "default-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
]

/** The folder form: everything comes from the folder itself. */
export const websiteCsp = (): string =>
  [
    ...common,
    "script-src 'self' blob:",
    "style-src 'self'",
    "img-src 'self' blob: data:",
    "media-src 'self' blob: data:",
    "connect-src 'self' blob:",
    "font-src 'self'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
  ].join('; ')

/**
 * The single file: on file:// the meaning of 'self' differs between browsers, so nothing is allowed by
 * origin; the inlined script and stylesheet by their hashes, media and fonts as `data:`/`blob:`.
 */
export const singleFileCsp = (scriptHash: string, styleHash: string): string =>
  [
    ...common,
    `script-src '${scriptHash}' blob:`,
    `style-src '${styleHash}'`,
    'img-src blob: data:',
    'media-src blob: data:',
    'connect-src data: blob:',
    'font-src data:',
    'worker-src blob:',
  ].join('; ')
