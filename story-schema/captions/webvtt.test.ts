import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { CaptionCue } from '../records/narration'
import { captionCueSchema } from '../records/narration'
import { parseWebVtt, serializeWebVtt, webVttLimits } from './webvtt'

/** WebVTT import/export for narration captions (C-10, C-11; text is text, B-25). */
const ok = (source: string) => {
  const result = parseWebVtt(source)
  if (!result.ok) throw new Error(`line ${result.line}: ${result.message}`)
  return result
}
const problem = (source: string) => {
  const result = parseWebVtt(source)
  if (result.ok) throw new Error('expected a problem')
  return result
}

describe('parseWebVtt', () => {
  it('reads cues with both timestamp forms, ids, settings, notes and styles', () => {
    const source = [
      '\uFEFFWEBVTT - harbour',
      'Kind: captions',
      '',
      'STYLE',
      '::cue { color: red }',
      '',
      'NOTE made by hand',
      '',
      'intro',
      '00:00.600 --> 00:01.900 line:90% align:center',
      '<v Ada>Listen.</v>',
      '',
      '00:10:02.200 --> 00:10:03.800',
      'Two',
      'lines',
      '',
    ].join('\r\n')
    expect(ok(source).cues).toEqual([
      { startMs: 600, endMs: 1900, speaker: 'Ada', text: 'Listen.' },
      { startMs: 602_200, endMs: 603_800, text: 'Two\nlines' },
    ])
  })

  it('keeps the time order strict and reports the line of the first problem', () => {
    expect(problem('WEBVTT\n\n00:02.000 --> 00:03.000\na\n\n00:01.000 --> 00:04.000\nb\n')).toEqual({
      ok: false,
      line: 6,
      message: 'This caption starts before the one above it. Captions must be in time order.',
    })
  })

  it('turns voice spans into the speaker and drops every other tag, keeping the words', () => {
    const { cues } = ok('WEBVTT\n\n00:00.000 --> 00:01.000\n<v.loud Ada Lovelace><b>Hi</b> <i>there</i> <c.x>&amp; <00:00.500>bye</c> &lt;script&gt;\n')
    expect(cues).toEqual([{ startMs: 0, endMs: 1000, speaker: 'Ada Lovelace', text: 'Hi there & bye <script>' }])
  })

  it('keeps Malayalam and Arabic text, joiners and direction marks, and removes hidden control characters', () => {
    const { cues } = ok('WEBVTT\n\n00:00.000 --> 00:01.000\n<v ഗീത>തുറമുഖം\u200D &rlm;مرحبا\u202E\n')
    expect(cues[0]).toEqual({ startMs: 0, endMs: 1000, speaker: 'ഗീത', text: 'തുറമുഖം\u200D \u200Fمرحبا' })
  })

  it('skips cues with no words and says how many', () => {
    const result = ok('WEBVTT\n\n00:00.000 --> 00:01.000\n<b></b>\n\n00:01.000 --> 00:02.000\nyes\n')
    expect(result.cues.map((cue) => cue.text)).toEqual(['yes'])
    expect(result.skippedEmpty).toBe(1)
  })

  it.each([
    ['', 1, 'This is not a WebVTT caption file: it must start with "WEBVTT".'],
    ['WEBVTTX\n', 1, 'This is not a WebVTT caption file: it must start with "WEBVTT".'],
    ['1\n00:00.000 --> 00:01.000\nhi', 1, 'This is not a WebVTT caption file: it must start with "WEBVTT".'],
    ['WEBVTT\n00:00.000 --> 00:01.000\nhi', 2, 'A blank line is missing after "WEBVTT".'],
    ['WEBVTT\n\nhello\nthere\n', 3, 'This part has no timing line like "00:01.000 --> 00:04.000".'],
    ['WEBVTT\n\n00:00.000 -> 00:01.000\nhi', 3, 'This part has no timing line like "00:01.000 --> 00:04.000".'],
    ['WEBVTT\n\n00:00.000-->00:01.000\nhi', 3, 'The timing line must look like "00:01.000 --> 00:04.000".'],
    ['WEBVTT\n\n0:00.000 --> 00:01.000\nhi', 3, '"0:00.000" is not a time like 00:01.000 or 00:00:01.000.'],
    ['WEBVTT\n\n00:00.000 --> 00:61.000\nhi', 3, '"00:61.000" is not a time like 00:01.000 or 00:00:01.000.'],
    ['WEBVTT\n\n00:00.000 --> 00:01.00\nhi', 3, '"00:01.00" is not a time like 00:01.000 or 00:00:01.000.'],
    ['WEBVTT\n\n00:02.000 --> 00:01.000\nhi', 3, 'This caption must end after it starts.'],
    ['WEBVTT\n\n00:00.000 --> 00:16:00.000\nhi', 3, 'This caption ends after 15 minutes, longer than any narration.'],
    ['WEBVTT\n\nid\n00:00.000 --> 00:01.000\nhi\n00:01.000 --> 00:02.000\nho', 6, 'A blank line is missing before this timing line.'],
  ])('refuses %j at line %i', (source, line, message) => {
    expect(problem(source)).toEqual({ ok: false, line, message })
  })

  it('refuses too long captions, speakers and files', () => {
    expect(problem(`WEBVTT\n\n00:00.000 --> 00:01.000\n${'a'.repeat(501)}`).message).toMatch(/too long \(at most 500/)
    expect(problem(`WEBVTT\n\n00:00.000 --> 00:01.000\n<v ${'a'.repeat(121)}>hi`).message).toMatch(/speaker's name is too long/)
    expect(problem(`WEBVTT\n\n${'x'.repeat(webVttLimits.maxChars)}`).message).toMatch(/too large/)
    const many = Array.from({ length: webVttLimits.maxCues + 1 }, (_, i) => `${i}\n00:00.000 --> 00:01.000\nhi`).join('\n\n')
    expect(problem(`WEBVTT\n\n${many}`).message).toBe(`This file has more than ${webVttLimits.maxCues} captions.`)
  })
})

describe('serializeWebVtt', () => {
  it('writes numbered cues with hh:mm:ss.ttt times, the speaker as a voice and escaped text', () => {
    const cues: CaptionCue[] = [
      { startMs: 600, endMs: 1900, speaker: 'Ada <3', text: 'Fish & chips --> <b>now</b>' },
      { startMs: 3_723_004, endMs: 3_723_005, text: 'a\n\nb' },
    ]
    expect(serializeWebVtt(cues)).toBe(
      'WEBVTT\n\n1\n00:00:00.600 --> 00:00:01.900\n<v Ada &lt;3>Fish &amp; chips --&gt; &lt;b&gt;now&lt;/b&gt;\n\n2\n01:02:03.004 --> 01:02:03.005\na\nb\n',
    )
  })

  it('writes an empty file as just the header', () => {
    expect(serializeWebVtt([])).toBe('WEBVTT\n')
    expect(ok(serializeWebVtt([])).cues).toEqual([])
  })
})

/** Cue text as the editor keeps it: trimmed, lines without blank ones between them. */
const lineArb = fc
  .string({ unit: fc.constantFrom('a', 'Z', ' ', '<', '>', '&', '-', ';', '#', 'ø', 'ന', 'ع', '\u200D', 'v', '.', ':'), minLength: 1, maxLength: 30 })
  .map((line) => line.trim())
  .filter((line) => line.length > 0)
const cueArb = fc.record({
  gapMs: fc.integer({ min: 0, max: 5000 }),
  lengthMs: fc.integer({ min: 1, max: 8000 }),
  speaker: fc.option(lineArb.map((s) => s.replace(/\s+/g, ' ')), { nil: undefined }),
  lines: fc.array(lineArb, { minLength: 1, maxLength: 3 }),
})

describe('round trip', () => {
  it('parse(serialize(cues)) gives the same cues', () => {
    fc.assert(
      fc.property(fc.array(cueArb, { maxLength: 12 }), (drafts) => {
        let timeMs = 0
        const cues: CaptionCue[] = drafts.map(({ gapMs, lengthMs, speaker, lines }) => {
          const startMs = timeMs + gapMs
          timeMs = startMs + lengthMs
          const text = lines.join('\n')
          return captionCueSchema.parse(speaker ? { startMs, endMs: timeMs, speaker, text } : { startMs, endMs: timeMs, text })
        })
        expect(ok(serializeWebVtt(cues)).cues).toEqual(cues)
      }),
      { numRuns: 300 },
    )
  })

  it('never throws on any text, and every cue it gives is a valid caption cue', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ unit: fc.constantFrom('WEBVTT', '\n', '00:01.000', ' --> ', '<v A>', 'x', '&amp;', '</'), maxLength: 40 }), (noise, shaped) => {
        for (const source of [noise, `WEBVTT\n\n${shaped}`]) {
          const result = parseWebVtt(source)
          if (result.ok) for (const cue of result.cues) expect(captionCueSchema.safeParse(cue).success).toBe(true)
          else expect(result.line).toBeGreaterThanOrEqual(1)
        }
      }),
    )
  })
})
