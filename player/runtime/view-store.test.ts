import { describe, expect, it } from 'vitest'
import { coverageOf, limitsOf } from './scene-view'
import { createViewStore, setView, setViewAspect, setViewLimits, turnView } from './view-store'

describe('view store', () => {
  it('wraps yaw all the way round a full panorama and stops pitch at the poles', () => {
    const view = createViewStore()
    turnView(view, 200)
    expect(view.getState().yawDeg).toBeCloseTo(-160)
    setView(view, { pitchDeg: 120 })
    expect(view.getState().pitchDeg).toBe(90)
  })

  it('keeps the view inside a partial panorama (the edges stay on the picture)', () => {
    const view = createViewStore()
    const coverage = coverageOf({
      projection: { type: 'partial', fullWidthPx: 4096, fullHeightPx: 2048, cropLeftPx: 1024, cropTopPx: 512 },
      widthPx: 2048,
      heightPx: 1024,
    } as never)
    expect(coverage).toEqual({ yawStartDeg: -90, yawSpanDeg: 180, pitchTopDeg: 45, pitchSpanDeg: 90 })
    setViewAspect(view, 1)
    setViewLimits(view, limitsOf(coverage))
    setView(view, { yawDeg: 170, pitchDeg: 80, fovDeg: 60 })
    expect(view.getState()).toMatchObject({ yawDeg: 60, pitchDeg: 15, fovDeg: 60 })
  })

  it('counts every change, so the rig and tests can see movement', () => {
    const view = createViewStore()
    const before = view.getState().version
    turnView(view, 10)
    expect(view.getState().version).toBe(before + 1)
  })
})
