import { xrStore } from './xr-store'

/** Starts the immersive-vr session (call from a click: the session needs a user gesture). */
export const enterVr = async (): Promise<boolean> => !!(await xrStore.enterVR())

/** Ends the session; the player returns to the screen view where it was. */
export const exitVr = async (): Promise<void> => {
  await xrStore.getState().session?.end()
}
