import { parseStoryFile } from '@story-schema'
import { describe, expect, it } from 'vitest'
import type { BenchFiles } from '../../scripts/bench/bench-stories.mjs'
import { chainStory, twoSceneStory } from '../../scripts/bench/bench-stories.mjs'

/** The generated bench stories (scripts/bench/bench-stories.mjs) must open in the player as they are. */
const image = (file: string, width: number, height: number) => ({ file, width, height, bytes: 1000, sha256: 'a'.repeat(64) })
const files: BenchFiles = {
  A: image('A_4096x2048.jpg', 4096, 2048),
  B: image('B_4096x2048.jpg', 4096, 2048),
  Apreview: image('A_preview_512x256.jpg', 512, 256),
  Bpreview: image('B_preview_512x256.jpg', 512, 256),
}

describe('bench stories', () => {
  it.each(['preview', 'full', 'hotspots'] as const)('the %s two-scene story is valid, starts at A with a cut, and links A to B', (variant) => {
    const result = parseStoryFile(JSON.stringify(twoSceneStory(variant, files)))
    if (!result.ok) throw new Error(result.error.message)
    const { story } = result
    expect(story.startSceneId).toBe('scene:a')
    expect(story.playerDefaults.transition.kind).toBe('cut')
    const a = story.scenes.find((scene) => scene.id === 'scene:a')!
    expect(a.initialView).toEqual({ yawDeg: 0, pitchDeg: 0, fovDeg: 60 })
    expect(a.hotspots.some((hotspot) => hotspot.kind === 'link' && hotspot.targetSceneId === 'scene:b')).toBe(true)
    expect(a.hotspots).toHaveLength(variant === 'hotspots' ? 21 : 1)
    const previews = story.assets.flatMap((asset) => (asset.kind === 'panorama' ? asset.derivatives : []))
    expect(previews).toHaveLength(variant === 'full' ? 0 : 2)
  })

  it('the 300-scene chain is valid and every scene but the ends has a way on and back', () => {
    const result = parseStoryFile(JSON.stringify(chainStory(300, files)))
    if (!result.ok) throw new Error(result.error.message)
    expect(result.story.scenes).toHaveLength(300)
    expect(result.story.scenes[150]!.hotspots).toHaveLength(2)
  })
})
