import { z } from 'zod'
import { limits } from './limits'

/**
 * Links in a story may only point to https pages (B-26..B-28): `new URL()` decides the scheme, so
 * "JaVaScRiPt:", "java\tscript:", entity tricks, data: and blob: URLs are all refused.
 */
export const isAllowedLinkUrl = (value: string): boolean => {
  if (value.length > limits.urlMaxChars) return false
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007F]/.test(value)) return false
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return false
  }
  return url.protocol === 'https:' && url.hostname.length > 0 && url.username === '' && url.password === ''
}

/** An https link to a web page, shown to the viewer before they leave the story. */
export const httpsUrlSchema = z
  .string()
  .max(limits.urlMaxChars, { message: `is too long (at most ${limits.urlMaxChars} characters)` })
  .refine(isAllowedLinkUrl, { message: 'must be a web address starting with https://' })

/**
 * A file inside a story package (B-8): lower-case names in `images/` or `audio/`, nothing else.
 * Never an absolute path, a URL, or a path with "..".
 */
export const packagePathPattern = /^(images\/[a-z0-9_-]{1,64}\.(jpg|png|webp)|audio\/[a-z0-9_-]{1,64}\.(mp3|ogg|m4a|wav))$/
export const packagePathSchema = z
  .string()
  .regex(packagePathPattern, { message: 'must be a file name like "images/harbour.jpg" or "audio/waves.mp3"' })

/** A colour as "#rrggbb" (B-29): never free-form CSS. */
export const colourSchema = z.string().regex(/^#[0-9a-f]{6}$/, { message: 'must be a colour like "#1a2b3c"' })
