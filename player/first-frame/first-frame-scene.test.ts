import { packagePathPattern } from '@story-schema'
import { describe, expect, it } from 'vitest'
import { firstFrameScene, isSafeMediaPath } from './first-frame-scene'

const asset = {
  id: 'asset:yard',
  kind: 'panorama',
  path: 'images/yard.jpg',
  widthPx: 4096,
  heightPx: 2048,
  projection: { type: 'full' },
  derivatives: [{ role: 'preview', path: 'images/yard-preview.jpg', widthPx: 512, heightPx: 256 }],
}
const scene = { id: 'scene:yard', panoramaAssetId: 'asset:yard', initialView: { yawDeg: 30, pitchDeg: -5, fovDeg: 70 } }
const file = (story: Record<string, unknown> = {}) => ({ story: { id: 'story:1', startSceneId: 'scene:yard', scenes: [scene], assets: [asset], ...story } })

describe('firstFrameScene (issue 8: the first frame reads the raw file before zod loads)', () => {
  it('reads the opening scene, its files and its initial view', () => {
    expect(firstFrameScene(file())).toEqual({
      storyId: 'story:1',
      sceneId: 'scene:yard',
      asset: { path: 'images/yard.jpg', widthPx: 4096, heightPx: 2048, derivatives: [{ role: 'preview', path: 'images/yard-preview.jpg', widthPx: 512, heightPx: 256 }] },
      view: { yawDeg: 30, pitchDeg: -5, fovDeg: 70 },
    })
  })

  it('paints the scene saved progress resumes in, when asked', () => {
    const other = { ...scene, id: 'scene:gate' }
    expect(firstFrameScene(file({ scenes: [scene, other] }), 'scene:gate')?.sceneId).toBe('scene:gate')
    expect(firstFrameScene(file(), 'scene:nowhere')).toBeNull()
  })

  it('gives up on anything it does not expect, so the player shows the picture itself', () => {
    const bad: unknown[] = [
      null,
      'text',
      [],
      { story: null },
      file({ startSceneId: 42 }),
      file({ scenes: 'no' }),
      file({ assets: [{ ...asset, kind: 'sound' }] }),
      file({ assets: [{ ...asset, projection: { type: 'partial' } }] }),
      file({ assets: [{ ...asset, path: '../secret.jpg' }] }),
      file({ assets: [{ ...asset, path: 'https://elsewhere.example/a.jpg' }] }),
      file({ assets: [{ ...asset, widthPx: Number.POSITIVE_INFINITY }] }),
      file({ assets: [{ ...asset, derivatives: [{ role: 'thumb', path: 'images/x.jpg', widthPx: 8, heightPx: 4 }] }] }),
      file({ scenes: [{ ...scene, initialView: { yawDeg: 'north', pitchDeg: 0, fovDeg: 70 } }] }),
      file({ scenes: [{ ...scene, initialView: { yawDeg: 0, pitchDeg: 0, fovDeg: Number.NaN } }] }),
    ]
    for (const value of bad) expect(firstFrameScene(value), JSON.stringify(value)).toBeNull()
  })

  it('accepts exactly the image paths the story format accepts (story-schema packagePathPattern)', () => {
    const paths = ['images/a.jpg', 'images/a-b_c9.webp', 'images/A.jpg', 'images/a.jpeg', 'images/../a.jpg', 'images/a/b.jpg', '/images/a.jpg', 'audio/a.mp3', 'images/.jpg', `images/${'a'.repeat(65)}.png`, 'images/a.png\n']
    for (const path of paths) expect(isSafeMediaPath(path), path).toBe(packagePathPattern.test(path) && path.startsWith('images/'))
  })
})
