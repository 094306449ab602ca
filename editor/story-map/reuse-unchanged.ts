/** True when two values are equal, or are objects whose own values are (one level deep, then `===`). */
const shallowEqual = (a: unknown, b: unknown): boolean => {
  if (Object.is(a, b)) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  const keysA = Object.keys(a)
  const keysB = Object.keys(b)
  const recordA = a as Record<string, unknown>
  const recordB = b as Record<string, unknown>
  return keysA.length === keysB.length && keysA.every((key) => Object.is(recordA[key], recordB[key]))
}

/** True when two records are equal two levels deep (a node's `position` and `data`, an edge's `data` and `markerEnd`). */
export const nearlyEqual = (a: object, b: object): boolean => {
  const keysA = Object.keys(a)
  return (
    keysA.length === Object.keys(b).length &&
    keysA.every((key) => shallowEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
  )
}

/**
 * `next`, but with every item that equals (two levels deep) the item with the same id in `previous`
 * replaced by that previous object, so React Flow re-renders only what changed. Editing one scene in a
 * 300-scene story then re-renders one node, not 300.
 */
export const reuseUnchanged = <T extends { id: string }>(previous: readonly T[], next: readonly T[]): T[] => {
  const byId = new Map(previous.map((item) => [item.id, item]))
  return next.map((item) => {
    const old = byId.get(item.id)
    return old && nearlyEqual(old, item) ? old : item
  })
}
