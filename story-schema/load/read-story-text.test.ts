import { describe, expect, it } from 'vitest'
import { isArrayBuffer, readStoryText, utf8ByteLength } from './read-story-text'

const encode = (text: string) => new TextEncoder().encode(text)

describe('readStoryText', () => {
  it('decodes UTF-8 bytes, from a Uint8Array or an ArrayBuffer', () => {
    expect(readStoryText(encode('{"a":"Båt ⛵"}'), 100)).toEqual({ ok: true, text: '{"a":"Båt ⛵"}' })
    expect(readStoryText(encode('{}').buffer as ArrayBuffer, 100)).toEqual({ ok: true, text: '{}' })
  })

  it('tolerates a byte-order mark in bytes and in text (B-16)', () => {
    expect(readStoryText(new Uint8Array([0xef, 0xbb, 0xbf, ...encode('{}')]), 100)).toEqual({ ok: true, text: '{}' })
    expect(readStoryText('\uFEFF{}', 100)).toEqual({ ok: true, text: '{}' })
  })

  it('refuses bytes that are not UTF-8 (B-16)', () => {
    expect(readStoryText(new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x7d]), 100)).toMatchObject({ ok: false, reason: 'notText' })
    expect(readStoryText(new Uint8Array([0xff, 0xfe, 0x00]), 100)).toMatchObject({ ok: false, reason: 'notText' })
  })

  it('refuses too many bytes before decoding, and too long text (B-17)', () => {
    expect(readStoryText(new Uint8Array(11), 10)).toEqual({ ok: false, reason: 'tooLarge', bytes: 11, maxBytes: 10 })
    expect(readStoryText('x'.repeat(11), 10)).toMatchObject({ ok: false, reason: 'tooLarge' })
    expect(readStoryText('ø'.repeat(6), 10)).toMatchObject({ ok: false, reason: 'tooLarge', bytes: 12 })
    expect(readStoryText('ø'.repeat(5), 10)).toMatchObject({ ok: true })
  })
})

describe('utf8ByteLength', () => {
  it('matches TextEncoder, surrogate pairs and lone surrogates included', () => {
    for (const text of ['', 'abc', 'Båt', '⛵', '😀x', '\uD800', 'a\uDC00b', 'ഹലോ']) {
      expect(utf8ByteLength(text)).toBe(encode(text).length)
    }
  })
})

describe('isArrayBuffer', () => {
  it('knows an ArrayBuffer from a view', () => {
    expect(isArrayBuffer(new ArrayBuffer(2))).toBe(true)
    expect(isArrayBuffer(new Uint8Array(2))).toBe(false)
  })
})
