import type { ChoiceId, HotspotId, SceneId, Story } from '@story-schema'
import { describePlace, goToTargets } from '@story-schema'

/** A place that leads to a scene: a link, a choice or a "go to" effect (a "visited" condition leads nowhere). */
export type SceneReference = { where: string; ref: { sceneId?: SceneId; hotspotId?: HotspotId; choiceId?: ChoiceId } }

/**
 * Every place that leads to the scene `sceneId`, in story order, in words. Shown before deleting a
 * scene: these places stay and point at nothing until the author changes them (the checks list them).
 */
export const sceneReferences = (story: Story, sceneId: SceneId): SceneReference[] => {
  const file = { story }
  const out: SceneReference[] = []
  const add = (path: (string | number)[], ref: SceneReference['ref']) =>
    out.push({ where: describePlace(file, ['story', ...path]), ref })
  story.scenes.forEach((scene, s) => {
    if (goToTargets(scene.onEnter).includes(sceneId)) add(['scenes', s, 'onEnter'], { sceneId: scene.id })
    scene.hotspots.forEach((hotspot, h) => {
      const at = ['scenes', s, 'hotspots', h]
      const ref = { sceneId: scene.id, hotspotId: hotspot.id }
      if (hotspot.kind === 'link') {
        if (hotspot.targetSceneId === sceneId) add([...at, 'targetSceneId'], ref)
        if (goToTargets(hotspot.effects).includes(sceneId)) add([...at, 'effects'], ref)
      }
      if (hotspot.kind !== 'billboard') return
      hotspot.choices.forEach((choice, c) => {
        const choiceRef = { ...ref, choiceId: choice.id }
        if (choice.targetSceneId === sceneId) add([...at, 'choices', c, 'targetSceneId'], choiceRef)
        if (goToTargets(choice.effects).includes(sceneId)) add([...at, 'choices', c, 'effects'], choiceRef)
      })
    })
  })
  return out.filter((reference) => reference.ref.sceneId !== sceneId)
}
