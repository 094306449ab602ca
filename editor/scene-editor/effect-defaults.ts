import type { Effect, EffectType, SceneId, Story, VariableValue } from '@story-schema'

/** The first variable of a type (or any), the first sound, the first other scene: what a new effect names. */
const firstVariable = (story: Story, type?: string) =>
  story.variables.find((variable) => !type || variable.type === type) ?? story.variables[0]

/** The value a "set" effect starts with for a variable type. */
export const setValueFor = (type: string | undefined): VariableValue => (type === 'flag' ? true : type === 'number' ? 1 : '')

/**
 * A new effect of `type`, filled in from the story (a variable, a scene other than `sceneId`, a sound),
 * or null when the story has nothing it could name yet (no variables, no sounds).
 */
export const newEffect = (type: EffectType, story: Story, sceneId: SceneId): Effect | null => {
  switch (type) {
    case 'set': {
      const variable = firstVariable(story)
      return variable ? { type, variable: variable.name, value: setValueFor(variable.type) } : null
    }
    case 'add': {
      const variable = firstVariable(story, 'number')
      return variable ? { type, variable: variable.name, amount: 1 } : null
    }
    case 'toggle': {
      const variable = firstVariable(story, 'flag')
      return variable ? { type, variable: variable.name } : null
    }
    case 'goTo': {
      const scene = story.scenes.find((candidate) => candidate.id !== sceneId) ?? story.scenes[0]
      return scene ? { type, sceneId: scene.id } : null
    }
    case 'playSound': {
      const sound = story.assets.find((asset) => asset.kind === 'audio')
      return sound ? { type, assetId: sound.id } : null
    }
    case 'end':
      return { type }
  }
}

/** Effect types in the order the editor offers them. */
export const effectTypes: readonly EffectType[] = ['set', 'add', 'toggle', 'goTo', 'playSound', 'end']
