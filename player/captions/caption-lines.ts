import type { CaptionCue } from '@story-schema'

/**
 * Breaks a cue into caption pages of at most two lines (C-11). Words are never cut unless one is
 * longer than a line (then it is split by characters, which also covers scripts without spaces); a
 * line break in the cue text is kept. When a cue needs more than one page, its time is shared
 * between the pages by their length in characters, so nothing is ever dropped (B-24).
 */
export type CaptionLayout = {
  /** Most lines on screen at once: 1 or 2 (C-11); more is clamped to 2. */
  maxLines: number
  /** Longest line, in characters (code points); see `captionMaxCharsPerLine`. */
  maxCharsPerLine: number
}

/** A screenful of one cue. */
export type CaptionPage = {
  startMs: number
  endMs: number
  /** The speaker's name, on the first page only (shown before the first line: "Sam: …"). */
  speaker: string | undefined
  lines: string[]
}

const charCount = (text: string): number => Array.from(text).length

/** Splits a word longer than `width` into pieces of `width` characters. */
const splitLongWord = (word: string, width: number): string[] => {
  const chars = Array.from(word)
  const pieces: string[] = []
  for (let i = 0; i < chars.length; i += width) pieces.push(chars.slice(i, i + width).join(''))
  return pieces
}

/** Greedy wrap of one paragraph; the first line may be shorter (room for the speaker's name). */
const wrap = (words: string[], width: number, firstWidth: number): string[] => {
  const lines: string[] = []
  let line = ''
  const limit = () => (lines.length === 0 ? firstWidth : width)
  for (const word of words.flatMap((w) => (charCount(w) > width ? splitLongWord(w, width) : [w]))) {
    if (!line) line = word
    else if (charCount(line) + 1 + charCount(word) <= limit()) line += ` ${word}`
    else {
      lines.push(line)
      line = word
    }
  }
  if (line) lines.push(line)
  return lines
}

/** For a paragraph that fits on two lines, the break that makes the lines most even. */
const balance = (words: string[], width: number, firstWidth: number): string[] | undefined => {
  let best: string[] | undefined
  for (let i = 1; i < words.length; i++) {
    const first = words.slice(0, i).join(' ')
    const second = words.slice(i).join(' ')
    if (charCount(first) > firstWidth || charCount(second) > width) continue
    const worst = Math.max(charCount(first), charCount(second))
    if (!best || worst < Math.max(charCount(best[0]!), charCount(best[1]!))) best = [first, second]
  }
  return best
}

/** The pages of a cue for a layout. */
export const captionPages = (cue: CaptionCue, layout: CaptionLayout): CaptionPage[] => {
  const maxLines = Math.min(2, Math.max(1, Math.floor(layout.maxLines)))
  const width = Math.max(1, Math.floor(layout.maxCharsPerLine))
  const speakerRoom = cue.speaker ? charCount(cue.speaker) + 2 : 0
  const lines: string[] = []
  for (const paragraph of cue.text.split(/\r?\n/)) {
    const words = paragraph.split(/\s+/).filter(Boolean)
    if (words.length === 0) continue
    const firstWidth = lines.length === 0 ? Math.max(1, width - speakerRoom) : width
    const wrapped = wrap(words, width, firstWidth)
    const even = maxLines === 2 && wrapped.length === 2 ? balance(words, width, firstWidth) : undefined
    lines.push(...(even ?? wrapped))
  }
  if (lines.length === 0) return []
  const groups: string[][] = []
  for (let i = 0; i < lines.length; i += maxLines) groups.push(lines.slice(i, i + maxLines))
  const totalChars = lines.reduce((sum, line) => sum + charCount(line), 0)
  const spanMs = cue.endMs - cue.startMs
  let startMs = cue.startMs
  let charsSoFar = 0
  return groups.map((group, index) => {
    charsSoFar += group.reduce((sum, line) => sum + charCount(line), 0)
    const endMs = index === groups.length - 1 ? cue.endMs : Math.round(cue.startMs + (spanMs * charsSoFar) / totalChars)
    const page = { startMs, endMs, speaker: index === 0 ? cue.speaker : undefined, lines: group }
    startMs = endMs
    return page
  })
}

/** The lines (at most `maxLines`, at most 2) of the cue's page showing at `timeMs` (its first page by default). */
export const captionLines = (cue: CaptionCue, layout: CaptionLayout & { timeMs?: number }): string[] => {
  const pages = captionPages(cue, layout)
  const timeMs = layout.timeMs ?? cue.startMs
  return (pages.find((page) => timeMs < page.endMs) ?? pages.at(-1))?.lines ?? []
}
