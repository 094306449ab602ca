import { startFirstFrame } from '../../../player/first-frame/first-frame'
import { benchContract, playerBridge, wantPlayerBridge } from './bench-contract'
import { installFetchGate } from './fetch-gate'

/**
 * Our player as one more page of the peer harness (tests/bench/README.md): ?img=A_<w>x<h>.jpg
 * &img2=B_<w>x<h>.jpg&variant=preview|full|hotspots. Loads /inputs/storysphere/<variant>_<size>.json
 * (written by scripts/bench/run-bench.mjs) and plays it as the standalone page does: this small entry
 * fetches the story file and starts the first-frame painter (player/first-frame/), then loads the
 * player (`bench-player.tsx`: React, three.js, the story schema) and hands the painter over to it.
 * No start screen, yaw 0, vertical FOV 60°.
 */
const query = new URLSearchParams(location.search)
const variant = query.get('variant') ?? 'preview'
const size = /_(\d+x\d+)\.jpg$/.exec(query.get('img') ?? '')?.[1] ?? '2048x1024'
const bench = benchContract()
const gate = installFetchGate((url) => /\/B_[^/]*\.jpg$/.test(url))
wantPlayerBridge()

const scripts: { url: string; endMs: number }[] = []
new PerformanceObserver((list) => {
  for (const entry of list.getEntries() as PerformanceResourceTiming[]) {
    if (/\.m?js(\?|$)/.test(entry.name)) scripts.push({ url: new URL(entry.name).pathname, endMs: entry.responseEnd })
  }
}).observe({ type: 'resource', buffered: true })

const statusOf = (assetId: string): string | undefined => playerBridge()?.textures().find((t) => t.assetId === assetId)?.status

const whenTrue = (test: () => boolean): Promise<void> =>
  new Promise((resolve) => {
    const tick = () => (test() ? resolve() : requestAnimationFrame(tick))
    tick()
  })

// The page's own idea of "shown": the full-resolution texture of A (then B) is current in the 3D view.
void whenTrue(() => statusOf('asset:a') === 'full').then(() => requestAnimationFrame(() => bench.mark('libReadyA')))

/** The hotspots variant folds the sweep into a ±15° sway so the 20 hotspots stay in view. */
const yawFor = (deg: number): number => (variant === 'hotspots' ? 15 * Math.sin((deg * Math.PI) / 45) : deg)

Object.assign(bench, {
  info: {
    name: `storysphere-${variant}`,
    version: '0.1.0',
    preload: 'automatic: neighbour scenes decoded off-thread + renderer.initTexture() (held back by the page until preload())',
    scripts,
  },
  setYaw: (deg: number) => playerBridge()?.setView({ yawDeg: yawFor(deg), pitchDeg: 0 }),
  switchTo: () => {
    gate.open()
    document.querySelector<HTMLButtonElement>('[data-hotspot-id="hotspot:to-b"]')?.click()
    void whenTrue(() => playerBridge()?.sceneId() === 'scene:b' && statusOf('asset:b') === 'full').then(() =>
      requestAnimationFrame(() => bench.mark('libReadyB')),
    )
  },
  preload: async () => {
    gate.open()
    await whenTrue(() => statusOf('asset:b') === 'full')
    return 'neighbour preload (decode + initTexture)'
  },
  // The first-frame painter's canvas while it is up, then the 3D view's.
  canvas: () => document.querySelector('canvas.first-frame') ?? document.querySelector('canvas'),
})

/** Story paths are lower-case (images/a_4096x2048.jpg); the harness inputs are /inputs/A_4096x2048.jpg. */
const inputUrl = (path: string): string => `/inputs/${path.replace(/^images\/(.)/, (_match, first: string) => first.toUpperCase())}`

/** The standalone page's rule (player/standalone/main.ts): the player's code loads after the first picture, or after this. */
const firstFramePatienceMs = 1000

void fetch(`/inputs/storysphere/${variant}_${size}.json`)
  .then((response) => response.text())
  .then(async (text) => {
    const firstFrame = startFirstFrame({ storyFile: JSON.parse(text) as unknown, resolveAssetUrl: inputUrl })
    await firstFrame?.painted(firstFramePatienceMs)
    const { playStory } = await import('./bench-player')
    const error = playStory(text, inputUrl, firstFrame)
    if (error) bench.error = error
  })
