import { startEarly } from '../media/early-pictures'
import type { GpuLimits } from '../media/gpu-limits'
import { isPhone, panoramaLimitPx, rememberGpuLimits } from '../media/gpu-limits'
import { pickPanoramaFiles } from '../media/pick-derivative'
import { clampView, fullSphereLimits } from '../runtime/view-limits'
import { cameraFovsDeg } from '../scene/spherical'
import type { EquirectPainter } from './equirect-painter'
import { createEquirectPainter } from './equirect-painter'
import { firstFrameScene } from './first-frame-scene'

/**
 * The first picture, before the player's code has arrived. A page that knows its story file starts
 * this first (a few KB: no React, three.js or zod); it fetches and decodes the opening scene's preview
 * and full picture (the same decodes the 3D view takes over, `media/early-pictures.ts`) and paints
 * each as it arrives on its own canvas. `<StoryPlayer options={{ firstFrame }}>` then places that
 * canvas over its 3D view and removes it once the view shows the picture at least as sharp (see
 * `scene/first-frame-handoff.tsx`), or at once when the story goes another way (text mode, an error,
 * saved progress in another scene).
 */
export type FirstFrameShown = 'none' | 'preview' | 'full'

export type FirstFrame = {
  /** The scene painted: the player lets it go at once when it opens another one. */
  readonly sceneId: string
  shown(): FirstFrameShown
  /**
   * Resolves once a picture is on screen, the pictures failed, or `timeoutMs` passed: a page loads the
   * player's code after that, so the first picture never shares the CPU and the network with it.
   */
  painted(timeoutMs: number): Promise<void>
  /** Moves the canvas into `parent` (first or last child), filling it. */
  place(parent: HTMLElement, where: 'first' | 'last'): void
  /** Removes the canvas and frees its GL context; safe to call more than once. */
  release(): void
}

export type FirstFrameStart = {
  /** The story file as parsed JSON (not yet checked: `firstFrameScene` reads only what it needs). */
  storyFile: unknown
  resolveAssetUrl: (path: string) => string
  /** The scene to paint when not the story's start (saved progress). */
  sceneId?: string
  /** Where the canvas waits until the player places it (fixed, full window). @default document.body */
  host?: HTMLElement
}

/**
 * The painter uploads a full picture only up to 4096 px wide (32 MB): a bigger one would sit in GPU
 * memory twice while the 3D view uploads it too (measured at 8192: +125 MB in the GPU process and as
 * much in the page's, tests/bench/RESULTS.md). Above that it paints the preview and leaves the full
 * picture to the 3D view.
 */
const painterMaxWidthPx = 4096

const pixelRatio = (): number => Math.min(2, Math.max(1, window.devicePixelRatio || 1))

type Prepared = { canvas: HTMLCanvasElement; painter: EquirectPainter; gpu: GpuLimits }
let prepared: Prepared | null | undefined

/**
 * Makes the canvas, the GL context and the shader now, while the story file is still on its way
 * (a software GPU takes ~0.1 s for that). Out of the page until the first picture is painted.
 */
export const prepareFirstFrame = (): void => {
  if (prepared !== undefined) return
  const canvas = document.createElement('canvas')
  canvas.className = 'first-frame'
  canvas.setAttribute('aria-hidden', 'true')
  Object.assign(canvas.style, { position: 'fixed', inset: '0', width: '100%', height: '100%', zIndex: '0', pointerEvents: 'none', display: 'block' })
  canvas.width = Math.round(window.innerWidth * pixelRatio())
  canvas.height = Math.round(window.innerHeight * pixelRatio())
  const painter = createEquirectPainter(canvas)
  if (!painter) {
    prepared = null
    return
  }
  const gpu = { maxTextureSizePx: painter.maxTextureSizePx, phone: isPhone() }
  rememberGpuLimits(gpu)
  prepared = { canvas, painter, gpu }
}

const takePrepared = (): Prepared | null => {
  prepareFirstFrame()
  const taken = prepared ?? null
  prepared = null
  return taken
}

export const startFirstFrame = ({ storyFile, resolveAssetUrl, sceneId, host = document.body }: FirstFrameStart): FirstFrame | null => {
  const ready = takePrepared()
  const scene = firstFrameScene(storyFile, sceneId)
  if (!ready || !scene) {
    ready?.painter.dispose()
    return null
  }
  const { canvas, painter, gpu } = ready

  let shown: FirstFrameShown = 'none'
  let released = false
  let markPainted: () => void = () => undefined
  const firstPaint = new Promise<void>((resolve) => {
    markPainted = resolve
  })
  const aspect = canvas.width / Math.max(1, canvas.height)
  const view = clampView({ ...scene.view, aspect, limits: fullSphereLimits })
  const paintView = { yawDeg: view.yawDeg, pitchDeg: view.pitchDeg, verticalFovDeg: cameraFovsDeg(view.fovDeg, aspect).verticalDeg }
  const files = pickPanoramaFiles(scene.asset, panoramaLimitPx(gpu))
  const paintWhenDecoded = (decoded: Promise<ImageBitmap>, level: Exclude<FirstFrameShown, 'none'>) =>
    decoded.then(
      (bitmap) => {
        if (released || shown === 'full') return
        if (!canvas.isConnected) host.append(canvas)
        painter.paint(bitmap, paintView)
        shown = level
        canvas.dataset.shown = level
        markPainted()
      },
      () => undefined, // the player shows what failed (B-32)
    )
  const fullWidthPx = files.resizeTo?.widthPx ?? files.full.widthPx
  const paintsFull = fullWidthPx <= painterMaxWidthPx
  if (!files.preview && !paintsFull) {
    painter.dispose()
    return null
  }
  const decodes = [
    ...(files.preview ? [paintWhenDecoded(startEarly(resolveAssetUrl(files.preview.path), null), 'preview')] : []),
    ...(paintsFull ? [paintWhenDecoded(startEarly(resolveAssetUrl(files.full.path), files.resizeTo), 'full')] : []),
  ]
  void Promise.all(decodes).then(markPainted)

  return {
    sceneId: scene.sceneId,
    shown: () => shown,
    painted: (timeoutMs) => Promise.race([firstPaint, new Promise<void>((resolve) => setTimeout(resolve, timeoutMs))]),
    place(parent, where) {
      if (released) return
      Object.assign(canvas.style, { position: 'absolute' })
      if (where === 'first') parent.prepend(canvas)
      else parent.append(canvas)
    },
    release() {
      if (released) return
      released = true
      canvas.remove()
      painter.dispose()
    },
  }
}
