import type { CaptionCue } from '../records/narration'
import { captionCueSchema } from '../records/narration'
import { limits } from '../limits'
import { stripUnsafeChars } from '../text'
import { formatVttTimestamp, parseVttTimestamp } from './vtt-timestamp'
import { encodeVttText, readCuePayload } from './vtt-text'

/**
 * WebVTT import and export for narration captions (C-10, C-11). Strict and safe: a file is read as
 * text only (B-25), must start with "WEBVTT", and every cue must have a correct timing line; the first
 * problem stops the import with a plain message and its line number. Cue settings, STYLE, REGION and
 * NOTE blocks are skipped. Empty cues are skipped and counted.
 */
export const webVttLimits = {
  /** Characters in a file (about 1 MB of text). */
  maxChars: 1_000_000,
  maxCues: limits.maxCuesPerNarration,
}

export type WebVttProblem = { ok: false; line: number; message: string }
export type WebVttResult = { ok: true; cues: CaptionCue[]; skippedEmpty: number } | WebVttProblem

const fail = (line: number, message: string): WebVttProblem => ({ ok: false, line, message })
const isHeaderLine = (line: string) => /^WEBVTT(?:[ \t].*)?$/.test(line)
const isSkippedBlock = (line: string) => /^(?:NOTE|STYLE|REGION)(?:[ \t].*)?$/.test(line)

type Block = { startLine: number; lines: string[] }

/** Splits the lines after the header into blocks separated by blank lines. */
const blocksOf = (lines: readonly string[], from: number): Block[] => {
  const blocks: Block[] = []
  let current: Block | undefined
  lines.forEach((line, index) => {
    if (index < from) return
    if (line.trim() === '') {
      current = undefined
      return
    }
    if (!current) {
      current = { startLine: index + 1, lines: [] }
      blocks.push(current)
    }
    current.lines.push(line)
  })
  return blocks
}

const timingPattern = /^(\S+)[ \t]+-->[ \t]+(\S+)(?:[ \t].*)?$/

/** Reads one cue block into a cue, `'empty'` for a cue with no words, or a problem. */
const readCue = (block: Block, previousStartMs: number): CaptionCue | 'empty' | WebVttProblem => {
  const timingIndex = block.lines[0]?.includes('-->') ? 0 : 1
  const timingLine = block.lines[timingIndex]
  const lineNo = block.startLine + timingIndex
  if (timingLine === undefined || !timingLine.includes('-->')) {
    return fail(block.startLine, 'This part has no timing line like "00:01.000 --> 00:04.000".')
  }
  const timing = timingPattern.exec(timingLine.trim())
  if (!timing) return fail(lineNo, 'The timing line must look like "00:01.000 --> 00:04.000".')
  const startMs = parseVttTimestamp(timing[1] ?? '')
  const endMs = parseVttTimestamp(timing[2] ?? '')
  if (startMs === undefined) return fail(lineNo, `"${timing[1]}" is not a time like 00:01.000 or 00:00:01.000.`)
  if (endMs === undefined) return fail(lineNo, `"${timing[2]}" is not a time like 00:01.000 or 00:00:01.000.`)
  if (endMs <= startMs) return fail(lineNo, 'This caption must end after it starts.')
  if (endMs > limits.audioMaxDurationMs) return fail(lineNo, 'This caption ends after 15 minutes, longer than any narration.')
  if (startMs < previousStartMs) return fail(lineNo, 'This caption starts before the one above it. Captions must be in time order.')
  const payloadLines = block.lines.slice(timingIndex + 1)
  const extraTiming = payloadLines.findIndex((line) => line.includes('-->'))
  if (extraTiming >= 0) return fail(lineNo + 1 + extraTiming, 'A blank line is missing before this timing line.')
  const payload = readCuePayload(payloadLines.join('\n'))
  const text = stripUnsafeChars(payload.text).trim()
  const speaker = payload.speaker === undefined ? undefined : stripUnsafeChars(payload.speaker).replace(/\s+/g, ' ').trim()
  if (text === '') return 'empty'
  if (text.length > limits.captionMaxChars) {
    return fail(lineNo + 1, `This caption is too long (at most ${limits.captionMaxChars} characters).`)
  }
  if (speaker !== undefined && speaker.length > limits.nameMaxChars) {
    return fail(lineNo + 1, `The speaker's name is too long (at most ${limits.nameMaxChars} characters).`)
  }
  const cue = captionCueSchema.safeParse(speaker ? { startMs, endMs, speaker, text } : { startMs, endMs, text })
  return cue.success ? cue.data : fail(lineNo, 'This caption could not be read.')
}

/** Reads a WebVTT file's text into caption cues, or the first problem with its line number. */
export const parseWebVtt = (source: string): WebVttResult => {
  if (source.length > webVttLimits.maxChars) {
    return fail(1, `This file is too large for captions (at most ${webVttLimits.maxChars.toLocaleString('en')} characters).`)
  }
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)
  if (!isHeaderLine(lines[0] ?? '')) return fail(1, 'This is not a WebVTT caption file: it must start with "WEBVTT".')
  const blank = lines.findIndex((line) => line.trim() === '')
  const headerEnd = blank < 0 ? lines.length : blank
  const timingInHeader = lines.slice(1, headerEnd).findIndex((line) => line.includes('-->'))
  if (timingInHeader >= 0) return fail(timingInHeader + 2, 'A blank line is missing after "WEBVTT".')
  const cues: CaptionCue[] = []
  let skippedEmpty = 0
  for (const block of blocksOf(lines, headerEnd)) {
    if (isSkippedBlock(block.lines[0] ?? '') && !block.lines[0]?.includes('-->')) continue
    const cue = readCue(block, cues.at(-1)?.startMs ?? 0)
    if (cue === 'empty') skippedEmpty += 1
    else if ('ok' in cue) return cue
    else cues.push(cue)
    if (cues.length > webVttLimits.maxCues) return fail(block.startLine, `This file has more than ${webVttLimits.maxCues} captions.`)
  }
  return { ok: true, cues, skippedEmpty }
}

/** Writes caption cues as a WebVTT file: numbered cues, `<v Speaker>` for the speaker, text escaped. */
export const serializeWebVtt = (cues: readonly CaptionCue[]): string => {
  const blocks = cues.map((cue, index) => {
    const lines = cue.text
      .split(/\r\n|\r|\n/)
      .map((line) => line.trimEnd())
      .filter((line) => line.trim() !== '')
      .map(encodeVttText)
    // A name ending in "-" would make "-->" with the tag's end; the last "-" is written as a reference.
    const voice = cue.speaker ? `<v ${encodeVttText(cue.speaker).replace(/-$/, '&#45;')}>` : ''
    return `${index + 1}\n${formatVttTimestamp(cue.startMs)} --> ${formatVttTimestamp(cue.endMs)}\n${voice}${lines.join('\n')}`
  })
  return ['WEBVTT', ...blocks].join('\n\n') + '\n'
}
