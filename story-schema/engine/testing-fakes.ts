import type { AssetId, ChoiceId, HotspotId, SceneId } from '../ids'
import type { Asset } from '../records/asset'
import type { Choice, Hotspot } from '../records/hotspot'

/**
 * More deterministic factories for tests of the engine and the checks, next to `testing/fake-story.ts`
 * (billboards, choices, sound hotspots, audio and image assets), and typed ids from readable names.
 */
export const sceneId = (name: string) => `scene:${name}` as SceneId
export const hotspotId = (name: string) => `hotspot:${name}` as HotspotId
export const choiceId = (name: string) => `choice:${name}` as ChoiceId
export const assetId = (name: string) => `asset:${name}` as AssetId

/** A choice labelled `name`, leading to scene `target` when given. */
export const fakeChoice = (name: string, target?: string, overrides: Partial<Choice> = {}): Choice => ({
  id: choiceId(name),
  label: { en: name },
  ...(target === undefined ? {} : { targetSceneId: sceneId(target) }),
  effects: [],
  ...overrides,
})

/** A billboard titled `name` with these choices. */
export const fakeBillboard = (name: string, choices: Choice[], overrides: Partial<Hotspot> = {}): Hotspot =>
  ({
    id: hotspotId(name),
    kind: 'billboard',
    yawDeg: 60,
    pitchDeg: 0,
    sizeDeg: 10,
    label: { en: name },
    title: { en: name },
    choices,
    ...overrides,
  }) as Hotspot

/** A sound hotspot playing asset `asset:<asset>`. */
export const fakeSoundHotspot = (name: string, asset: string, overrides: Partial<Hotspot> = {}): Hotspot =>
  ({
    id: hotspotId(name),
    kind: 'sound',
    yawDeg: -60,
    pitchDeg: 0,
    sizeDeg: 10,
    label: { en: name },
    assetId: assetId(asset),
    gain: 0.5,
    loop: false,
    ...overrides,
  }) as Hotspot

const file = { bytes: 1000, sha256: '0'.repeat(64), credit: { author: 'Test', licence: 'CC0-1.0' as const } }

/** An audio asset `asset:<name>`. */
export const fakeAudio = (name: string, overrides: Partial<Asset> = {}): Asset =>
  ({
    id: assetId(name),
    kind: 'audio',
    path: `audio/${name}.mp3`,
    mime: 'audio/mpeg',
    durationMs: 1000,
    ...file,
    ...overrides,
  }) as Asset

/** An image asset `asset:<name>` for billboards. */
export const fakeImage = (name: string, overrides: Partial<Asset> = {}): Asset =>
  ({
    id: assetId(name),
    kind: 'image',
    path: `images/${name}.jpg`,
    mime: 'image/jpeg',
    widthPx: 800,
    heightPx: 600,
    derivatives: [],
    description: { en: `A picture of ${name}.` },
    ...file,
    ...overrides,
  }) as Asset

/** A panorama asset `asset:<name>` of the given size, with a preview. */
export const fakePanorama = (name: string, overrides: Partial<Asset> = {}): Asset =>
  ({
    id: assetId(name),
    kind: 'panorama',
    path: `images/${name}.jpg`,
    mime: 'image/jpeg',
    widthPx: 4096,
    heightPx: 2048,
    projection: { type: 'full' },
    derivatives: [
      { role: 'preview', path: `images/${name}-preview.jpg`, mime: 'image/jpeg', widthPx: 64, heightPx: 32, bytes: 100, sha256: '1'.repeat(64) },
    ],
    ...file,
    ...overrides,
  }) as Asset
