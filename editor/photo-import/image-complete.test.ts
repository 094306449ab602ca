import { describe, expect, it } from 'vitest'
import { isImageComplete } from './image-complete'
import { jpegBytes } from './testing/image-fixtures'

describe('isImageComplete (B-32), JPEG', () => {
  const whole = jpegBytes({ widthPx: 100, heightPx: 50 })
  const frameOffset = 20

  it('finds the end marker at the end, or before bytes some cameras add after it', () => {
    expect(isImageComplete(whole, 'image/jpeg', frameOffset)).toBe(true)
    expect(isImageComplete(Uint8Array.from([...whole, 0, 0, 0x12]), 'image/jpeg', frameOffset)).toBe(true)
  })

  it('refuses a file cut before its end marker, even with an end marker before the frame header', () => {
    const cut = whole.slice(0, whole.length - 2)
    expect(isImageComplete(cut, 'image/jpeg', frameOffset)).toBe(false)
    const thumbnailOnly = Uint8Array.from([0xff, 0xd8, 0xff, 0xd9, ...cut.slice(4)])
    expect(isImageComplete(thumbnailOnly, 'image/jpeg', 4)).toBe(false)
    expect(isImageComplete(thumbnailOnly, 'image/jpeg', 2)).toBe(true)
  })
})
