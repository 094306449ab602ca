import type { JsonPath } from '../plain-data'
import { isRecord, ownValue, setOwn } from '../plain-data'
import { forEachItem, repairMissingList } from './repair-lists'
import { clampRanges, repairClampedField, repairYawField } from './repair-numbers'
import type { RepairLog } from './repair-note'
import { repairTextFields } from './repair-text'

/**
 * Repairs a scene's soundscape: a missing one becomes an empty one (no background sounds, no
 * positional sounds); volumes, distances and pitches are clamped, directions wrapped, captions cleaned.
 */
export const repairSoundscape = (scene: unknown, path: JsonPath, log: RepairLog): void => {
  if (!isRecord(scene)) return
  if (ownValue(scene, 'soundscape') === undefined) {
    setOwn(scene, 'soundscape', { beds: [], sounds: [] })
    log.add({
      code: 'added-empty-soundscape',
      path: [...path, 'soundscape'],
      before: undefined,
      after: { beds: [], sounds: [] },
      reason: 'The scene had no sound settings, so it was given none (silence).',
    })
    return
  }
  const soundscape = ownValue(scene, 'soundscape')
  const soundscapePath = [...path, 'soundscape']
  repairMissingList(soundscape, 'beds', soundscapePath, log)
  repairMissingList(soundscape, 'sounds', soundscapePath, log)
  forEachItem(soundscape, 'beds', soundscapePath, (bed, bedPath) => repairClampedField(bed, 'gain', clampRanges.gain, bedPath, log))
  forEachItem(soundscape, 'sounds', soundscapePath, (sound, soundPath) => {
    repairYawField(sound, 'yawDeg', soundPath, log)
    repairClampedField(sound, 'pitchDeg', clampRanges.pitchDeg, soundPath, log)
    repairClampedField(sound, 'distanceM', clampRanges.distanceM, soundPath, log)
    repairClampedField(sound, 'gain', clampRanges.gain, soundPath, log)
    repairTextFields(sound, soundPath, log, { localized: ['caption'] })
  })
}
