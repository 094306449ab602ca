import type { IdKind, Story } from '@story-schema'
import { isIdOfKind } from '@story-schema'
import { CommandError } from '../command'
import { stateMessages } from '../messages'

/** Every id of `kind` in the story (scene, hotspot, choice and sound ids are unique story-wide). */
const idsOf = (story: Story, kind: IdKind): string[] => {
  switch (kind) {
    case 'scene':
      return story.scenes.map((scene) => scene.id)
    case 'hotspot':
      return story.scenes.flatMap((scene) => scene.hotspots.map((hotspot) => hotspot.id))
    case 'choice':
      return story.scenes.flatMap((scene) =>
        scene.hotspots.flatMap((hotspot) => (hotspot.kind === 'billboard' ? hotspot.choices.map((c) => c.id) : [])),
      )
    case 'asset':
      return story.assets.map((asset) => asset.id)
    case 'sound':
      return story.scenes.flatMap((scene) => [...scene.soundscape.beds, ...scene.soundscape.sounds].map((sound) => sound.id))
    case 'story':
      return [story.id]
  }
}

/**
 * Checks that `id` is a well-formed id of `kind` that the story does not use yet. Commands take new
 * ids as arguments (callers make them with story-schema's `makeId`), so the commands stay pure.
 */
export const assertFreeId = (story: Story, kind: IdKind, id: string): void => {
  if (!isIdOfKind(kind, id)) throw new CommandError(stateMessages.badId(id), 'id')
  if (idsOf(story, kind).includes(id)) throw new CommandError(stateMessages.idInUse(id), 'id')
}
