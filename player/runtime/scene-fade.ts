import { createStore } from 'zustand/vanilla'

/**
 * The fade through black between scenes (C-18): a vanilla store the 3D veil reads every frame with
 * getState(), so the fade never re-renders React. `runThroughBlack` sequences it: fade out, swap the
 * scene while black (the new initial view is applied only then), wait two frames, fade in.
 */
export type FadeState = { fromOpacity: number; toOpacity: number; startMs: number; durationMs: number }

export const createFadeStore = () => createStore<FadeState>(() => ({ fromOpacity: 0, toOpacity: 0, startMs: 0, durationMs: 0 }))
export type FadeStore = ReturnType<typeof createFadeStore>

/** The veil's opacity at `nowMs` (performance.now()). */
export const fadeOpacityAt = (fade: FadeState, nowMs: number): number => {
  if (fade.durationMs <= 0) return fade.toOpacity
  const t = Math.min(1, Math.max(0, (nowMs - fade.startMs) / fade.durationMs))
  return fade.fromOpacity + (fade.toOpacity - fade.fromOpacity) * t
}

const fadeTo = (store: FadeStore, toOpacity: number, durationMs: number): void => {
  const now = performance.now()
  store.setState({ fromOpacity: fadeOpacityAt(store.getState(), now), toOpacity, startMs: now, durationMs })
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))
/** Resolves after the next rendered frame (the 3D view supplies one that also works in a headset session). */
export type FrameWaiter = () => Promise<void>

export const windowFrameWaiter: FrameWaiter = () =>
  new Promise<void>((resolve) => (typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => resolve()) : setTimeout(resolve, 16)))

/** Fades to black, runs `swap`, lets the new scene draw twice, fades back. With 0 ms it is a cut. */
export const runThroughBlack = async (
  store: FadeStore,
  fadeMs: number,
  swap: () => void,
  nextFrame: FrameWaiter = windowFrameWaiter,
): Promise<void> => {
  if (fadeMs <= 0) {
    swap()
    return
  }
  fadeTo(store, 1, fadeMs)
  await wait(fadeMs)
  swap()
  await nextFrame()
  await nextFrame()
  fadeTo(store, 0, fadeMs)
  await wait(fadeMs)
}
