import { z } from 'zod'
import { browserStorage, loadSetting, saveSetting, type SettingsStorage } from '../audio/stored-setting'

/**
 * How captions look (C-11, C-12): size in three steps, the plate's opacity and where captions sit.
 * Remembered in localStorage under `captionSettingsKey`; a missing or invalid value gives the defaults.
 * Captions on/off is a player setting (`PlayerSettings.captions`), not part of this model.
 *
 * Positions: `head-locked-below-centre` (the default, C-11: follows the head, slightly below the centre
 * of view; in the flat player the lower-middle of the view), `bottom` (the lower edge of the screen or
 * view), `top` (the upper part, C-12 "lower/upper"), `near-speaker` (in the world at the sound's
 * direction while it is in view, else head-locked with an arrow towards it; the DOM caption region
 * shows it like head-locked).
 */
export const captionSizes = ['small', 'medium', 'large'] as const
export type CaptionSize = (typeof captionSizes)[number]

export const captionPositions = ['head-locked-below-centre', 'bottom', 'top', 'near-speaker'] as const
export type CaptionPosition = (typeof captionPositions)[number]

/** Lowest plate opacity a viewer can choose; the colours keep 4.5:1 even there (C-12). */
export const minPlateOpacity = 0.6

export const captionSettingsSchema = z.strictObject({
  size: z.enum(captionSizes),
  /** Opacity of the dark plate behind the text, 0.6–1. */
  plateOpacity: z.number().finite().gte(minPlateOpacity).lte(1),
  position: z.enum(captionPositions),
})
export type CaptionSettings = z.infer<typeof captionSettingsSchema>

/** The defaults: medium text on a 90 % plate, head-locked below the centre (C-11 asks ≥ 80 %). */
export const defaultCaptionSettings: CaptionSettings = {
  size: 'medium',
  plateOpacity: 0.9,
  position: 'head-locked-below-centre',
}

/** The localStorage key (versioned: a new shape gets a new key). */
export const captionSettingsKey = 'storysphere.caption-settings.v1'

/** Font size factor per step (× the player's base caption size). */
export const captionFontScale: Record<CaptionSize, number> = { small: 1, medium: 1.25, large: 1.6 }

/** Characters per line per step, so two lines fit the caption width (BBC: about 37 at the middle size). */
export const captionMaxCharsPerLine: Record<CaptionSize, number> = { small: 42, medium: 37, large: 30 }

/** The remembered caption settings, or the defaults. */
export const loadCaptionSettings = (storage: SettingsStorage | undefined = browserStorage()): CaptionSettings =>
  loadSetting(storage, captionSettingsKey, captionSettingsSchema, { ...defaultCaptionSettings })

/** Remembers the caption settings; false when they are invalid or could not be stored. */
export const saveCaptionSettings = (settings: CaptionSettings, storage: SettingsStorage | undefined = browserStorage()): boolean =>
  saveSetting(storage, captionSettingsKey, captionSettingsSchema, settings)
