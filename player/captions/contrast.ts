/**
 * WCAG 2.x contrast (1.4.3): relative luminance of sRGB colours and the ratio between two, plus alpha
 * compositing, so a translucent caption plate can be checked over the worst background (C-12).
 * Colours are `#rrggbb` (the story format's only colour form, B-29).
 */
export type Rgb = { r: number; g: number; b: number }

/** Parses `#rrggbb`; throws on anything else (colours here are our own tokens). */
export const parseHexColor = (hex: string): Rgb => {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex)
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`)
  return { r: parseInt(match[1]!, 16), g: parseInt(match[2]!, 16), b: parseInt(match[3]!, 16) }
}

/** `#rrggbb` of a colour (channels rounded and clamped to 0–255). */
export const toHexColor = ({ r, g, b }: Rgb): string =>
  `#${[r, g, b].map((c) => Math.round(Math.min(255, Math.max(0, c))).toString(16).padStart(2, '0')).join('')}`

const channelLuminance = (channel: number): number => {
  const c = channel / 255
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export const relativeLuminance = (hex: string): number => {
  const { r, g, b } = parseHexColor(hex)
  return 0.2126 * channelLuminance(r) + 0.7152 * channelLuminance(g) + 0.0722 * channelLuminance(b)
}

/** WCAG contrast ratio of two colours, 1 to 21 (order does not matter). */
export const contrastRatio = (fg: string, bg: string): number => {
  const a = relativeLuminance(fg)
  const b = relativeLuminance(bg)
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)
}

/** The colour seen when `top` at `alpha` (0–1) is laid over `bottom` (sRGB blending, as browsers do). */
export const compositeOver = (top: string, alpha: number, bottom: string): string => {
  const t = parseHexColor(top)
  const u = parseHexColor(bottom)
  const mix = (a: number, b: number) => a * alpha + b * (1 - alpha)
  return toHexColor({ r: mix(t.r, u.r), g: mix(t.g, u.g), b: mix(t.b, u.b) })
}
