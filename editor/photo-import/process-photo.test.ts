import { describe, expect, it } from 'vitest'
import type { PhotoImportProgressMessage } from './photo-import-protocol'
import { sha256Hex } from '../persistence/sha256'
import { processPhoto } from './process-photo'
import { fakeCodec } from './testing/fake-codec'
import { exifTiff, fileOf, gpanoXmp, htmlRenamedJpg, jpegBytes, pngBytes } from './testing/image-fixtures'

const run = async (file: File, codec: ReturnType<typeof fakeCodec>) => {
  const progress: PhotoImportProgressMessage[] = []
  const photo = await processPhoto(file, codec.codec, (p) => progress.push(p))
  return { photo, progress }
}
const failure = async (promise: Promise<unknown>) => {
  try {
    await promise
  } catch (error) {
    return error as { code: string; message: string; name: string }
  }
  throw new Error('expected a failure')
}

describe('processPhoto', () => {
  it('makes the ladder from a 10000 × 5000 JPEG, step by step, and frees every picture', async () => {
    const codec = fakeCodec({ widthPx: 10_000, heightPx: 5000 })
    const { photo, progress } = await run(fileOf(jpegBytes({ widthPx: 10_000, heightPx: 5000 }), 'street.jpg'), codec)
    expect(progress.map((p) => [p.step, p.stepIndex, p.stepCount, p.widthPx])).toEqual([
      ['reading', 0, 3, undefined],
      ['decoding', 1, 6, undefined],
      ['main', 2, 6, 8192],
      ['downscaled', 3, 6, 4096],
      ['downscaled', 4, 6, 2048],
      ['preview', 5, 6, 256],
    ])
    expect(photo.main).toMatchObject({ mime: 'image/jpeg', widthPx: 8192, heightPx: 4096 })
    expect(new TextDecoder().decode(photo.main.bytes)).toBe('jpeg 8192×4096')
    expect(photo.derivatives.map((d) => [d.role, d.widthPx, d.heightPx])).toEqual([
      ['downscaled', 4096, 2048],
      ['downscaled', 2048, 1024],
      ['preview', 256, 128],
    ])
    expect(photo).toMatchObject({ fileName: 'street.jpg', sourceMime: 'image/jpeg', sourceWidthPx: 10_000, projection: { type: 'full' } })
    expect(photo.warnings.map((w) => w.code)).toEqual(['made-smaller'])
    expect(codec.calls.slice(0, 4)).toEqual(['decode', 'resize 10000→8192×4096', 'release 10000', 'encode 8192'])
    expect(codec.live.size).toBe(0)
  })

  it('carries GPano crop, pose and initial view, and notes the removed location', async () => {
    const xmp = gpanoXmp({
      ProjectionType: 'equirectangular',
      FullPanoWidthPixels: 8000,
      FullPanoHeightPixels: 4000,
      CroppedAreaImageWidthPixels: 8000,
      CroppedAreaImageHeightPixels: 2000,
      CroppedAreaTopPixels: 1000,
      PoseHeadingDegrees: 90,
      InitialViewHeadingDegrees: 135,
      InitialViewPitchDegrees: -10,
    })
    const file = fileOf(jpegBytes({ widthPx: 8000, heightPx: 2000, xmp, exif: exifTiff({ gps: true }) }), 'sphere.jpg')
    const { photo } = await run(file, fakeCodec({ widthPx: 8000, heightPx: 2000 }))
    expect(photo.projection).toEqual({ type: 'partial', fullWidthPx: 8000, fullHeightPx: 4000, cropLeftPx: 0, cropTopPx: 1000 })
    expect(photo).toMatchObject({ poseHeadingDeg: 90, northHeadingDeg: 270, initialView: { yawDeg: 45, pitchDeg: -10, fovDeg: 75 } })
    expect(photo.warnings.map((w) => w.code)).toEqual(['location-removed'])
  })

  it('refuses before decoding: not an image, too many pixels, empty', async () => {
    const html = fakeCodec({ widthPx: 1, heightPx: 1 })
    const notImage = await failure(run(fileOf(htmlRenamedJpg, 'photo.jpg', 'image/jpeg'), html))
    expect(notImage).toMatchObject({ name: 'PhotoImportError', code: 'not-an-image' })
    expect(notImage.message).toBe('“photo.jpg” is not a photo this tool can read (it looks like HTML). Use a JPEG, PNG or WebP photo.')
    const bomb = fakeCodec({ widthPx: 100_000, heightPx: 100_000 })
    const tooBig = await failure(run(fileOf(pngBytes({ widthPx: 100_000, heightPx: 100_000 }), 'bomb.png'), bomb))
    expect(tooBig).toMatchObject({ code: 'too-many-pixels' })
    expect(tooBig.message).toContain('100000 × 100000 pixels')
    expect(bomb.calls).toEqual([])
    expect(await failure(run(fileOf(new Uint8Array(0), 'empty.jpg'), bomb))).toMatchObject({ code: 'empty-file' })
  })

  it('names the file when decoding fails (B-32)', async () => {
    const codec = fakeCodec(new DOMException('The source image could not be decoded.', 'InvalidStateError'))
    const error = await failure(run(fileOf(jpegBytes({ widthPx: 400, heightPx: 200 }), 'broken.jpg'), codec))
    expect(error).toMatchObject({ code: 'corrupt', detail: 'InvalidStateError: The source image could not be decoded.' })
    expect(error.message).toContain('“broken.jpg” could not be read')
  })

  it('reports running out of memory while encoding, and still frees every picture', async () => {
    const codec = fakeCodec({ widthPx: 8192, heightPx: 4096 }, { failEncodeAt: 4096 })
    const error = await failure(run(fileOf(jpegBytes({ widthPx: 8192, heightPx: 4096 }), 'big.jpg'), codec))
    expect(error).toMatchObject({ code: 'encode-failed' })
    expect(codec.live.size).toBe(0)
  })

  it('hashes each file it made when given a hasher, so the page need not', async () => {
    const codec = fakeCodec({ widthPx: 4096, heightPx: 2048 })
    const file = fileOf(jpegBytes({ widthPx: 4096, heightPx: 2048 }), 'yard.jpg')
    const photo = await processPhoto(file, codec.codec, () => undefined, { sha256: sha256Hex })
    for (const made of [photo.main, ...photo.derivatives]) expect(made.sha256).toBe(await sha256Hex(made.bytes))
    expect(new Set([photo.main, ...photo.derivatives].map((made) => made.sha256)).size).toBe(3)
    const { photo: unhashed } = await run(file, fakeCodec({ widthPx: 4096, heightPx: 2048 }))
    expect(unhashed.main.sha256).toBeUndefined()
  })

  it('starts each encode as soon as its size is drawn, and still answers them in ladder order', async () => {
    const codec = fakeCodec({ widthPx: 8192, heightPx: 4096 })
    const { photo } = await run(fileOf(jpegBytes({ widthPx: 8192, heightPx: 4096 }), 'big.jpg'), codec)
    expect(codec.calls).toEqual([
      'decode',
      'resize 8192→8192×4096',
      'release 8192',
      'encode 8192',
      'resize 8192→4096×2048',
      'release 8192',
      'encode 4096',
      'resize 4096→2048×1024',
      'release 4096',
      'encode 2048',
      'resize 2048→256×128',
      'release 2048',
      'encode 256',
      'release 256',
    ])
    expect([photo.main, ...photo.derivatives].map((made) => new TextDecoder().decode(made.bytes))).toEqual([
      'jpeg 8192×4096',
      'jpeg 4096×2048',
      'jpeg 2048×1024',
      'jpeg 256×128',
    ])
  })

  it('reports the main image failing to encode after the copies were started, and frees every picture', async () => {
    const codec = fakeCodec({ widthPx: 8192, heightPx: 4096 }, { failEncodeAt: 8192 })
    const error = await failure(run(fileOf(jpegBytes({ widthPx: 8192, heightPx: 4096 }), 'big.jpg'), codec))
    expect(error).toMatchObject({ code: 'encode-failed', detail: 'RangeError: Out of memory' })
    expect(codec.live.size).toBe(0)
  })

  it('uses the decoded (EXIF-rotated) size and ignores a GPano crop on a rotated photo', async () => {
    const xmp = gpanoXmp({ FullPanoWidthPixels: 4000, FullPanoHeightPixels: 2000, CroppedAreaImageHeightPixels: 1000 })
    const file = fileOf(jpegBytes({ widthPx: 4000, heightPx: 1000, xmp, exif: exifTiff({ orientation: 6 }) }), 'turned.jpg')
    const { photo } = await run(file, fakeCodec({ widthPx: 1000, heightPx: 4000 }))
    expect(photo.main).toMatchObject({ widthPx: 1000, heightPx: 4000 })
    expect(photo.warnings.map((w) => w.code)).toEqual(['panorama-info-ignored', 'not-a-panorama'])
  })
})
