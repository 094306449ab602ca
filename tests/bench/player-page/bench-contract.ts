/**
 * The peer harness's page contract (shared/bench/peers/README.md, "Adding a page"): the runner creates
 * `window.__bench` before any page script; a page adds setYaw/switchTo/preload/canvas/info to it.
 */
export type BenchInfo = {
  name: string
  version: string
  preload: string
  /** Scripts the page fetched so far, with the ms (since navigation start) each finished loading. */
  scripts: { url: string; endMs: number }[]
}

export type BenchContract = {
  marks: Record<string, number>
  mark: (name: string) => void
  setYaw?: (deg: number) => void
  switchTo?: () => void
  preload?: () => Promise<string>
  canvas?: () => HTMLCanvasElement | null
  info?: BenchInfo
  error?: string
}

/** What the player's test bridge (player/scene/test-bridge.tsx) offers once the canvas is up. */
export type PlayerBridge = {
  setView: (view: { yawDeg?: number; pitchDeg?: number; fovDeg?: number }) => void
  sceneId: () => string | null
  textures: () => { assetId: string; status: string; source: string | null }[]
}

type BenchWindow = Window & { __bench?: BenchContract; __storysphereTest?: { player?: PlayerBridge } }

/** The runner's object (or a stand-in for manual use), never replaced. */
export const benchContract = (): BenchContract => {
  const w = window as BenchWindow
  w.__bench ??= {
    marks: {},
    mark(name: string) {
      if (!(name in this.marks)) this.marks[name] = performance.now()
    },
  }
  return w.__bench
}

/** Switches the player's test bridge on (it loads as a small lazy chunk with the canvas). */
export const wantPlayerBridge = (): void => {
  const w = window as BenchWindow
  w.__storysphereTest ??= {}
}

export const playerBridge = (): PlayerBridge | undefined => (window as BenchWindow).__storysphereTest?.player
