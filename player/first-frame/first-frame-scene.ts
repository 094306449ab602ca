import type { PanoramaFilesSource } from '../media/pick-derivative'

/**
 * What the first frame needs from a story file, read from the raw JSON before the story schema (zod)
 * and the player have loaded: the opening scene's id, its panorama's files and its initial view.
 * Only plain values are read, each one checked; anything unexpected (a partial panorama, an unsafe
 * path, a missing scene) gives `null` and the player shows the picture itself, a moment later. The
 * file still goes through `parseStoryFile` before the story plays; a file it refuses takes the first
 * frame away with it (the player's error screen). Nothing here is ever shown as text.
 */
export type FirstFrameView = { yawDeg: number; pitchDeg: number; fovDeg: number }

export type FirstFrameScene = {
  storyId: string
  sceneId: string
  asset: PanoramaFilesSource
  view: FirstFrameView
}

type Loose = Record<string, unknown>

const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value)
const isNumber = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max
const isSize = (value: unknown): value is number => isNumber(value, 1, 65_536) && Number.isInteger(value)

/** An image path as story-schema's `packagePathPattern` allows it (url.ts; a unit test keeps them equal). */
export const isSafeMediaPath = (path: unknown): path is string =>
  typeof path === 'string' && /^images\/[a-z0-9_-]{1,64}\.(jpg|png|webp)$/.test(path)

const imageFile = (value: unknown): { path: string; widthPx: number; heightPx: number } | null =>
  isObject(value) && isSafeMediaPath(value.path) && isSize(value.widthPx) && isSize(value.heightPx)
    ? { path: value.path, widthPx: value.widthPx, heightPx: value.heightPx }
    : null

const viewOf = (value: unknown): FirstFrameView | null =>
  isObject(value) && isNumber(value.yawDeg, -360, 360) && isNumber(value.pitchDeg, -90, 90) && isNumber(value.fovDeg, 10, 150)
    ? { yawDeg: value.yawDeg, pitchDeg: value.pitchDeg, fovDeg: value.fovDeg }
    : null

/** The opening scene of a story file (`sceneId` when given, e.g. where saved progress resumes). */
export const firstFrameScene = (storyFile: unknown, sceneId?: string): FirstFrameScene | null => {
  if (!isObject(storyFile) || !isObject(storyFile.story)) return null
  const story = storyFile.story
  const wanted = sceneId ?? story.startSceneId
  if (typeof story.id !== 'string' || typeof wanted !== 'string' || !Array.isArray(story.scenes) || !Array.isArray(story.assets)) return null
  const scene = story.scenes.find((s): s is Loose => isObject(s) && s.id === wanted)
  const asset = scene && story.assets.find((a): a is Loose => isObject(a) && a.id === scene.panoramaAssetId)
  if (!scene || !asset || asset.kind !== 'panorama') return null
  if (!isObject(asset.projection) || asset.projection.type !== 'full') return null
  const full = imageFile(asset)
  const view = viewOf(scene.initialView)
  if (!full || !view || !Array.isArray(asset.derivatives)) return null
  const derivatives: PanoramaFilesSource['derivatives'][number][] = []
  for (const d of asset.derivatives) {
    const file = imageFile(d)
    if (!file || !isObject(d) || (d.role !== 'preview' && d.role !== 'downscaled')) return null
    derivatives.push({ ...file, role: d.role })
  }
  return { storyId: story.id, sceneId: wanted, asset: { ...full, derivatives }, view }
}
