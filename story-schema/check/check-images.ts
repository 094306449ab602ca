import { assetName } from '../place-names'
import type { Story } from '../records/story'
import type { StoryIssue } from './story-issue'
import { makeIssue } from './story-sites'

/** Panoramas wider than this need a downscaled copy for phones and standalone headsets. */
export const maxPanoramaWidthWithoutDerivativePx = 8192
/** How far from 2:1 a full equirectangular panorama may be, as a fraction. */
export const panoramaAspectTolerance = 0.01

const offTwoToOne = (widthPx: number, heightPx: number): boolean =>
  Math.abs(widthPx / heightPx - 2) / 2 > panoramaAspectTolerance

/**
 * Panorama images: large ones have a downscaled copy, each has a tiny preview to show first, and a
 * full equirectangular panorama (or the full size a partial one is cut from) is 2:1.
 */
export const checkImages = (story: Story): StoryIssue[] => {
  const issues: StoryIssue[] = []
  story.assets.forEach((asset, index) => {
    if (asset.kind !== 'panorama') return
    const site = { where: assetName(asset, index), ref: { assetId: asset.id } }
    const downscaled = asset.derivatives.some((d) => d.role === 'downscaled' && d.widthPx <= maxPanoramaWidthWithoutDerivativePx)
    if (asset.widthPx > maxPanoramaWidthWithoutDerivativePx && !downscaled) {
      const message =
        `This photo is ${asset.widthPx} px wide and has no copy at most ${maxPanoramaWidthWithoutDerivativePx} px wide; ` +
        'many phones and headsets cannot show it.'
      issues.push(makeIssue('warning', 'large-image-without-derivatives', message, site))
    }
    if (!asset.derivatives.some((d) => d.role === 'preview')) {
      issues.push(makeIssue('info', 'missing-preview', 'This photo has no small preview to show while it loads.', site))
    }
    const p = asset.projection
    if (p.type === 'full' && offTwoToOne(asset.widthPx, asset.heightPx)) {
      const message =
        'A full 360° photo should be twice as wide as it is high, ' +
        `but this one is ${asset.widthPx} × ${asset.heightPx} px; it will look stretched.`
      issues.push(makeIssue('warning', 'panorama-aspect', message, site))
    }
    if (p.type === 'partial' && offTwoToOne(p.fullWidthPx, p.fullHeightPx)) {
      const message =
        'The full panorama this photo is cut from should be twice as wide as it is high, ' +
        `but it is ${p.fullWidthPx} × ${p.fullHeightPx} px.`
      issues.push(makeIssue('warning', 'partial-panorama-aspect', message, site))
    }
  })
  return issues
}
