import type { Hotspot } from '../records/hotspot'
import type { Scene } from '../records/scene'
import type { Story } from '../records/story'
import { defaultPlayerDefaults } from '../records/player-defaults'

/**
 * Deterministic factories for tests (architecture.md B8): ids from readable names, no randomness.
 * Each returns a valid current-format value; pass overrides to shape it.
 */
export const fakeScene = (name: string, overrides: Partial<Scene> = {}): Scene =>
  ({
    id: `scene:${name}`,
    title: { en: name },
    description: { en: `The place called ${name}.` },
    panoramaAssetId: `asset:pano-${name}`,
    northHeadingDeg: 0,
    initialView: { yawDeg: 0, pitchDeg: 0, fovDeg: 75 },
    soundscape: { beds: [], sounds: [] },
    narrations: [],
    hotspots: [],
    onEnter: [],
    ...overrides,
  }) as Scene

export const fakeLink = (name: string, target: string, overrides: Partial<Hotspot> = {}): Hotspot =>
  ({
    id: `hotspot:${name}`,
    kind: 'link',
    yawDeg: 0,
    pitchDeg: 0,
    sizeDeg: 10,
    label: { en: name },
    targetSceneId: `scene:${target}`,
    icon: 'arrow',
    effects: [],
    ...overrides,
  }) as Hotspot

const fakePanorama = (sceneName: string): Story['assets'][number] =>
  ({
    id: `asset:pano-${sceneName}`,
    kind: 'panorama',
    path: `images/${sceneName}.jpg`,
    mime: 'image/jpeg',
    bytes: 1000,
    sha256: '0'.repeat(64),
    widthPx: 4096,
    heightPx: 2048,
    projection: { type: 'full' },
    derivatives: [],
    credit: { author: 'Test', licence: 'CC0-1.0' },
    description: { en: `A photo of ${sceneName}.` },
  }) as unknown as Story['assets'][number]

/** A story of scenes "a" → "b" (an ending), or of the given scenes with a panorama for each. */
export const fakeStory = (overrides: Partial<Story> = {}): Story => {
  const scenes = overrides.scenes ?? [
    fakeScene('a', { hotspots: [fakeLink('to-b', 'b')] }),
    fakeScene('b', { ending: { message: { en: 'The end.' } } }),
  ]
  return {
    id: 'story:fake',
    title: { en: 'A fake story' },
    language: 'en',
    languages: ['en'],
    authors: [{ name: 'Tester' }],
    licence: 'CC-BY-4.0',
    credits: [],
    startSceneId: scenes[0]!.id,
    variables: [],
    playerDefaults: defaultPlayerDefaults,
    assets: scenes.map((scene) => fakePanorama(scene.id.slice('scene:'.length))),
    ...overrides,
    scenes,
  } as Story
}
