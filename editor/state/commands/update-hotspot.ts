import type { AssetId, Condition, Hotspot, HotspotId, HotspotKind, SceneId } from '@story-schema'
import { findAsset, findScene, hotspotSchema } from '@story-schema'
import type { Command } from '../command'
import { CommandError } from '../command'
import { stateMessages } from '../messages'
import { storedSizeDeg } from '../support/angles'
import { checkedRecord } from '../support/checked-record'
import { withText } from '../support/localized-text'
import { sameRecord } from '../support/same-record'
import { mapHotspot } from '../support/story-edits'

/** What `updateHotspot` can change; fields left out stay. Texts are for the language of the call. */
export type HotspotChanges = {
  label?: string
  description?: string
  sizeDeg?: number
  /** When it is shown; `null` removes the condition (always shown). */
  visibleIf?: Condition | null
  /** link */
  targetSceneId?: SceneId
  icon?: 'arrow' | 'door'
  /** billboard */
  title?: string
  body?: string
  imageAssetId?: AssetId | null
  /** An https address, or '' to remove the link. */
  url?: string
  urlLabel?: string
  /** sound */
  assetId?: AssetId
  gain?: number
  loop?: boolean
  caption?: string
}

/** Arguments of `updateHotspot`. */
export type UpdateHotspotArgs = { sceneId: SceneId; hotspotId: HotspotId; language?: string; changes: HotspotChanges }

const common = ['label', 'description', 'sizeDeg', 'visibleIf']
const byKind: Record<HotspotKind, string[]> = {
  link: ['targetSceneId', 'icon'],
  billboard: ['title', 'body', 'imageAssetId', 'url', 'urlLabel'],
  sound: ['assetId', 'gain', 'loop', 'caption'],
}
const texts = { label: true, description: false, title: true, body: false, urlLabel: false, caption: false } as const

const finiteGain = (gain: number): number => {
  if (!Number.isFinite(gain)) throw new CommandError(stateMessages.notANumber, 'gain')
  return Math.min(1, Math.max(0, Math.round(gain * 100) / 100))
}

const checkReferences = (story: Parameters<Command<unknown>>[0], changes: HotspotChanges) => {
  if (changes.targetSceneId !== undefined && !findScene(story, changes.targetSceneId)) {
    throw new CommandError(stateMessages.noScene(changes.targetSceneId), 'targetSceneId')
  }
  if (changes.imageAssetId && findAsset(story, changes.imageAssetId)?.kind !== 'image') {
    throw new CommandError(stateMessages.notAnImage(changes.imageAssetId), 'imageAssetId')
  }
  if (changes.assetId !== undefined && findAsset(story, changes.assetId)?.kind !== 'audio') {
    throw new CommandError(stateMessages.notAnAudio(changes.assetId), 'assetId')
  }
}

/**
 * Changes a hotspot's fields: label, description, size and condition for every kind; target and icon
 * of a link; title, text, image, web link (https only) of a billboard; clip, volume, loop and caption of
 * a sound. A field the kind doesn't have is refused, and so is a value the story format doesn't allow.
 */
export const updateHotspot: Command<UpdateHotspotArgs> = (story, { sceneId, hotspotId, language = story.language, changes }) =>
  mapHotspot(story, sceneId, hotspotId, (hotspot) => {
    for (const field of Object.keys(changes)) {
      if (!common.includes(field) && !byKind[hotspot.kind].includes(field)) {
        throw new CommandError(stateMessages.fieldNotForKind(field, hotspot.kind), field)
      }
    }
    checkReferences(story, changes)
    const next: Record<string, unknown> = { ...hotspot }
    for (const [field, required] of Object.entries(texts)) {
      const value = changes[field as keyof typeof texts]
      if (value === undefined) continue
      const text = withText(next[field] as Record<string, string> | undefined, language, value, required)
      if (text === undefined) delete next[field]
      else next[field] = text
    }
    if (changes.sizeDeg !== undefined) next.sizeDeg = storedSizeDeg(changes.sizeDeg)
    if (changes.gain !== undefined) next.gain = finiteGain(changes.gain)
    for (const field of ['targetSceneId', 'icon', 'assetId', 'loop'] as const) {
      if (changes[field] !== undefined) next[field] = changes[field]
    }
    for (const field of ['visibleIf', 'imageAssetId'] as const) {
      if (changes[field] === null) delete next[field]
      else if (changes[field] !== undefined) next[field] = changes[field]
    }
    if (changes.url !== undefined) {
      const url = changes.url.trim()
      if (url === '') delete next.url
      else next.url = url
    }
    if (sameRecord(next, hotspot)) return hotspot
    return checkedRecord(hotspotSchema, next as Hotspot)
  })
