import { z } from 'zod'
import { browserStorage, loadSetting, saveSetting, type SettingsStorage } from './stored-setting'

/**
 * The viewer's sound settings (C-14): a volume per channel, mute, mono. Remembered in localStorage
 * under `audioSettingsKey`; a missing, unreadable or invalid value gives the defaults.
 */
export const audioSettingsSchema = z.strictObject({
  /** Channel volumes, 0–1 (linear gain factors on top of the author's gains). */
  volumes: z.strictObject({
    narration: z.number().finite().gte(0).lte(1),
    ambience: z.number().finite().gte(0).lte(1),
    effects: z.number().finite().gte(0).lte(1),
  }),
  /** Everything silent (time still runs: narration and captions go on). */
  isMuted: z.boolean(),
  /** Both ears get the same mix (C-14). */
  isMono: z.boolean(),
})
export type AudioSettings = z.infer<typeof audioSettingsSchema>

/** The settings a viewer starts with. */
export const defaultAudioSettings: AudioSettings = {
  volumes: { narration: 1, ambience: 1, effects: 1 },
  isMuted: false,
  isMono: false,
}

/** The localStorage key (versioned: a new shape gets a new key). */
export const audioSettingsKey = 'storysphere.audio-settings.v1'

/** The remembered audio settings, or the defaults. */
export const loadAudioSettings = (storage: SettingsStorage | undefined = browserStorage()): AudioSettings =>
  loadSetting(storage, audioSettingsKey, audioSettingsSchema, structuredClone(defaultAudioSettings))

/** Remembers the audio settings; false when they could not be stored. */
export const saveAudioSettings = (settings: AudioSettings, storage: SettingsStorage | undefined = browserStorage()): boolean =>
  saveSetting(storage, audioSettingsKey, audioSettingsSchema, settings)
