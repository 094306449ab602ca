import type { PanoramaAsset, Scene, Story } from '@story-schema'
import type { ViewLimits, ViewStore } from './view-store'
import { fullSphereLimits, setView, setViewLimits } from './view-store'

/**
 * How much of the sphere a panorama covers, in panorama degrees. A partial (GPano) panorama covers
 * its crop of the full sphere; yaw 0 stays the centre of the full panorama.
 */
export type PanoramaCoverage = { yawStartDeg: number; yawSpanDeg: number; pitchTopDeg: number; pitchSpanDeg: number }

export const fullCoverage: PanoramaCoverage = { yawStartDeg: -180, yawSpanDeg: 360, pitchTopDeg: 90, pitchSpanDeg: 180 }

export const panoramaOf = (story: Story, scene: Scene): PanoramaAsset | undefined => {
  const asset = story.assets.find((a) => a.id === scene.panoramaAssetId)
  return asset?.kind === 'panorama' ? asset : undefined
}

export const coverageOf = (asset: PanoramaAsset | undefined): PanoramaCoverage => {
  if (!asset || asset.projection.type === 'full') return fullCoverage
  const p = asset.projection
  return {
    yawStartDeg: (p.cropLeftPx / p.fullWidthPx) * 360 - 180,
    yawSpanDeg: Math.min(360, (asset.widthPx / p.fullWidthPx) * 360),
    pitchTopDeg: 90 - (p.cropTopPx / p.fullHeightPx) * 180,
    pitchSpanDeg: Math.min(180, (asset.heightPx / p.fullHeightPx) * 180),
  }
}

export const limitsOf = (coverage: PanoramaCoverage): ViewLimits => ({
  yawRangeDeg: coverage.yawSpanDeg >= 359.9 ? null : [coverage.yawStartDeg, coverage.yawStartDeg + coverage.yawSpanDeg],
  pitchRangeDeg: [coverage.pitchTopDeg - coverage.pitchSpanDeg, coverage.pitchTopDeg],
  fovRangeDeg: fullSphereLimits.fovRangeDeg,
})

/** Limits the view to the scene's picture and turns to its initial view (called while black, C-18). */
export const applySceneView = (view: ViewStore, story: Story, scene: Scene): void => {
  setViewLimits(view, limitsOf(coverageOf(panoramaOf(story, scene))))
  setView(view, scene.initialView)
}
