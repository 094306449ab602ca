import type { Story } from '@story-schema'
import { clamp } from '@story-schema'

/**
 * The viewer's settings (C-32): chosen before the story starts, remembered in this browser, with the
 * story's playerDefaults as the starting point. The viewer always wins over the author.
 */
export type TextSize = 'normal' | 'large' | 'larger'
export type SnapTurnDeg = 15 | 30 | 45 | 90

export type PlayerSettings = {
  /** A language from story.languages. */
  language: string
  captions: boolean
  /** Gaze dwell in ms (400–3000), or null for off (C-5). */
  dwellMs: number | null
  /** Headset snap turn step, or null for off (C-21). */
  snapTurnDeg: SnapTurnDeg | null
  /** No fades or animated view changes (C-19). */
  reducedMotion: boolean
  /** High-contrast hotspots and UI (C-24). */
  highContrast: boolean
  textSize: TextSize
}

export const dwellMinMs = 400
export const dwellMaxMs = 3000
export const dwellChoicesMs = [400, 600, 800, 1200, 2000, 3000] as const
export const snapTurnChoicesDeg: SnapTurnDeg[] = [15, 30, 45, 90]
export const textSizes: TextSize[] = ['normal', 'large', 'larger']
export const textScaleBySize: Record<TextSize, number> = { normal: 1, large: 1.25, larger: 1.5 }

const storageKey = 'storysphere.player.settings.v1'

const prefersReducedMotion = (): boolean =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches

const prefersMoreContrast = (): boolean =>
  typeof matchMedia === 'function' && matchMedia('(prefers-contrast: more), (forced-colors: active)').matches

/** Settings from the story's defaults and the system preferences. */
export const defaultSettings = (story: Story): PlayerSettings => ({
  language: story.language,
  captions: story.playerDefaults.captions,
  dwellMs: story.playerDefaults.dwellMs,
  snapTurnDeg: story.playerDefaults.snapTurnDeg,
  reducedMotion: prefersReducedMotion(),
  highContrast: prefersMoreContrast(),
  textSize: 'normal',
})

/** Keeps only valid values from anything (a stored object, an old version), falling back field by field. */
export const cleanSettings = (value: unknown, base: PlayerSettings, story: Story): PlayerSettings => {
  if (!value || typeof value !== 'object') return base
  const v = value as Record<string, unknown>
  const dwell = v.dwellMs === null ? null : typeof v.dwellMs === 'number' ? clamp(Math.round(v.dwellMs), dwellMinMs, dwellMaxMs) : base.dwellMs
  return {
    language: typeof v.language === 'string' && story.languages.includes(v.language) ? v.language : base.language,
    captions: typeof v.captions === 'boolean' ? v.captions : base.captions,
    dwellMs: dwell,
    snapTurnDeg: v.snapTurnDeg === null ? null : snapTurnChoicesDeg.find((d) => d === v.snapTurnDeg) ?? base.snapTurnDeg,
    reducedMotion: typeof v.reducedMotion === 'boolean' ? v.reducedMotion : base.reducedMotion,
    highContrast: typeof v.highContrast === 'boolean' ? v.highContrast : base.highContrast,
    textSize: textSizes.find((s) => s === v.textSize) ?? base.textSize,
  }
}

const safeStorage = (): Storage | null => {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null
  }
}

/** The remembered settings for this story (the language only if the story offers it). */
export const loadSettings = (story: Story): PlayerSettings => {
  const base = defaultSettings(story)
  try {
    const text = safeStorage()?.getItem(storageKey)
    return text ? cleanSettings(JSON.parse(text), base, story) : base
  } catch {
    return base
  }
}

/** Remembers the settings for the next story in this browser (storage may be full or off: ignored). */
export const saveSettings = (settings: PlayerSettings): void => {
  try {
    safeStorage()?.setItem(storageKey, JSON.stringify(settings))
  } catch {
    // private mode or full storage: settings still apply for this visit
  }
}
