import type { Story } from '@story-schema'
import { defaultPlayerDefaults, makeId } from '@story-schema'

/** The story-level fields every new story starts with; scenes and assets are filled in by the caller. */
export type StoryShell = Omit<Story, 'scenes' | 'assets'>

/** A new story's own fields (one language, the author's own work, no variables) starting at `startSceneId`. */
export const makeStoryShell = ({
  id,
  title,
  language,
  startSceneId,
}: {
  id?: string
  title: string
  language: string
  startSceneId: Story['startSceneId']
}): StoryShell => ({
  id: (id ?? makeId('story')) as Story['id'],
  title: { [language]: title },
  language,
  languages: [language],
  authors: [],
  licence: 'own-work',
  credits: [],
  startSceneId,
  variables: [],
  playerDefaults: defaultPlayerDefaults,
})
