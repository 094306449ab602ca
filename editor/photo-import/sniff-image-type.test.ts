import { describe, expect, it } from 'vitest'
import { sniffImageType } from './sniff-image-type'
import {
  gifBytes,
  heicBytes,
  htmlRenamedJpg,
  jpegBytes,
  pngBytes,
  svgWithScript,
  textBytes,
  webpLossyBytes,
} from './testing/image-fixtures'

describe('sniffImageType (B-30, B-31)', () => {
  it('knows JPEG, PNG and WebP by their magic bytes', () => {
    expect(sniffImageType(jpegBytes({ widthPx: 8, heightPx: 4 }))).toEqual({ ok: true, mime: 'image/jpeg' })
    expect(sniffImageType(pngBytes({ widthPx: 8, heightPx: 4 }))).toEqual({ ok: true, mime: 'image/png' })
    expect(sniffImageType(webpLossyBytes(8, 4))).toEqual({ ok: true, mime: 'image/webp' })
  })

  it.each([
    ['an HTML file renamed .jpg', htmlRenamedJpg, 'not-an-image', 'HTML'],
    ['an SVG with a script', svgWithScript, 'svg-not-supported', 'SVG'],
    ['an SVG after a UTF-8 BOM and whitespace', textBytes('\ufeff\n  <svg viewBox="0 0 1 1"></svg>'), 'svg-not-supported', 'SVG'],
    ['a GIF', gifBytes, 'gif-not-supported', 'GIF'],
    ['a HEIC photo', heicBytes, 'heic-not-supported', 'HEIC'],
    ['a PDF', textBytes('%PDF-1.7\n'), 'not-an-image', 'PDF'],
    ['a zip', Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0]), 'not-an-image', 'ZIP'],
    ['plain text', textBytes('hello'), 'not-an-image', 'unknown'],
    ['an empty file', new Uint8Array(0), 'not-an-image', 'unknown'],
    ['two bytes of a JPEG', Uint8Array.from([0xff, 0xd8]), 'not-an-image', 'unknown'],
    ['RIFF that is not WebP (a WAV)', textBytes('RIFF\0\0\0\0WAVEfmt '), 'not-an-image', 'unknown'],
  ])('refuses %s', (_name, bytes, code, looksLike) => {
    expect(sniffImageType(bytes)).toEqual({ ok: false, code, looksLike })
  })

  it('reads a JPEG/HTML polyglot as a JPEG (re-encoding keeps only its pixels)', () => {
    const polyglot = Uint8Array.from([...jpegBytes({ widthPx: 8, heightPx: 4 }), ...htmlRenamedJpg])
    expect(sniffImageType(polyglot)).toEqual({ ok: true, mime: 'image/jpeg' })
  })
})
