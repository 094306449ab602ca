import type { Condition, Effect, Hotspot, Scene, Story } from '@story-schema'
import { conditionUses, effectsUse } from '../variable-usages'

const renameInCondition = (condition: Condition, from: string, to: string): Condition => {
  switch (condition.type) {
    case 'all':
    case 'any':
      return { ...condition, conditions: condition.conditions.map((part) => renameInCondition(part, from, to)) }
    case 'not':
      return { ...condition, condition: renameInCondition(condition.condition, from, to) }
    case 'compare':
      return condition.variable === from ? { ...condition, variable: to } : condition
    case 'visited':
      return condition
  }
}

const renameInEffects = (effects: Effect[], from: string, to: string): Effect[] =>
  effectsUse(effects, from)
    ? effects.map((effect) => ('variable' in effect && effect.variable === from ? { ...effect, variable: to } : effect))
    : effects

const renameInHotspot = (hotspot: Hotspot, from: string, to: string): Hotspot => {
  let next = hotspot
  if (conditionUses(hotspot.visibleIf, from)) next = { ...next, visibleIf: renameInCondition(hotspot.visibleIf!, from, to) }
  if (next.kind === 'link' && effectsUse(next.effects, from)) next = { ...next, effects: renameInEffects(next.effects, from, to) }
  if (next.kind === 'billboard') {
    const choices = next.choices.map((choice) => {
      const used = conditionUses(choice.visibleIf, from) || effectsUse(choice.effects, from)
      if (!used) return choice
      const visibleIf = choice.visibleIf && renameInCondition(choice.visibleIf, from, to)
      return { ...choice, ...(visibleIf ? { visibleIf } : {}), effects: renameInEffects(choice.effects, from, to) }
    })
    const before = next.choices
    if (choices.some((choice, i) => choice !== before[i])) next = { ...next, choices }
  }
  return next
}

const renameInScene = (scene: Scene, from: string, to: string): Scene => {
  const onEnter = renameInEffects(scene.onEnter, from, to)
  const hotspots = scene.hotspots.map((hotspot) => renameInHotspot(hotspot, from, to))
  const hotspotsChanged = hotspots.some((hotspot, i) => hotspot !== scene.hotspots[i])
  if (onEnter === scene.onEnter && !hotspotsChanged) return scene
  return { ...scene, onEnter, hotspots: hotspotsChanged ? hotspots : scene.hotspots }
}

/** The story with every condition and effect that names `from` naming `to` instead; untouched scenes are shared. */
export const renameVariableUses = (story: Story, from: string, to: string): Story => {
  const scenes = story.scenes.map((scene) => renameInScene(scene, from, to))
  return scenes.some((scene, i) => scene !== story.scenes[i]) ? { ...story, scenes } : story
}
