import { hasWebGl } from '@player'
import { useCallback, useEffect, useState } from 'react'

/** The longest the 360° view waits for an idle moment after the screen has shown, in milliseconds. */
const idleTimeoutMs = 1000

let known: boolean | undefined

/** Whether WebGL works here, asked once per page (each probe makes a throwaway context: ≈ 0.1 s with software GL). */
export const webGlWorks = (): boolean => (known ??= hasWebGl())

/** Runs `run` once the browser is idle (at the latest after `idleTimeoutMs`); answers a function that cancels it. */
const whenIdle = (run: () => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: idleTimeoutMs })
    return () => cancelIdleCallback(handle)
  }
  const handle = setTimeout(run, 50)
  return () => clearTimeout(handle)
}

/**
 * Whether the 360° view can be shown: null at first, then (once the screen has been drawn and the
 * browser is idle) whether WebGL works. Starting WebGL is one long task (the probe, then the renderer's
 * own context): waiting keeps it out of the way of opening the story, and someone who goes straight
 * on to the story map or another tab never pays for it. `false` also comes from `unavailable()`.
 */
export const useWebGlWhenIdle = (): { webGl: boolean | null; unavailable: () => void } => {
  const [webGl, setWebGl] = useState<boolean | null>(() => (known === false ? false : null))
  useEffect(() => {
    if (webGl !== null) return
    return whenIdle(() => setWebGl(webGlWorks()))
  }, [webGl])
  const unavailable = useCallback(() => setWebGl(false), [])
  return { webGl, unavailable }
}
