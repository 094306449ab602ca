/** A rectangle in map pixels (top-left corner and size). */
export type Box = { x: number; y: number; width: number; height: number }

/** An edge label's size before it is drawn: 12 px text in DejaVu Sans is about 7 px a character, plus padding. */
export const labelBoxSize = (text: string): { width: number; height: number } => ({ width: [...text].length * 7 + 14, height: 20 })

/** How far a label keeps from a node it was moved off, in map pixels. */
export const labelGapPx = 6

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

/**
 * Where an edge label goes so that it covers nothing in `taken` (scenes, labels placed before it): its
 * place on the curve (centre `x`, `y`) when that is free; otherwise the nearest free place straight
 * above or below, just clear of something. Answers the label's centre (its place on the curve when
 * there is no free place at all).
 */
export const labelClearOf = (x: number, y: number, size: { width: number; height: number }, taken: readonly Box[]) => {
  const left = x - size.width / 2
  // Only what shares the label's columns can cover it; everything below works on those.
  const column = taken.filter((box) => box.x < left + size.width && left < box.x + box.width)
  const free = (centreY: number) => {
    const box = { x: left, y: centreY - size.height / 2, ...size }
    return !column.some((other) => overlaps(box, other))
  }
  if (free(y)) return { x, y }
  const candidates = column
    .flatMap((box) => [box.y - labelGapPx - size.height / 2, box.y + box.height + labelGapPx + size.height / 2])
    .sort((a, b) => Math.abs(a - y) - Math.abs(b - y))
  return { x, y: candidates.find(free) ?? y }
}
