/** Where an edge starts and ends, and its place among edges between the same two nodes. */
export type ExitEdgeEnds = {
  sourceX: number
  sourceY: number
  targetX: number
  targetY: number
  isLoop: boolean
  parallelIndex: number
  parallelCount: number
}

/** How far apart parallel edges (and their labels) are fanned, in map pixels. */
export const fanStepPx = 30

/** How far below the nodes a link back to an earlier scene swings, in map pixels. */
export const backSwingPx = 150

/**
 * An exit's SVG path and label position (the curve's midpoint): a cubic curve from the source's right
 * side to the target's left side, bent up or down so that parallel edges and their labels don't lie on
 * top of each other. A link back to the left swings below, so its label doesn't sit on the forward
 * link's; a scene that leads to itself gets a loop over the top.
 */
export const exitEdgePath = (ends: ExitEdgeEnds): { path: string; labelX: number; labelY: number } => {
  const { sourceX: sx, sourceY: sy, targetX: tx, targetY: ty } = ends
  const fan = (ends.parallelIndex - (ends.parallelCount - 1) / 2) * fanStepPx
  if (ends.isLoop) {
    const lift = 170 + Math.abs(fan) * 2
    const path = `M${sx},${sy} C${sx + 80},${sy - lift} ${tx - 80},${ty - lift} ${tx},${ty}`
    return { path, labelX: (sx + tx) / 2, labelY: sy - lift * 0.75 }
  }
  const isBack = tx < sx
  const dx = isBack ? 90 : Math.max(60, (tx - sx) / 2)
  const bend = fan * 2 + (isBack ? backSwingPx : 0)
  return {
    path: `M${sx},${sy} C${sx + dx},${sy + bend} ${tx - dx},${ty + bend} ${tx},${ty}`,
    labelX: (sx + tx) / 2,
    labelY: (sy + ty) / 2 + bend * 0.75,
  }
}

/** The label as drawn on the map: long ones shortened with "…" (the list view and tooltips have the whole text). */
export const shortEdgeLabel = (label: string, maxChars = 32): string =>
  [...label].length > maxChars ? `${[...label].slice(0, maxChars - 1).join('').trimEnd()}…` : label
