import type { JsonPath } from '../plain-data'
import { ownValue } from '../plain-data'
import { clampRanges, repairClampedField } from './repair-numbers'
import type { RepairLog } from './repair-note'
import { forEachItem } from './repair-lists'
import { repairLocalizedText, repairPlainText } from './repair-text'

/** Repairs one effect: a sound's volume clamped, hidden characters removed from an ending message or a text value. */
export const repairEffect = (effect: unknown, path: JsonPath, log: RepairLog): void => {
  switch (ownValue(effect, 'type')) {
    case 'playSound':
      repairClampedField(effect, 'gain', clampRanges.gain, path, log)
      break
    case 'end':
      repairLocalizedText(effect, 'message', path, log)
      break
    case 'set':
      repairPlainText(effect, 'value', path, log)
      break
  }
}

/** Repairs every effect in the list at `record[key]`. */
export const repairEffectList = (record: unknown, key: string, path: JsonPath, log: RepairLog): void =>
  forEachItem(record, key, path, (effect, effectPath) => repairEffect(effect, effectPath, log))
