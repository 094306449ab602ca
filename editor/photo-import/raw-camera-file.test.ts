import { describe, expect, test } from 'vitest'
import { PhotoImportError } from './photo-import-error'
import { rawCameraFile } from './raw-camera-file'

describe('rawCameraFile (B-31: a 360° camera file that must be exported first)', () => {
  test.each([
    ['IMG_20240101_101010_00_001.insp', 'raw-360-photo'],
    ['trip.INSP', 'raw-360-photo'],
    ['VID_20240101_00_002.insv', 'raw-360-video'],
    ['yard.jpg', null],
    ['insp', null],
    ['photo.insp.jpg', null],
  ])('%s → %s', (name, code) => {
    expect(rawCameraFile(name)).toBe(code)
  })
  test('the messages name the file and say what to export instead', () => {
    expect(new PhotoImportError('raw-360-photo', 'a.insp').message).toMatch(/“a\.insp”.*Insta360.*export.*360° photo.*JPEG/s)
    expect(new PhotoImportError('raw-360-video', 'b.insv').message).toMatch(/“b\.insv”.*video.*JPEG/s)
  })
})
