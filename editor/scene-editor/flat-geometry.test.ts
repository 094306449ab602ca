import type { SceneId } from '@story-schema'
import { describe, expect, it } from 'vitest'
import { editorTestStory } from '../state/testing/editor-test-story'
import { directionAt, percent, pictureBox, pointOf, previewStory } from './flat-geometry'

describe('flat geometry', () => {
  it('maps frame points to directions and back', () => {
    expect(directionAt(0.5, 0.5)).toEqual({ yawDeg: 0, pitchDeg: 0 })
    expect(directionAt(0, 0)).toEqual({ yawDeg: -180, pitchDeg: 90 })
    expect(directionAt(1, 1)).toEqual({ yawDeg: -180, pitchDeg: -90 })
    expect(directionAt(0.75, 0.25)).toEqual({ yawDeg: 90, pitchDeg: 45 })
    expect(directionAt(2, -1)).toEqual({ yawDeg: -180, pitchDeg: 90 })
    expect(pointOf(90, 45)).toEqual({ x: 0.75, y: 0.25 })
    expect(pointOf(270, -120)).toEqual({ x: 0.25, y: 1 })
  })

  it('places a partial panorama where its crop is', () => {
    expect(pictureBox({ projection: { type: 'full' }, widthPx: 4096, heightPx: 2048 })).toEqual({ x: 0, y: 0, width: 1, height: 1 })
    const band = { type: 'partial', fullWidthPx: 8000, fullHeightPx: 4000, cropLeftPx: 0, cropTopPx: 1000 } as const
    expect(pictureBox({ projection: band, widthPx: 8000, heightPx: 2000 })).toEqual({ x: 0, y: 0.25, width: 1, height: 0.5 })
    expect(percent(0.25)).toBe('25.000%')
  })

  it('makes the preview start where the editor looks, changing only the open scene', () => {
    const story = editorTestStory()
    const view = { yawDeg: 30, pitchDeg: -10, fovDeg: 60 }
    const preview = previewStory(story, 'scene:b' as SceneId, view)
    expect(preview.scenes[1]!.initialView).toEqual(view)
    expect(preview.scenes[0]).toBe(story.scenes[0])
  })
})
