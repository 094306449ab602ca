import type { AmbientBed, PositionalSound, SceneId, SoundId, Soundscape, Story } from '@story-schema'
import { limits, soundscapeSchema, wrapYawDeg } from '@story-schema'
import type { Command } from '../state'
import { CommandError } from '../state'
import { checkedRecord } from '../state/support/checked-record'
import { assertFreeId } from '../state/support/free-id'
import { withText } from '../state/support/localized-text'
import { sameRecord } from '../state/support/same-record'
import { mapScene } from '../state/support/story-edits'
import { soundCommandStrings as words } from './command-strings'
import type { NewSoundAsset } from './sound-asset'
import { assertSoundAsset, withSoundAsset } from './sound-asset'

/** The story with the scene's soundscape replaced by `update(soundscape)`, checked against the schema. */
const mapSoundscape = (story: Story, sceneId: SceneId, update: (soundscape: Soundscape) => Soundscape): Story =>
  mapScene(story, sceneId, (scene) => {
    const next = update(scene.soundscape)
    return next === scene.soundscape ? scene : { ...scene, soundscape: checkedRecord(soundscapeSchema, next) }
  })

const changed = <T extends { id: SoundId }>(list: readonly T[], id: SoundId, missing: string, update: (item: T) => T): T[] => {
  const index = list.findIndex((item) => item.id === id)
  if (index < 0) throw new CommandError(missing)
  return list.map((item, i) => (i === index ? update(item) : item))
}

const added = <T extends { id: SoundId; assetId: PositionalSound['assetId'] }>(story: Story, list: readonly T[], item: T): T[] => {
  assertFreeId(story, 'sound', item.id)
  assertSoundAsset(story, item.assetId)
  if (list.length >= limits.maxSoundsPerScene) throw new CommandError(words.tooManySounds(limits.maxSoundsPerScene))
  return [...list, item]
}

/** What `updateBed` can change. */
export type BedChanges = Partial<Omit<AmbientBed, 'id'>>

/** Adds a background sound to a scene; `asset` (already stored) joins the story in the same step. */
export const addBed: Command<{ sceneId: SceneId; bed: AmbientBed; asset?: NewSoundAsset }> = (story, { sceneId, bed, asset }) => {
  const withAsset = withSoundAsset(story, asset)
  return mapSoundscape(withAsset, sceneId, (s) => ({ ...s, beds: added(withAsset, s.beds, bed) }))
}

/** Changes a background sound's sound, volume, loop or fades. */
export const updateBed: Command<{ sceneId: SceneId; bedId: SoundId; changes: BedChanges }> = (story, { sceneId, bedId, changes }) => {
  if (changes.assetId) assertSoundAsset(story, changes.assetId)
  return mapSoundscape(story, sceneId, (s) => {
    const beds = changed(s.beds, bedId, words.noBed(bedId), (bed) => ({ ...bed, ...changes }))
    return sameRecord(beds, s.beds) ? s : { ...s, beds }
  })
}

/** Removes a background sound from a scene (its sound stays in the story's assets). */
export const removeBed: Command<{ sceneId: SceneId; bedId: SoundId }> = (story, { sceneId, bedId }) =>
  mapSoundscape(story, sceneId, (s) => {
    if (!s.beds.some((bed) => bed.id === bedId)) throw new CommandError(words.noBed(bedId))
    return { ...s, beds: s.beds.filter((bed) => bed.id !== bedId) }
  })

/** What `updatePositionalSound` can change; the caption is for `language`. */
export type PositionalChanges = Partial<Omit<PositionalSound, 'id' | 'caption'>> & { caption?: string }

/** Adds a sound in one direction; yaw is wrapped into [−180, 180). */
export const addPositionalSound: Command<{ sceneId: SceneId; sound: PositionalSound; asset?: NewSoundAsset }> = (
  story,
  { sceneId, sound, asset },
) => {
  const withAsset = withSoundAsset(story, asset)
  const placed = { ...sound, yawDeg: wrapYawDeg(sound.yawDeg) }
  return mapSoundscape(withAsset, sceneId, (s) => ({ ...s, sounds: added(withAsset, s.sounds, placed) }))
}

/** Changes a sound in one direction: sound, place, distance, volume, loop, caption (for `language`). */
export const updatePositionalSound: Command<{ sceneId: SceneId; soundId: SoundId; language?: string; changes: PositionalChanges }> = (
  story,
  { sceneId, soundId, language = story.language, changes },
) => {
  if (changes.assetId) assertSoundAsset(story, changes.assetId)
  return mapSoundscape(story, sceneId, (s) => {
    const sounds = changed(s.sounds, soundId, words.noPositional(soundId), (sound) => {
      const { caption, ...rest } = changes
      const next: PositionalSound = { ...sound, ...rest }
      if (rest.yawDeg !== undefined) next.yawDeg = wrapYawDeg(rest.yawDeg)
      if (caption !== undefined) {
        const text = withText(sound.caption, language, caption, false)
        if (text) next.caption = text
        else delete next.caption
      }
      return next
    })
    return sameRecord(sounds, s.sounds) ? s : { ...s, sounds }
  })
}

/** Removes a sound in one direction. */
export const removePositionalSound: Command<{ sceneId: SceneId; soundId: SoundId }> = (story, { sceneId, soundId }) =>
  mapSoundscape(story, sceneId, (s) => {
    if (!s.sounds.some((sound) => sound.id === soundId)) throw new CommandError(words.noPositional(soundId))
    return { ...s, sounds: s.sounds.filter((sound) => sound.id !== soundId) }
  })
