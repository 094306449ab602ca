import { canonicalLanguageTag } from '@story-schema'
import type { Command } from '../state'
import { CommandError } from '../state'
import { languagesStrings } from './strings'

const w = languagesStrings.refusals

/** Offers the story in one more language (a BCP 47 tag, put in canonical case). */
export const addStoryLanguage: Command<{ language: string }> = (story, { language }) => {
  const tag = canonicalLanguageTag(language)
  if (!tag) throw new CommandError(w.badTag, 'language')
  if (story.languages.includes(tag)) throw new CommandError(w.alreadyThere, 'language')
  if (story.languages.length >= 20) throw new CommandError(w.tooMany, 'language')
  return { ...story, languages: [...story.languages, tag] }
}

/**
 * Stops offering the story in a language and removes the scenes' narrations (captions) in it. Texts
 * written in it stay in the file, unseen, so adding the language again brings them back. The story's
 * own language can't be removed.
 */
export const removeStoryLanguage: Command<{ language: string }> = (story, { language }) => {
  if (language === story.language) throw new CommandError(w.keepOriginal, 'language')
  if (!story.languages.includes(language)) throw new CommandError(w.notThere, 'language')
  const scenes = story.scenes.map((scene) =>
    scene.narrations.some((narration) => narration.language === language)
      ? { ...scene, narrations: scene.narrations.filter((narration) => narration.language !== language) }
      : scene,
  )
  return { ...story, languages: story.languages.filter((tag) => tag !== language), scenes }
}
