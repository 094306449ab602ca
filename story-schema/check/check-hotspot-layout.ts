import type { Condition } from '../records/condition'
import type { Hotspot } from '../records/hotspot'
import type { Story } from '../records/story'
import { hotspotName } from '../place-names'
import type { StoryIssue } from './story-issue'
import { hotspotSite, makeIssue } from './story-sites'

/** Hotspots smaller than this are hard to hit with a controller ray or by gaze (C-8). */
export const minHotspotSizeDeg = 4

const rad = Math.PI / 180

/** Great-circle angle between two directions given as yaw/pitch in degrees, in degrees (0–180). */
export const angularDistanceDeg = (
  a: { yawDeg: number; pitchDeg: number },
  b: { yawDeg: number; pitchDeg: number },
): number => {
  const dPitch = (b.pitchDeg - a.pitchDeg) * rad
  const dYaw = (b.yawDeg - a.yawDeg) * rad
  const h = Math.sin(dPitch / 2) ** 2 + Math.cos(a.pitchDeg * rad) * Math.cos(b.pitchDeg * rad) * Math.sin(dYaw / 2) ** 2
  return (2 * Math.asin(Math.min(1, Math.sqrt(h)))) / rad
}

const same = (a: Condition, b: Condition) => JSON.stringify(a) === JSON.stringify(b)

/** True when one hotspot is shown exactly when the other is not (a locked and an open door in the same place). */
const neverTogether = (a: Hotspot, b: Hotspot): boolean =>
  (a.visibleIf?.type === 'not' && !!b.visibleIf && same(a.visibleIf.condition, b.visibleIf)) ||
  (b.visibleIf?.type === 'not' && !!a.visibleIf && same(b.visibleIf.condition, a.visibleIf))

/**
 * Hotspot targets are large and spaced (C-8): each at least `minHotspotSizeDeg` across, and no two in
 * a scene closer (centre to centre, along the sphere) than half the sum of their sizes. Two hotspots
 * that can never show together (one's `visibleIf` is `not` the other's) may share a place.
 */
export const checkHotspotLayout = (story: Story): StoryIssue[] => {
  const issues: StoryIssue[] = []
  story.scenes.forEach((scene, s) => {
    scene.hotspots.forEach((hotspot, h) => {
      const site = hotspotSite(story, scene, s, hotspot, h)
      if (hotspot.sizeDeg < minHotspotSizeDeg) {
        const message = `This hotspot is ${hotspot.sizeDeg}° across; make it at least ${minHotspotSizeDeg}° so it is easy to select.`
        issues.push(makeIssue('warning', 'small-hotspot', message, site))
      }
      scene.hotspots.slice(0, h).forEach((other, o) => {
        if (neverTogether(hotspot, other)) return
        const distanceDeg = angularDistanceDeg(hotspot, other)
        if (distanceDeg >= (hotspot.sizeDeg + other.sizeDeg) / 2) return
        const name = hotspotName(other, o, story.language)
        const message = `This hotspot overlaps ${name} (${distanceDeg.toFixed(1)}° apart); move them apart so each is easy to select.`
        issues.push(makeIssue('warning', 'overlapping-hotspots', message, site))
      })
    })
  })
  return issues
}
