import type { ChoiceId, Condition, Effect, HotspotId, SceneId, Story } from '@story-schema'
import { describePlace } from '@story-schema'

/** One place that reads or changes a variable, in words ("Scene 'Yard' › hotspot 'Door' › shown when") and as ids. */
export type VariableUsage = {
  where: string
  how: 'condition' | 'effect'
  ref: { sceneId: SceneId; hotspotId?: HotspotId; choiceId?: ChoiceId }
}

/** True when the condition (or any part of it) compares `name`. */
export const conditionUses = (condition: Condition | undefined, name: string): boolean => {
  if (!condition) return false
  switch (condition.type) {
    case 'all':
    case 'any':
      return condition.conditions.some((part) => conditionUses(part, name))
    case 'not':
      return conditionUses(condition.condition, name)
    case 'compare':
      return condition.variable === name
    case 'visited':
      return false
  }
}

/** True when an effect of the list sets, adds to or toggles `name`. */
export const effectsUse = (effects: readonly Effect[], name: string): boolean =>
  effects.some((effect) => (effect.type === 'set' || effect.type === 'add' || effect.type === 'toggle') && effect.variable === name)

/**
 * Every place that uses the variable `name`, in story order: scenes' "on arrival" effects, hotspots'
 * and choices' conditions, links' and choices' effects. For the variables panel and for refusing to
 * delete a variable that is still used.
 */
export const variableUsages = (story: Story, name: string): VariableUsage[] => {
  const file = { story }
  const out: VariableUsage[] = []
  const add = (path: (string | number)[], how: VariableUsage['how'], ref: VariableUsage['ref']) =>
    out.push({ where: describePlace(file, ['story', ...path]), how, ref })
  story.scenes.forEach((scene, s) => {
    const sceneId = scene.id
    if (effectsUse(scene.onEnter, name)) add(['scenes', s, 'onEnter'], 'effect', { sceneId })
    scene.hotspots.forEach((hotspot, h) => {
      const at = ['scenes', s, 'hotspots', h]
      const ref = { sceneId, hotspotId: hotspot.id }
      if (conditionUses(hotspot.visibleIf, name)) add([...at, 'visibleIf'], 'condition', ref)
      if (hotspot.kind === 'link' && effectsUse(hotspot.effects, name)) add([...at, 'effects'], 'effect', ref)
      if (hotspot.kind !== 'billboard') return
      hotspot.choices.forEach((choice, c) => {
        const choiceRef = { ...ref, choiceId: choice.id }
        if (conditionUses(choice.visibleIf, name)) add([...at, 'choices', c, 'visibleIf'], 'condition', choiceRef)
        if (effectsUse(choice.effects, name)) add([...at, 'choices', c, 'effects'], 'effect', choiceRef)
      })
    })
  })
  return out
}
