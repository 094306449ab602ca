import type { PanoramaAsset, SceneId, Story, View } from '@story-schema'
import { clamp, wrapYawDeg } from '@story-schema'

/**
 * The flat (equirectangular) view of a whole panorama: x runs from yaw −180° (left edge) to 180°, y
 * from pitch 90° (top) to −90°. Positions are fractions of the frame (0–1).
 */

const tenth = (value: number) => Math.round(value * 10) / 10

/** The direction at a point of the frame, to a tenth of a degree. */
export const directionAt = (x: number, y: number): { yawDeg: number; pitchDeg: number } => ({
  yawDeg: wrapYawDeg(tenth(clamp(x, 0, 1) * 360 - 180)),
  pitchDeg: tenth(clamp(90 - clamp(y, 0, 1) * 180, -90, 90)),
})

/** Where a direction is in the frame. */
export const pointOf = (yawDeg: number, pitchDeg: number): { x: number; y: number } => ({
  x: (wrapYawDeg(yawDeg) + 180) / 360,
  y: (90 - clamp(pitchDeg, -90, 90)) / 180,
})

/** Where the picture sits in the frame: all of it for a full panorama, the crop's place for a partial one. */
export const pictureBox = (asset: Pick<PanoramaAsset, 'projection' | 'widthPx' | 'heightPx'>) => {
  const p = asset.projection
  if (p.type === 'full') return { x: 0, y: 0, width: 1, height: 1 }
  return {
    x: p.cropLeftPx / p.fullWidthPx,
    y: p.cropTopPx / p.fullHeightPx,
    width: asset.widthPx / p.fullWidthPx,
    height: asset.heightPx / p.fullHeightPx,
  }
}

/** A fraction as a CSS percentage. */
export const percent = (fraction: number): string => `${(fraction * 100).toFixed(3)}%`

/**
 * The story the 360° preview plays: the same story, with the open scene's initial view set to where
 * the editor looks, so the preview opens there (until the player can be told where to look).
 */
export const previewStory = (story: Story, sceneId: SceneId, view: View): Story => ({
  ...story,
  scenes: story.scenes.map((scene) => (scene.id === sceneId ? { ...scene, initialView: view } : scene)),
})
