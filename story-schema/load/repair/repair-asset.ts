import type { JsonPath } from '../plain-data'
import { isRecord, ownValue } from '../plain-data'
import { repairMissingList } from './repair-lists'
import { clampRanges, repairClampedField, repairHeadingField } from './repair-numbers'
import type { RepairLog } from './repair-note'
import { repairTextFields } from './repair-text'

/**
 * Repairs one asset in place: texts cleaned (description, credit), a missing list of smaller copies
 * added for images, the camera heading wrapped and its pitch clamped.
 */
export const repairAsset = (asset: unknown, path: JsonPath, log: RepairLog): void => {
  if (!isRecord(asset)) return
  repairTextFields(asset, path, log, { localized: ['description'] })
  repairTextFields(ownValue(asset, 'credit'), [...path, 'credit'], log, { plain: ['author', 'title'] })
  const kind = ownValue(asset, 'kind')
  if (kind === 'panorama' || kind === 'image') repairMissingList(asset, 'derivatives', path, log)
  if (kind === 'panorama') {
    repairHeadingField(asset, 'poseHeadingDeg', path, log)
    repairClampedField(asset, 'posePitchDeg', clampRanges.pitchDeg, path, log)
  }
}
