import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { CaptionCue } from '@story-schema'
import { captionLines, captionPages } from './caption-lines'

const cue = (text: string, extra: Partial<CaptionCue> = {}): CaptionCue => ({ startMs: 1000, endMs: 5000, text, ...extra })

describe('captionLines (C-11)', () => {
  it('keeps a short cue on one line', () => {
    expect(captionLines(cue('The ferry leaves at noon.'), { maxLines: 2, maxCharsPerLine: 37 })).toEqual(['The ferry leaves at noon.'])
  })

  it('breaks between words into at most two even lines', () => {
    const lines = captionLines(cue('The old ferry leaves the harbour every day at noon sharp.'), { maxLines: 2, maxCharsPerLine: 37 })
    expect(lines).toEqual(['The old ferry leaves the', 'harbour every day at noon sharp.'])
  })

  it('splits a long cue into pages that share its time, dropping nothing', () => {
    const text = 'one two three four five six seven eight nine ten eleven twelve'
    const pages = captionPages(cue(text, { speaker: 'Mia' }), { maxLines: 2, maxCharsPerLine: 14 })
    expect(pages.every((page) => page.lines.length <= 2)).toBe(true)
    expect(pages.flatMap((page) => page.lines).join(' ')).toBe(text)
    expect(pages[0]!.startMs).toBe(1000)
    expect(pages.at(-1)!.endMs).toBe(5000)
    expect(pages[0]!.speaker).toBe('Mia')
    expect(pages[1]!.speaker).toBeUndefined()
    expect(pages[0]!.lines[0]!.length).toBeLessThanOrEqual(14 - 'Mia: '.length)
    for (let i = 1; i < pages.length; i++) expect(pages[i]!.startMs).toBe(pages[i - 1]!.endMs)
    expect(captionLines(cue(text), { maxLines: 2, maxCharsPerLine: 14, timeMs: 4999 })).toEqual(pages.at(-1)!.lines)
  })

  it('keeps line breaks, splits words longer than a line, and handles scripts without spaces', () => {
    expect(captionLines(cue('Hello.\nWho is there?'), { maxLines: 2, maxCharsPerLine: 37 })).toEqual(['Hello.', 'Who is there?'])
    expect(captionLines(cue('Donaudampfschifffahrtsgesellschaft'), { maxLines: 2, maxCharsPerLine: 10 })).toEqual([
      'Donaudampf',
      'schifffahr',
    ])
    expect(captionLines(cue('今日は港から船が出ます'), { maxLines: 2, maxCharsPerLine: 6 })).toEqual(['今日は港から', '船が出ます'])
    expect(captionLines(cue('😀😀😀'), { maxLines: 1, maxCharsPerLine: 2 })).toEqual(['😀😀'])
    expect(captionLines(cue('   '), { maxLines: 2, maxCharsPerLine: 10 })).toEqual([])
  })

  it('never shows more than two lines or overlong lines, and never loses a word (property)', () => {
    const word = fc.string({ minLength: 1, maxLength: 20 }).filter((w) => !/\s/.test(w))
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 5, max: 60 }), (words, maxLines, width) => {
        const pages = captionPages(cue(words.join(' ')), { maxLines, maxCharsPerLine: width })
        for (const page of pages) {
          expect(page.lines.length).toBeLessThanOrEqual(Math.min(2, maxLines))
          for (const line of page.lines) expect(Array.from(line).length).toBeLessThanOrEqual(width)
        }
        expect(pages.flatMap((page) => page.lines).join('').replace(/\s/g, '')).toBe(words.join(''))
      }),
    )
  })
})
