import type { Story } from '@story-schema'
import { localize, makeId } from '@story-schema'
import { strings } from '../ui/strings'

/** A copy of a story with a new id and " (copy)" after its title; media are shared by sha-256. */
export const duplicateOf = (story: Story): Story => ({
  ...story,
  id: makeId('story'),
  title: { ...story.title, [story.language]: strings.copyTitle(localize(story.title, story.language, story.language)).slice(0, 200) },
})
