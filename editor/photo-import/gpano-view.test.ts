import { describe, expect, it } from 'vitest'
import { photoInitialView, photoPose, verticalFovDeg, wrapHeadingDeg, wrapYawDeg } from './gpano-view'

describe('GPano pose and initial view in our conventions', () => {
  it('gives no initial view when GPano has none', () => {
    expect(photoInitialView(undefined)).toBeUndefined()
    expect(photoInitialView({ poseHeadingDeg: 90 })).toBeUndefined()
  })

  it('turns the initial heading into yaw relative to the panorama centre (positive right)', () => {
    expect(photoInitialView({ poseHeadingDeg: 90, initialViewHeadingDeg: 120 })?.yawDeg).toBe(30)
    expect(photoInitialView({ poseHeadingDeg: 350, initialViewHeadingDeg: 10 })?.yawDeg).toBe(20)
    expect(photoInitialView({ poseHeadingDeg: 10, initialViewHeadingDeg: 350 })?.yawDeg).toBe(-20)
    expect(photoInitialView({ initialViewHeadingDeg: 180 })?.yawDeg).toBe(-180)
    expect(photoInitialView({ initialViewHeadingDeg: 45 })?.yawDeg).toBe(45)
  })

  it('keeps pitch (positive up), clamped', () => {
    expect(photoInitialView({ initialViewPitchDeg: 15 })).toEqual({ yawDeg: 0, pitchDeg: 15, fovDeg: 75 })
    expect(photoInitialView({ initialViewPitchDeg: 120 })?.pitchDeg).toBe(90)
  })

  it('turns the horizontal field of view into a vertical one for a 16:9 screen, within 30–120°', () => {
    expect(verticalFovDeg(90, 1)).toBeCloseTo(90)
    expect(photoInitialView({ initialHorizontalFovDeg: 90 })?.fovDeg).toBeCloseTo(58.72, 2)
    expect(photoInitialView({ initialHorizontalFovDeg: 90 }, 4 / 3)?.fovDeg).toBeCloseTo(73.74, 2)
    expect(photoInitialView({ initialHorizontalFovDeg: 20 })?.fovDeg).toBe(30)
    expect(photoInitialView({ initialHorizontalFovDeg: 179 })?.fovDeg).toBe(120)
  })

  it('wraps the pose into the story ranges and works out where north is', () => {
    expect(photoPose({ poseHeadingDeg: 450, posePitchDeg: -100, poseRollDeg: 200 })).toEqual({
      poseHeadingDeg: 90,
      northHeadingDeg: 270,
      posePitchDeg: -90,
      poseRollDeg: 180,
    })
    expect(photoPose({ poseHeadingDeg: 0 })).toEqual({ poseHeadingDeg: 0, northHeadingDeg: 0 })
    expect(photoPose(undefined)).toEqual({})
  })

  it('wraps angles without landing on the open end of the range', () => {
    expect(wrapYawDeg(179.999)).toBe(-180)
    expect(wrapYawDeg(-180)).toBe(-180)
    expect(wrapHeadingDeg(359.999)).toBe(0)
    expect(wrapHeadingDeg(-0.01)).toBe(359.99)
    expect(Object.is(wrapYawDeg(-0), 0)).toBe(true)
  })
})
