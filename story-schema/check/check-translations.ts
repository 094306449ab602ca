import { assetName } from '../place-names'
import type { Story } from '../records/story'
import type { LocalizedText } from '../text'
import { hasTranslation } from '../text'
import type { StoryIssue } from './story-issue'
import type { Site } from './story-sites'
import { choiceSite, effectSites, forEachHotspot, makeIssue, sceneSite, within } from './story-sites'

/** A piece of viewer-facing text and its place. */
type TextField = { text: LocalizedText | undefined; site: Site }

/** Every viewer-facing text in the story, with its place. */
const textFields = (story: Story): TextField[] => {
  const top: Site = { where: 'Story', ref: {} }
  const fields: TextField[] = [
    { text: story.title, site: within(top, 'title') },
    { text: story.summary, site: within(top, 'summary') },
    ...story.credits.map((credit, i) => ({ text: credit.role, site: within(top, `credit ${i + 1}`) })),
  ]
  story.scenes.forEach((scene, s) => {
    const site = sceneSite(story, scene, s)
    fields.push(
      { text: scene.title, site: within(site, 'title') },
      { text: scene.description, site: within(site, 'description') },
      { text: scene.ending?.message, site: within(site, 'ending message') },
      ...scene.soundscape.sounds.map((sound, i) => ({ text: sound.caption, site: within(site, `placed sound ${i + 1} › caption`) })),
    )
  })
  forEachHotspot(story, (hotspot, site) => {
    fields.push({ text: hotspot.label, site: within(site, 'label') }, { text: hotspot.description, site: within(site, 'description') })
    if (hotspot.kind === 'sound') fields.push({ text: hotspot.caption, site: within(site, 'caption') })
    if (hotspot.kind === 'billboard') {
      fields.push(
        { text: hotspot.title, site: within(site, 'title') },
        { text: hotspot.body, site: within(site, 'text') },
        { text: hotspot.urlLabel, site: within(site, 'link label') },
        ...hotspot.choices.map((choice, c) => ({ text: choice.label, site: within(choiceSite(story, site, choice, c), 'label') })),
      )
    }
  })
  for (const { effect, site } of effectSites(story)) {
    if (effect.type === 'end') fields.push({ text: effect.message, site: within(site, 'message') })
  }
  story.assets.forEach((asset, index) => {
    fields.push({ text: asset.description, site: within({ where: assetName(asset, index), ref: { assetId: asset.id } }, 'description') })
  })
  return fields
}

/**
 * Translations: every viewer-facing text that exists has a version in each of `story.languages`
 * (one issue per text and missing language, with `ref.language`), and a scene narrated in one
 * language is narrated in all of them.
 */
export const checkTranslations = (story: Story): StoryIssue[] => {
  const issues: StoryIssue[] = []
  const languages = story.languages
  for (const { text, site } of textFields(story)) {
    if (!text || !Object.values(text).some((value) => value.trim().length > 0)) continue
    for (const language of languages) {
      if (!hasTranslation(text, language)) {
        issues.push(makeIssue('warning', 'untranslated-text', `This text has no "${language}" version.`, site, { language }))
      }
    }
  }
  story.scenes.forEach((scene, s) => {
    if (scene.narrations.length === 0) return
    const narrated = new Set(scene.narrations.map((narration) => narration.language))
    for (const language of languages) {
      if (narrated.has(language)) continue
      const message = `This scene has narration in ${[...narrated].join(', ')} but none in "${language}".`
      issues.push(makeIssue('warning', 'untranslated-text', message, within(sceneSite(story, scene, s), 'narration'), { language }))
    }
  })
  return issues
}
