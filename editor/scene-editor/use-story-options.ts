import { localize } from '@story-schema'
import type { Story } from '@story-schema'
import { useMemo } from 'react'
import type { SelectOption } from './fields/select-field'
import { useEditor } from './scene-editor-context'
import { sceneEditorStrings as t } from './strings'

/** Names for the story's scenes, variables and media, for the editor's drop-down lists. */
export type StoryOptions = {
  scenes: SelectOption[]
  variables: SelectOption[]
  sounds: SelectOption[]
  images: SelectOption[]
  panoramas: SelectOption[]
}

const mediaName = (story: Story, asset: Story['assets'][number], language: string) => {
  const description = localize(asset.description, language, story.language)
  return description ? `${description} (${asset.path})` : asset.path
}

/** The story's things as options, in story order, named in the language being written; recomputed when the story changes. */
export const storyOptions = (story: Story, language: string): StoryOptions => {
  const media = (kind: string) =>
    story.assets
      .filter((asset) => asset.kind === kind)
      .map((asset) => ({ value: asset.id, label: mediaName(story, asset, language) }))
  return {
    scenes: story.scenes.map((scene) => ({
      value: scene.id,
      label: localize(scene.title, language, story.language) || t.untitled,
    })),
    variables: story.variables.map((variable) => ({
      value: variable.name,
      label: `${variable.name} (${t.typeNames[variable.type]})`,
    })),
    sounds: media('audio'),
    images: media('image'),
    panoramas: media('panorama'),
  }
}

/** `storyOptions` for the open story and the language being written. */
export const useStoryOptions = (): StoryOptions => {
  const { doc, language } = useEditor((state) => ({ doc: state.doc, language: state.session.language }))
  return useMemo(() => storyOptions(doc, language), [doc, language])
}

/**
 * `options` plus one for `value` when it names something that no longer exists ("scene:gone (missing:
 * choose another)"), so a list never shows something else than what is stored.
 */
export const withMissing = (options: readonly SelectOption[], value: string): SelectOption[] =>
  value === '' || options.some((option) => option.value === value) ? [...options] : [...options, { value, label: t.missing(value) }]
