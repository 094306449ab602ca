import { xrStore } from './xr-store'

let markRootMounted: () => void = () => undefined
const rootMounted = new Promise<void>((resolve) => {
  markRootMounted = resolve
})

/** Called by <XrRoot> once it is in the canvas: only then can a session be shown. */
export const xrRootMounted = (): void => markRootMounted()

/**
 * Starts the immersive-vr session (call from a click: the session needs a user gesture). The module
 * loads on that click, so this waits for <XrRoot> to mount first (well inside the gesture's window).
 */
export const enterVr = async (): Promise<boolean> => {
  await rootMounted
  return !!(await xrStore.enterVR())
}

/** Ends the session; the player returns to the screen view where it was. */
export const exitVr = async (): Promise<void> => {
  await xrStore.getState().session?.end()
}
