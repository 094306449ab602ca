/** Refusals of the sound commands, in words (English; see strings.ts for the i18n note). */
export const soundCommandStrings = {
  notASound: (id: string) => `“${id}” is not a sound of this story.`,
  noBed: (id: string) => `There is no background sound “${id}” in this scene.`,
  noPositional: (id: string) => `There is no sound “${id}” in this scene.`,
  tooManySounds: (max: number) => `A scene can have at most ${max} sounds of this kind.`,
} as const
