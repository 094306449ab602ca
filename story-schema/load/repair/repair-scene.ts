import type { JsonPath } from '../plain-data'
import { isRecord, ownValue } from '../plain-data'
import { repairEffectList } from './repair-effects'
import { repairHotspot } from './repair-hotspot'
import { forEachItem, repairMissingList } from './repair-lists'
import { clampRanges, repairClampedField, repairHeadingField, repairYawField } from './repair-numbers'
import type { RepairLog } from './repair-note'
import { repairSoundscape } from './repair-soundscape'
import { repairLanguageTag, repairTextFields } from './repair-text'

/**
 * Repairs one scene in place (on the loader's own copy): texts cleaned, north heading wrapped, the
 * starting view wrapped and clamped, missing lists (hotspots, narrations, arrival effects) and a
 * missing soundscape added, then each hotspot, narration and effect repaired.
 */
export const repairScene = (scene: unknown, path: JsonPath, log: RepairLog): void => {
  if (!isRecord(scene)) return
  repairTextFields(scene, path, log, { localized: ['title', 'description'] })
  repairHeadingField(scene, 'northHeadingDeg', path, log)
  const view = ownValue(scene, 'initialView')
  const viewPath = [...path, 'initialView']
  repairYawField(view, 'yawDeg', viewPath, log)
  repairClampedField(view, 'pitchDeg', clampRanges.pitchDeg, viewPath, log)
  repairClampedField(view, 'fovDeg', clampRanges.fovDeg, viewPath, log)
  repairSoundscape(scene, path, log)
  repairMissingList(scene, 'narrations', path, log)
  forEachItem(scene, 'narrations', path, (narration, narrationPath) => repairNarration(narration, narrationPath, log))
  repairMissingList(scene, 'hotspots', path, log)
  forEachItem(scene, 'hotspots', path, (hotspot, hotspotPath) => repairHotspot(hotspot, hotspotPath, log))
  repairMissingList(scene, 'onEnter', path, log)
  repairEffectList(scene, 'onEnter', path, log)
  repairTextFields(ownValue(scene, 'ending'), [...path, 'ending'], log, { localized: ['message'] })
}

/** Repairs one narration: its language tag in canonical case, hidden characters removed from its captions. */
export const repairNarration = (narration: unknown, path: JsonPath, log: RepairLog): void => {
  if (!isRecord(narration)) return
  repairLanguageTag(narration, 'language', path, log)
  forEachItem(narration, 'cues', path, (cue, cuePath) => repairTextFields(cue, cuePath, log, { plain: ['text', 'speaker'] }))
}
