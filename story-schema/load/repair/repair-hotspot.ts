import type { JsonPath } from '../plain-data'
import { isRecord, ownValue } from '../plain-data'
import { repairEffectList } from './repair-effects'
import { forEachItem, repairMissingList } from './repair-lists'
import { clampRanges, repairClampedField, repairYawField } from './repair-numbers'
import type { RepairLog } from './repair-note'
import { repairTextFields } from './repair-text'

/**
 * Repairs one hotspot (changing it in place; the loader works on its own copy): direction wrapped,
 * pitch and size clamped, hidden characters removed from its texts, missing effect and choice lists
 * added. A link to a scene that does not exist is kept as it is: the checks flag it (B-22).
 */
export const repairHotspot = (hotspot: unknown, path: JsonPath, log: RepairLog): void => {
  if (!isRecord(hotspot)) return
  repairYawField(hotspot, 'yawDeg', path, log)
  repairClampedField(hotspot, 'pitchDeg', clampRanges.pitchDeg, path, log)
  repairClampedField(hotspot, 'sizeDeg', clampRanges.sizeDeg, path, log)
  repairTextFields(hotspot, path, log, { localized: ['label', 'description'] })
  switch (ownValue(hotspot, 'kind')) {
    case 'link':
      repairMissingList(hotspot, 'effects', path, log)
      repairEffectList(hotspot, 'effects', path, log)
      break
    case 'billboard':
      repairTextFields(hotspot, path, log, { localized: ['title', 'body', 'urlLabel'] })
      repairMissingList(hotspot, 'choices', path, log)
      forEachItem(hotspot, 'choices', path, (choice, choicePath) => repairChoice(choice, choicePath, log))
      break
    case 'sound':
      repairClampedField(hotspot, 'gain', clampRanges.gain, path, log)
      repairTextFields(hotspot, path, log, { localized: ['caption'] })
      break
  }
}

/** Repairs one billboard choice: hidden characters removed from its label, a missing effect list added. */
export const repairChoice = (choice: unknown, path: JsonPath, log: RepairLog): void => {
  if (!isRecord(choice)) return
  repairTextFields(choice, path, log, { localized: ['label'] })
  repairMissingList(choice, 'effects', path, log)
  repairEffectList(choice, 'effects', path, log)
}
