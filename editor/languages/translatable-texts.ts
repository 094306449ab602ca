import type { LocalizedText, Scene, Story } from '@story-schema'
import { localize } from '@story-schema'
import { languagesStrings as t } from './strings'

/** The kind of place a text is in, for grouping in the translation view. */
export type TextGroup = keyof typeof t.groups

/** A path from the story to a localized text record (`['scenes', 0, 'title']`). */
export type TextPath = readonly (string | number)[]

/** One translatable text: where it is (in words and as a path) and its values per language. */
export type TranslatableText = {
  key: string
  group: TextGroup
  place: string
  path: TextPath
  text: LocalizedText | undefined
  multiline: boolean
  /** True when the text may not be empty in any language it has (titles, labels). */
  required: boolean
}

const p = t.places
const part = p.parts
const join = (...parts: string[]) => parts.join(' › ')

type Add = (group: TextGroup, place: string, path: TextPath, text: LocalizedText | undefined, options?: { multiline?: boolean; required?: boolean }) => void

const effectTexts = (add: Add, effects: readonly { type: string }[], place: string, path: TextPath, group: TextGroup) =>
  effects.forEach((effect, e) => {
    if (effect.type === 'end' && 'message' in effect) {
      add(group, join(place, p.effect(e + 1)), [...path, e, 'message'], effect.message as LocalizedText | undefined, { multiline: true })
    }
  })

const sceneTexts = (add: Add, story: Story, scene: Scene, s: number) => {
  const language = story.language
  const place = p.scene(s + 1, localize(scene.title, language, language))
  const at: TextPath = ['scenes', s]
  add('scenes', join(place, part.title), [...at, 'title'], scene.title, { required: true })
  add('scenes', join(place, part.description), [...at, 'description'], scene.description, { multiline: true })
  if (scene.ending) add('scenes', join(place, part.endingMessage), [...at, 'ending', 'message'], scene.ending.message, { multiline: true, required: true })
  effectTexts(add, scene.onEnter, place, [...at, 'onEnter'], 'scenes')
  scene.soundscape.sounds.forEach((sound, i) => {
    add('scenes', join(place, p.sound(i + 1), part.caption), [...at, 'soundscape', 'sounds', i, 'caption'], sound.caption)
  })
  scene.hotspots.forEach((hotspot, h) => {
    const spot = join(place, p.hotspot(h + 1, localize(hotspot.label, language, language)))
    const hp: TextPath = [...at, 'hotspots', h]
    add('hotspots', join(spot, part.label), [...hp, 'label'], hotspot.label, { required: true })
    add('hotspots', join(spot, part.description), [...hp, 'description'], hotspot.description, { multiline: true })
    if (hotspot.kind === 'sound') add('hotspots', join(spot, part.caption), [...hp, 'caption'], hotspot.caption)
    if (hotspot.kind === 'link') effectTexts(add, hotspot.effects, spot, [...hp, 'effects'], 'hotspots')
    if (hotspot.kind === 'billboard') {
      add('hotspots', join(spot, part.title), [...hp, 'title'], hotspot.title)
      add('hotspots', join(spot, part.body), [...hp, 'body'], hotspot.body, { multiline: true })
      add('hotspots', join(spot, part.urlLabel), [...hp, 'urlLabel'], hotspot.urlLabel)
      hotspot.choices.forEach((choice, c) => {
        const cp = join(spot, p.choice(c + 1, localize(choice.label, language, language)))
        add('hotspots', join(cp, part.label), [...hp, 'choices', c, 'label'], choice.label, { required: true })
        effectTexts(add, choice.effects, cp, [...hp, 'choices', c, 'effects'], 'hotspots')
      })
    }
  })
}

/**
 * Every viewer-facing text of the story in story order (the same texts `checkStory`'s untranslated
 * rule looks at): titles, summaries, credits, scenes, hotspots, billboards, choices, ending messages,
 * sound captions and picture/sound descriptions. Texts that no language has yet are left out.
 */
export const translatableTexts = (story: Story): TranslatableText[] => {
  const out: TranslatableText[] = []
  const add: Add = (group, place, path, text, options = {}) => {
    if (!text || !Object.values(text).some((value) => value.trim() !== '')) return
    out.push({ key: path.join('/'), group, place, path, text, multiline: options.multiline ?? false, required: options.required ?? false })
  }
  add('story', p.storyTitle, ['title'], story.title, { required: true })
  add('story', p.storySummary, ['summary'], story.summary, { multiline: true })
  story.credits.forEach((credit, i) => add('story', p.creditRole(i + 1), ['credits', i, 'role'], credit.role, { required: true }))
  story.scenes.forEach((scene, s) => sceneTexts(add, story, scene, s))
  story.assets.forEach((asset, a) => add('media', p.asset(asset.path.split('/').pop() ?? asset.id), ['assets', a, 'description'], asset.description, { multiline: true }))
  return out
}
