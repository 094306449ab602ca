import type { Box } from './label-placement'

/** Width of one column of the index, in map pixels. */
const columnWidthPx = 512

/**
 * Boxes filed by the vertical strips (columns) of the map they cover, so finding what may cover a
 * label looks at its neighbours only, not at every scene and label of the map (a 300-scene map has
 * about 900 boxes; 600 labels each looking at all of them was a long task).
 */
export const createBoxColumns = () => {
  const columns = new Map<number, Box[]>()
  const span = (left: number, right: number) => [Math.floor(left / columnWidthPx), Math.floor(right / columnWidthPx)] as const
  return {
    add(box: Box) {
      const [first, last] = span(box.x, box.x + box.width)
      for (let column = first; column <= last; column++) {
        const list = columns.get(column)
        if (list) list.push(box)
        else columns.set(column, [box])
      }
    },
    /** Every box that shares a column with `left`..`right` (a superset of those that overlap it), each once. */
    near(left: number, right: number): Box[] {
      const [first, last] = span(left, right)
      const found = new Set<Box>()
      for (let column = first; column <= last; column++) for (const box of columns.get(column) ?? []) found.add(box)
      return [...found]
    },
  }
}
