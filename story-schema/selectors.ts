import type { AssetId, HotspotId, SceneId } from './ids'
import type { Asset } from './records/asset'
import type { Effect } from './records/effect'
import type { Hotspot } from './records/hotspot'
import type { Scene } from './records/scene'
import type { Story } from './records/story'
import type { Variable } from './records/variable'

/**
 * Pure lookups over a story. Id → record maps are built once per `scenes` / `assets` array and kept in
 * a WeakMap, so lookups in hot paths (the engine, the checks) are O(1). Treat stories as immutable
 * values (replace an array to change it); an array changed in place is noticed when its length or
 * the record found no longer matches, and its map is rebuilt.
 */
type Index<T> = { length: number; byId: Map<string, T> }
const sceneIndexes = new WeakMap<readonly Scene[], Index<Scene>>()
const assetIndexes = new WeakMap<readonly Asset[], Index<Asset>>()

const lookup = <T extends { id: string }>(cache: WeakMap<readonly T[], Index<T>>, list: readonly T[], id: string) => {
  let index = cache.get(list)
  const cached = index?.byId.get(id)
  if (index && index.length === list.length && (cached === undefined || cached.id === id)) return cached
  index = { length: list.length, byId: new Map() }
  for (const item of list) if (!index.byId.has(item.id)) index.byId.set(item.id, item)
  cache.set(list, index)
  return index.byId.get(id)
}

/** The scene with this id, or undefined. */
export const findScene = (story: Story, id: string): Scene | undefined => lookup(sceneIndexes, story.scenes, id)

/** The scene with this id; throws when there is none (use where the id is known to be valid). */
export const sceneWithId = (story: Story, id: string): Scene => {
  const scene = findScene(story, id)
  if (!scene) throw new Error(`The story has no scene with the id "${id}".`)
  return scene
}

/** The asset with this id, or undefined. */
export const findAsset = (story: Story, id: string): Asset | undefined => lookup(assetIndexes, story.assets, id)

/** The hotspot with this id in the scene, or undefined. */
export const findHotspot = (scene: Scene, id: string): Hotspot | undefined =>
  scene.hotspots.find((hotspot) => hotspot.id === (id as HotspotId))

/** The declared variable with this name, or undefined. */
export const variableWithName = (story: Story, name: string): Variable | undefined =>
  story.variables.find((variable) => variable.name === name)

/** Scene ids named by `goTo` effects in a list, in order. */
export const goToTargets = (effects: readonly Effect[]): SceneId[] =>
  effects.flatMap((effect) => (effect.type === 'goTo' ? [effect.sceneId] : []))

const unique = <T>(values: T[]): T[] => [...new Set(values)]

/** Scene ids a hotspot can lead to: a link's target, its choices' targets, and `goTo` effects (unique, in order). */
export const hotspotTargets = (hotspot: Hotspot): SceneId[] => {
  switch (hotspot.kind) {
    case 'link':
      return unique([hotspot.targetSceneId, ...goToTargets(hotspot.effects)])
    case 'billboard':
      return unique(
        hotspot.choices.flatMap((choice) => [
          ...(choice.targetSceneId ? [choice.targetSceneId] : []),
          ...goToTargets(choice.effects),
        ]),
      )
    case 'sound':
      return []
  }
}

/** Scene ids a scene can lead to: its hotspots' targets and the `goTo` effects it runs on entering (unique, in order). */
export const sceneExitIds = (scene: Scene): SceneId[] =>
  unique([...goToTargets(scene.onEnter), ...scene.hotspots.flatMap(hotspotTargets)])

/**
 * Scenes reachable from the start scene over links, choices and `goTo` effects, ignoring conditions,
 * in breadth-first order. Ids of scenes that do not exist are left out; empty when the start is missing.
 */
export const reachableSceneIds = (story: Story): Set<SceneId> => {
  const reached = new Set<SceneId>()
  if (!findScene(story, story.startSceneId)) return reached
  const queue: SceneId[] = [story.startSceneId]
  reached.add(story.startSceneId)
  for (let i = 0; i < queue.length; i++) {
    const scene = findScene(story, queue[i]!)
    for (const next of scene ? sceneExitIds(scene) : []) {
      if (reached.has(next) || !findScene(story, next)) continue
      reached.add(next)
      queue.push(next)
    }
  }
  return reached
}

/** Every effect list in a scene: on entering, on each link, on each choice. */
export const sceneEffectLists = (scene: Scene): (readonly Effect[])[] => [
  scene.onEnter,
  ...scene.hotspots.flatMap((hotspot) =>
    hotspot.kind === 'link' ? [hotspot.effects] : hotspot.kind === 'billboard' ? hotspot.choices.map((c) => c.effects) : [],
  ),
]

/** Asset ids a scene refers to: panorama, billboard images, sounds, narration, beds and `playSound` effects. */
export const sceneAssetIds = (scene: Scene): AssetId[] => [
  scene.panoramaAssetId,
  ...scene.hotspots.flatMap((hotspot) => {
    if (hotspot.kind === 'billboard') return hotspot.imageAssetId ? [hotspot.imageAssetId] : []
    return hotspot.kind === 'sound' ? [hotspot.assetId] : []
  }),
  ...scene.narrations.flatMap((narration) => (narration.assetId ? [narration.assetId] : [])),
  ...scene.soundscape.beds.map((bed) => bed.assetId),
  ...scene.soundscape.sounds.map((sound) => sound.assetId),
  ...sceneEffectLists(scene).flatMap((effects) => effects.flatMap((e) => (e.type === 'playSound' ? [e.assetId] : []))),
]

/** Every asset id the story refers to anywhere (whether or not the asset exists). */
export const assetIdsUsed = (story: Story): Set<AssetId> => new Set(story.scenes.flatMap(sceneAssetIds))
