import { assetName, hotspotName } from '../place-names'
import type { Story } from '../records/story'
import type { LocalizedText } from '../text'
import type { StoryIssue } from './story-issue'
import { forEachHotspot, makeIssue, sceneSite, within } from './story-sites'

const hasAnyText = (text: LocalizedText | undefined): boolean =>
  !!text && Object.values(text).some((value) => value.trim().length > 0)

const labelKey = (label: string): string => label.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase()

/**
 * Accessibility of the content: every scene is described in words (C-17; a hotspot or billboard
 * image without a description is only worth an `info`), narration with audio has captions unless it
 * says it has no words (C-10), and hotspot labels in a scene are distinct in every language (C-9,
 * compared ignoring case and spacing).
 */
export const checkAccessibility = (story: Story): StoryIssue[] => {
  const issues: StoryIssue[] = []
  story.scenes.forEach((scene, s) => {
    const site = sceneSite(story, scene, s)
    if (!hasAnyText(scene.description)) {
      const message = 'This scene has no description; people who cannot see the photo need it in words.'
      issues.push(makeIssue('warning', 'missing-description', message, within(site, 'description')))
    }
    scene.narrations.forEach((narration) => {
      if (narration.assetId && narration.cues.length === 0 && !narration.noWords) {
        const message = 'This narration has sound but no captions. Add captions, or mark it as having no words.'
        const place = within(site, `narration (${narration.language})`)
        issues.push(makeIssue('warning', 'narration-without-captions', message, place, { language: narration.language }))
      }
    })
  })
  forEachHotspot(story, (hotspot, site, scene) => {
    if (!hasAnyText(hotspot.description)) {
      const message = 'This hotspot has no description; it helps people using a screen reader to know what it is.'
      issues.push(makeIssue('info', 'missing-description', message, within(site, 'description')))
    }
    const index = scene.hotspots.indexOf(hotspot)
    const earlier = scene.hotspots.slice(0, index)
    for (const [language, label] of Object.entries(hotspot.label)) {
      const key = labelKey(label)
      const twin = earlier.find((other) => Object.hasOwn(other.label, language) && labelKey(other.label[language] ?? '') === key)
      if (!twin) continue
      const name = hotspotName(twin, scene.hotspots.indexOf(twin), language)
      const message = `This hotspot has the same label ("${label}") as ${name}; voice control and screen readers cannot tell them apart.`
      issues.push(makeIssue('warning', 'duplicate-label', message, within(site, 'label'), { language }))
      break
    }
  })
  story.assets.forEach((asset, index) => {
    if (asset.kind === 'image' && !hasAnyText(asset.description)) {
      const site = { where: assetName(asset, index), ref: { assetId: asset.id } }
      const message = 'This image has no description (alt text).'
      issues.push(makeIssue('info', 'missing-description', message, within(site, 'description')))
    }
  })
  return issues
}
