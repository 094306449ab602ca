import { readFileSync } from 'node:fs'
import jpeg from 'jpeg-js'
import type { Page } from 'playwright-core'

/**
 * Helpers for the story screen tests: read a stored story as the app saved it, count a story's exits
 * from its JSON, and make a real panorama JPEG for the photo import.
 */
type StoredStory = { revision: number; story: StoryJson }
/** The parts of a story file the tests read. */
export type StoryJson = {
  title: Record<string, string>
  scenes: { id: string; title: Record<string, string>; panoramaAssetId: string; hotspots: HotspotJson[]; onEnter: unknown[]; ending?: unknown }[]
  startSceneId: string
  assets: { id: string; kind: string; path: string; sha256: string; widthPx?: number; derivatives?: { path: string; sha256: string; widthPx: number }[] }[]
}
type HotspotJson = {
  id: string
  kind: string
  label: Record<string, string>
  yawDeg: number
  pitchDeg: number
  targetSceneId?: string
  choices?: { targetSceneId?: string }[]
}

/** A sample's story.json, as shipped. */
export const sampleStory = (slug: string): StoryJson =>
  (JSON.parse(readFileSync(`samples/${slug}/story.json`, 'utf8')) as { story: StoryJson }).story

/** Links and choices that lead to a scene: the edges the story map must draw (the samples have no `goTo`s). */
export const exitCount = (story: StoryJson): number => {
  if (JSON.stringify(story).includes('"goTo"')) throw new Error('count goTo effects too')
  return story.scenes
    .flatMap((scene) => scene.hotspots)
    .reduce((sum, hotspot) => sum + (hotspot.kind === 'link' ? 1 : (hotspot.choices ?? []).filter((choice) => choice.targetSceneId).length), 0)
}

/** One stored record, parsed: `{ revision, story }`, or null. */
export const readStoredStoryFile = (page: Page, id: string): Promise<StoredStory | null> =>
  page.evaluate(
    (storyId) =>
      new Promise<StoredStory | null>((resolve, reject) => {
        const open = indexedDB.open('storysphere-library')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const get = db.transaction('stories').objectStore('stories').get(storyId)
          get.onsuccess = () => {
            db.close()
            const value = get.result as { revision: number; text: string } | undefined
            resolve(value ? { revision: value.revision, story: JSON.parse(value.text).story } : null)
          }
          get.onerror = () => reject(get.error)
        }
      }),
    id,
  )

/** Whether the media store has a file under this sha-256. */
export const hasStoredMedia = (page: Page, sha256: string): Promise<boolean> =>
  page.evaluate(
    (key) =>
      new Promise<boolean>((resolve, reject) => {
        const open = indexedDB.open('storysphere-library')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const get = db.transaction('media').objectStore('media').getKey(key)
          get.onsuccess = () => {
            db.close()
            resolve(get.result !== undefined)
          }
          get.onerror = () => reject(get.error)
        }
      }),
    sha256,
  )

/** A 2:1 equirectangular test panorama as JPEG bytes: a sky-to-ground gradient with a checker, so it is clearly not blank. */
export const panoramaJpeg = (widthPx = 4096, heightPx = 2048): Buffer => {
  const data = Buffer.alloc(widthPx * heightPx * 4)
  for (let y = 0; y < heightPx; y++) {
    for (let x = 0; x < widthPx; x++) {
      const i = (y * widthPx + x) * 4
      const check = ((x >> 7) + (y >> 7)) % 2 === 0
      data[i] = y < heightPx / 2 ? 90 : 70 + (check ? 60 : 0)
      data[i + 1] = y < heightPx / 2 ? 150 + ((y * 80) / heightPx) : 110
      data[i + 2] = y < heightPx / 2 ? 230 : 60 + (check ? 40 : 0)
      data[i + 3] = 255
    }
  }
  return Buffer.from(jpeg.encode({ data, width: widthPx, height: heightPx }, 85).data)
}
