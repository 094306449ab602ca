import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { PanoramaCoverage } from '../runtime/scene-view'
import { limitsOf } from '../runtime/scene-view'
import { createViewStore, setView, setViewLimits } from '../runtime/view-store'
import type { AuthoringView } from './authoring-props'
import { viewsDiffer } from './screen-direction'

const tenth = (value: number): number => Math.round(value * 10) / 10 + 0

/**
 * A view store driven by the `view` prop and reporting the author's turns and zooms through
 * `onViewChange` (once per animation frame, rounded to a tenth, limited to the picture's coverage). A prop equal
 * to what the store shows (within rounding) changes nothing, so the two never echo each other.
 */
export const useControlledView = (view: AuthoringView, coverage: PanoramaCoverage, onViewChange: (view: AuthoringView) => void) => {
  const [store] = useState(createViewStore)
  const latest = useRef({ view, onViewChange })
  useLayoutEffect(() => {
    latest.current = { view, onViewChange }
  })
  const { yawStartDeg, yawSpanDeg, pitchTopDeg, pitchSpanDeg } = coverage
  useLayoutEffect(() => {
    setViewLimits(store, limitsOf({ yawStartDeg, yawSpanDeg, pitchTopDeg, pitchSpanDeg }))
  }, [store, yawStartDeg, yawSpanDeg, pitchTopDeg, pitchSpanDeg])
  useLayoutEffect(() => {
    const shown = store.getState()
    if (viewsDiffer(shown, view)) setView(store, view)
  }, [store, view])
  useEffect(() => {
    let frame = 0
    const report = () => {
      frame = 0
      const { yawDeg, pitchDeg, fovDeg } = store.getState()
      const next = { yawDeg: tenth(yawDeg), pitchDeg: tenth(pitchDeg), fovDeg: tenth(fovDeg) }
      if (viewsDiffer(next, latest.current.view)) latest.current.onViewChange(next)
    }
    const stop = store.subscribe(() => {
      if (frame === 0) frame = requestAnimationFrame(report)
    })
    report()
    return () => {
      stop()
      if (frame) cancelAnimationFrame(frame)
    }
  }, [store])
  return store
}
