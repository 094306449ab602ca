import type { CaptionCue } from '@story-schema'

/** Seconds as the time fields show them: "2.5", "12.345". */
export const secondsText = (timeMs: number): string => (timeMs / 1000).toFixed(3).replace(/\.?0+$/, '') || '0'

/** Reads "2.5", "2,5" or "1:02.5" (minutes) as ms; undefined when it is not a time ≥ 0. */
export const parseSecondsText = (text: string): number | undefined => {
  const match = /^\s*(?:(\d{1,3}):)?(\d+(?:[.,]\d{0,3})?)\s*$/.exec(text)
  if (!match) return undefined
  const minutes = Number(match[1] ?? 0)
  const seconds = Number((match[2] ?? '').replace(',', '.'))
  if (!Number.isFinite(seconds)) return undefined
  return Math.round((minutes * 60 + seconds) * 1000)
}

const defaultCueMs = 2000

/**
 * A new cue after the last one: it starts where the last ends (or at 0) and lasts 2 s, kept inside
 * the sound when its length is known and there is room.
 */
export const newCueAfter = (cues: readonly CaptionCue[], text: string, durationMs?: number): CaptionCue => {
  const startMs = cues.at(-1)?.endMs ?? 0
  const wanted = startMs + defaultCueMs
  const endMs = durationMs !== undefined && durationMs > startMs ? Math.min(wanted, durationMs) : wanted
  return { startMs, endMs, text }
}

/**
 * Splits a cue in the middle of its time: the first half keeps the first half of the words, the
 * second the rest (both keep all words when there is only one). Undefined when it is too short (< 2 ms).
 */
export const splitCue = (cue: CaptionCue): [CaptionCue, CaptionCue] | undefined => {
  const middleMs = Math.round((cue.startMs + cue.endMs) / 2)
  if (middleMs <= cue.startMs || middleMs >= cue.endMs) return undefined
  const words = cue.text.split(/\s+/).filter(Boolean)
  const half = Math.ceil(words.length / 2)
  const first = words.length > 1 ? words.slice(0, half).join(' ') : cue.text
  const second = words.length > 1 ? words.slice(half).join(' ') : cue.text
  const speaker = cue.speaker ? { speaker: cue.speaker } : {}
  return [
    { startMs: cue.startMs, endMs: middleMs, ...speaker, text: first },
    { startMs: middleMs, endMs: cue.endMs, ...speaker, text: second },
  ]
}

/** `cues` with the cue at `index` replaced by `replacement` (any number of cues). */
export const replaceCue = (cues: readonly CaptionCue[], index: number, ...replacement: CaptionCue[]): CaptionCue[] => [
  ...cues.slice(0, index),
  ...replacement,
  ...cues.slice(index + 1),
]

/** A file name for a narration's captions: "harbour-at-dawn-ml.vtt". */
export const vttFileName = (title: string, language: string): string => {
  const base = title.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'captions'
  return `${base}-${language}.vtt`
}
