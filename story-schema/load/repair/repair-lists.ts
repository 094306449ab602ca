import type { JsonPath } from '../plain-data'
import { isRecord, ownValue, setOwn } from '../plain-data'
import type { RepairLog } from './repair-note'

/**
 * Missing lists that can sensibly be empty (hotspots, effects, narrations, credits …) are added as
 * `[]`. A field that is there but is not a list is left for validation to report.
 */
export const repairMissingList = (record: unknown, key: string, path: JsonPath, log: RepairLog): void => {
  if (!isRecord(record) || ownValue(record, key) !== undefined) return
  setOwn(record, key, [])
  log.add({
    code: 'added-empty-list',
    path: [...path, key],
    before: undefined,
    after: [],
    reason: `The list "${key}" was missing, so an empty one was added.`,
  })
}

/** Calls `repair` on each item of the list at `record[key]`, with the item's path. */
export const forEachItem = (record: unknown, key: string, path: JsonPath, repair: (item: unknown, itemPath: JsonPath) => void): void => {
  const list = ownValue(record, key)
  if (!Array.isArray(list)) return
  list.forEach((item, index) => repair(item, [...path, key, index]))
}
