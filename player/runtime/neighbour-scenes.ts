import type { AssetId, Scene, SceneId, Story } from '@story-schema'

/**
 * The scenes one choice away from a scene (links, billboard choices and goTo effects, ignoring
 * conditions), so their pictures can be loaded before the viewer picks (no choice waits on the network).
 */
export const neighbourSceneIds = (scene: Scene): SceneId[] => {
  const ids = new Set<SceneId>()
  const addGoTos = (effects: readonly { type: string; sceneId?: SceneId }[]) => {
    for (const effect of effects) if (effect.type === 'goTo' && effect.sceneId) ids.add(effect.sceneId)
  }
  addGoTos(scene.onEnter)
  for (const hotspot of scene.hotspots) {
    if (hotspot.kind === 'link') {
      ids.add(hotspot.targetSceneId)
      addGoTos(hotspot.effects)
    } else if (hotspot.kind === 'billboard') {
      for (const choice of hotspot.choices) {
        if (choice.targetSceneId) ids.add(choice.targetSceneId)
        addGoTos(choice.effects)
      }
    }
  }
  ids.delete(scene.id)
  return [...ids]
}

/** Panorama asset ids of a scene and its neighbours that exist in the story: current first. */
export const panoramasAround = (story: Story, scene: Scene): AssetId[] => {
  const scenes = [scene, ...neighbourSceneIds(scene).flatMap((id) => story.scenes.filter((s) => s.id === id))]
  return [...new Set(scenes.map((s) => s.panoramaAssetId))]
}
