import { configureTextBuilder } from 'troika-three-text'
import dejavuSansUrl from '../assets/dejavu-sans.ttf?url'
import lohitMalayalamUrl from '../assets/lohit-malayalam.ttf?url'
import { usePlayerState } from '../ui/player-context'

/**
 * The fonts for 3D text (troika SDF), shipped with the player so no font comes from a CDN (there may
 * be no network in a workshop). DejaVu Sans covers Latin, Greek, Cyrillic, Arabic and more and is
 * troika's fallback for every character; a language whose script it lacks gets its own font first
 * (Malayalam: Lohit Malayalam). Set before the first text is built (this module loads with the view).
 */
configureTextBuilder({ defaultFontURL: dejavuSansUrl })

const fontByLanguage: Record<string, string> = { ml: lohitMalayalamUrl }

export const labelFontFor = (language: string): string => fontByLanguage[language.split('-')[0] ?? language] ?? dejavuSansUrl

/** The 3D text font for the viewer's language. */
export const useLabelFont = (): string => labelFontFor(usePlayerState((s) => s.settings.language))
