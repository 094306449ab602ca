import type { JsonPath } from '../plain-data'

/**
 * A repair the loader made, never silent (architecture.md B4): what, where (in words and as a path),
 * the value before and after, and why. The editor lists these ("We fixed 3 problems"); the player
 * logs them.
 */
export type RepairCode =
  | 'removed-hidden-characters'
  | 'tidied-language-tag'
  | 'added-story-language'
  | 'moved-story-language-first'
  | 'wrapped-angle'
  | 'clamped-number'
  | 'set-start-scene'
  | 'added-empty-list'
  | 'added-empty-soundscape'
  | 'added-player-defaults'

export type RepairNote = {
  /** Stable code, for tests and translations. */
  code: RepairCode
  /** The place in words: "Scene 'Harbour' › hotspot 'Door' › direction (yaw)". */
  where: string
  /** Where it is in the file: `['story', 'scenes', 0, 'hotspots', 1, 'yawDeg']`. */
  path: JsonPath
  /** The value before the repair (undefined when it was missing). */
  before: unknown
  /** The value after the repair. */
  after: unknown
  /** Why, in plain words: "The direction 270° was outside -180° to 180°, so it was changed to -90°, which points the same way." */
  reason: string
}

/** A repair before its place is put in words (that happens once all repairs are done). */
export type PendingRepair = Omit<RepairNote, 'where'>

/** Collects repairs while a story is being repaired. */
export type RepairLog = {
  add(repair: PendingRepair): void
  readonly repairs: readonly PendingRepair[]
}

/** A new, empty repair log. */
export const createRepairLog = (): RepairLog => {
  const repairs: PendingRepair[] = []
  return { add: (repair) => repairs.push(repair), repairs }
}
