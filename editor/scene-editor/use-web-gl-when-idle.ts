import { useCallback, useEffect, useState } from 'react'

/** The longest the 360° view waits for an idle moment after the screen has shown, in milliseconds. */
const idleTimeoutMs = 1000

/** Set once the player's view said WebGL doesn't work here: later scenes show the flat photo at once. */
let knownUnavailable = false

/** No WebGL at all in this browser (or no browser): known without making a context. */
const noWebGlAtAll = () => typeof WebGLRenderingContext === 'undefined'

/** Runs `run` once the browser is idle (at the latest after `idleTimeoutMs`); answers a function that cancels it. */
const whenIdle = (run: () => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: idleTimeoutMs })
    return () => cancelIdleCallback(handle)
  }
  const handle = setTimeout(run, 50)
  return () => clearTimeout(handle)
}

/** The 360° view's state: waiting for an idle moment, shown (the player's view), or unavailable (no WebGL: the flat photo). */
export type WebGlViewState = 'waiting' | 'shown' | 'unavailable'

/**
 * When to show the 360° view: 'waiting' at first, 'shown' once the screen has been drawn and the
 * browser is idle; 'unavailable' at once where there is no WebGL at all, or after `unavailable()` (the
 * player's view found none, or failed).
 * Starting WebGL is long work in one piece (the player probes the GPU, then makes the renderer's
 * context): waiting keeps it out of the way of opening the story, and someone who goes straight on to
 * the story map or another tab never pays for it. The player's view does the WebGL probe itself, so
 * the editor doesn't make a throwaway context of its own.
 */
export const useWebGlWhenIdle = (): { state: WebGlViewState; unavailable: () => void } => {
  const [state, setState] = useState<WebGlViewState>(() => (knownUnavailable || noWebGlAtAll() ? 'unavailable' : 'waiting'))
  useEffect(() => {
    if (state !== 'waiting') return
    return whenIdle(() => setState('shown'))
  }, [state])
  const unavailable = useCallback(() => {
    knownUnavailable = true
    setState('unavailable')
  }, [])
  return { state, unavailable }
}
