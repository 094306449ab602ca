import { describe, expect, it } from 'vitest'
import { pickPanoramaFiles } from './pick-derivative'

const asset = {
  path: 'images/a.jpg',
  widthPx: 8192,
  heightPx: 4096,
  derivatives: [
    { role: 'downscaled', path: 'images/a-4096.jpg', widthPx: 4096, heightPx: 2048 },
    { role: 'downscaled', path: 'images/a-2048.jpg', widthPx: 2048, heightPx: 1024 },
    { role: 'preview', path: 'images/a-preview.jpg', widthPx: 256, heightPx: 128 },
  ],
} as never

describe('pickPanoramaFiles (B-34)', () => {
  it('takes the largest size that fits the limit, with the preview first', () => {
    expect(pickPanoramaFiles(asset, 16384)).toMatchObject({ full: { path: 'images/a.jpg' }, preview: { path: 'images/a-preview.jpg' }, resizeTo: null })
    expect(pickPanoramaFiles(asset, 4096).full.path).toBe('images/a-4096.jpg')
    expect(pickPanoramaFiles(asset, 3000).full.path).toBe('images/a-2048.jpg')
  })

  it('scales the smallest file down while decoding when nothing fits', () => {
    expect(pickPanoramaFiles(asset, 1024)).toMatchObject({ full: { path: 'images/a-2048.jpg' }, resizeTo: { widthPx: 1024, heightPx: 512 } })
  })
})
