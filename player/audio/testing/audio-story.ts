import type { AudioAsset, Hotspot, Scene, Story } from '@story-schema'
import { defaultPlayerDefaults } from '@story-schema'

/**
 * Small stories with sound for the mixer and caption tests. Values are cast rather than parsed so a
 * test can shape them freely; ids come from readable names (`asset:wind`, `scene:harbour`).
 */

/** An audio asset `asset:<name>` of `durationMs` (10 s by default). */
export const audioAsset = (name: string, durationMs = 10_000): AudioAsset =>
  ({
    id: `asset:${name}`,
    kind: 'audio',
    path: `audio/${name}.mp3`,
    mime: 'audio/mpeg',
    bytes: 1000,
    sha256: '0'.repeat(64),
    durationMs,
  }) as AudioAsset

/** A scene `scene:<name>` with the given parts (no sound by default). */
export const soundScene = (name: string, parts: Partial<Scene> = {}): Scene =>
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
    ...parts,
  }) as Scene

/** An ambient bed `sound:<name>` playing `asset:<asset>`. */
export const bed = (name: string, asset: string, gain = 0.5, fadeInMs = 1000, fadeOutMs = 1000) =>
  ({ id: `sound:${name}`, assetId: `asset:${asset}`, gain, loop: true, fadeInMs, fadeOutMs }) as Scene['soundscape']['beds'][number]

/** A positional sound `sound:<name>` playing `asset:<asset>` at a direction and distance. */
export const positional = (name: string, asset: string, yawDeg: number, extra: Record<string, unknown> = {}) =>
  ({
    id: `sound:${name}`,
    assetId: `asset:${asset}`,
    yawDeg,
    pitchDeg: 0,
    distanceM: 2,
    gain: 0.8,
    loop: true,
    ...extra,
  }) as Scene['soundscape']['sounds'][number]

/** A sound hotspot `hotspot:<name>` playing `asset:<asset>`. */
export const soundHotspot = (name: string, asset: string, extra: Record<string, unknown> = {}): Hotspot =>
  ({
    id: `hotspot:${name}`,
    kind: 'sound',
    yawDeg: 90,
    pitchDeg: 0,
    sizeDeg: 10,
    label: { en: name },
    assetId: `asset:${asset}`,
    gain: 1,
    loop: false,
    ...extra,
  }) as unknown as Hotspot

/** A story of these scenes and audio assets (the first scene starts), in English and Norwegian. */
export const soundStory = (scenes: Scene[], assets: AudioAsset[]): Story =>
  ({
    id: 'story:sound',
    title: { en: 'Sound' },
    language: 'en',
    languages: ['en', 'nb'],
    authors: [{ name: 'Tester' }],
    licence: 'CC-BY-4.0',
    credits: [],
    startSceneId: scenes[0]!.id,
    variables: [],
    playerDefaults: defaultPlayerDefaults,
    scenes,
    assets,
  }) as unknown as Story
