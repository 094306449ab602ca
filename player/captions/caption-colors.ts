import { parseHexColor } from './contrast'

/**
 * The caption colour tokens (C-11, C-12): light text on a dark plate. The plate's opacity is the
 * viewer's (`CaptionSettings.plateOpacity`, 0.6–1); `caption-colors.test.ts` checks the text keeps
 * ≥ 4.5:1 against the plate at the lowest opacity over pure white, the worst panorama behind it.
 */
export const captionColors = {
  /** Caption text. */
  textHex: '#ffffff',
  /** The plate behind the text (drawn at the viewer's opacity). */
  plateHex: '#000000',
  /** The speaker's name: a light yellow, also ≥ 4.5:1 on the plate at its lowest opacity. */
  speakerHex: '#ffe680',
} as const

/** The plate as a CSS colour at an opacity (0–1). */
export const plateCss = (opacity: number): string => {
  const { r, g, b } = parseHexColor(captionColors.plateHex)
  return `rgb(${r} ${g} ${b} / ${Math.min(1, Math.max(0, opacity))})`
}
