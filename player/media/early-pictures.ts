import type { Story } from '@story-schema'
import { decodeImage } from './decode-image'
import { pickPanoramaFiles } from './pick-derivative'

/**
 * The first scene's pictures, fetched and decoded as soon as the story is known, while the 3D chunk
 * (three.js, the canvas) is still loading: `story-player.tsx` starts them, and `PanoramaTextures`
 * takes them over through `decodeOrTakeEarly` instead of starting its own. A picture nobody takes
 * within `unclaimedMs` (text mode, another start scene) is closed.
 */
type Early = { bitmap: Promise<ImageBitmap>; timer: ReturnType<typeof setTimeout> }

const early = new Map<string, Early>()
const unclaimedMs = 30_000

const keyOf = (url: string, resizeTo: { widthPx: number; heightPx: number } | null): string =>
  resizeTo ? `${url}#${resizeTo.widthPx}x${resizeTo.heightPx}` : url

/**
 * Starts decoding one picture now (the first-frame painter and `startEarlyPictures`), and returns the
 * decode to watch without taking it: `PanoramaTextures` still takes it with `decodeOrTakeEarly`.
 */
export const startEarly = (url: string, resizeTo: { widthPx: number; heightPx: number } | null): Promise<ImageBitmap> => {
  const key = keyOf(url, resizeTo)
  const existing = early.get(key)
  if (existing) return existing.bitmap
  const bitmap = decodeImage(url, resizeTo)
  bitmap.catch(() => undefined)
  const timer = setTimeout(() => {
    early.delete(key)
    void bitmap.then((b) => b.close(), () => undefined)
  }, unclaimedMs)
  early.set(key, { bitmap, timer })
  return bitmap
}

/** Starts the preview and the full picture of `sceneId`'s panorama (as PanoramaTextures would pick them). */
export const startEarlyPictures = (story: Pick<Story, 'scenes' | 'assets'>, sceneId: string | undefined, resolveAssetUrl: (path: string) => string, limitPx: number): void => {
  const scene = story.scenes.find((s) => s.id === sceneId)
  const asset = story.assets.find((a) => a.id === scene?.panoramaAssetId)
  if (!asset || asset.kind !== 'panorama') return
  const files = pickPanoramaFiles(asset, limitPx)
  if (files.preview) void startEarly(resolveAssetUrl(files.preview.path), null)
  void startEarly(resolveAssetUrl(files.full.path), files.resizeTo)
}

/** The early decode of this picture when there is one (taken: it is handed out once), else a new decode. */
export const decodeOrTakeEarly = (url: string, resizeTo: { widthPx: number; heightPx: number } | null, signal?: AbortSignal): Promise<ImageBitmap> => {
  const key = keyOf(url, resizeTo)
  const found = early.get(key)
  if (!found) return decodeImage(url, resizeTo, signal)
  early.delete(key)
  clearTimeout(found.timer)
  return found.bitmap
}
