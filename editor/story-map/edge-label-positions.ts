import { createBoxColumns } from './box-columns'
import { exitEdgePath, shortEdgeLabel } from './exit-edge-path'
import type { Box } from './label-placement'
import { labelBoxSize, labelClearOf } from './label-placement'

/** An edge whose label is to be placed: its ends, its place among parallel edges, and its label. */
export type LabelledEdge = { id: string; source: string; target: string; label: string; parallelIndex: number; parallelCount: number }

let cache: { key: string; placed: Map<string, { x: number; y: number }> } | undefined

/**
 * The centre of every edge label, in map pixels: on its curve (as `exitEdgePath` draws it from the
 * right side of the source node to the left side of the target) unless that covers a node or a label
 * placed before it (edges in author order), then just above or below. Labels then never hide a scene
 * or each other's words on a map dagre laid out. The last answer is kept: editing a title (same
 * places, same label lengths) costs nothing.
 */
export const edgeLabelPositions = (edges: readonly LabelledEdge[], nodes: ReadonlyMap<string, Box>): Map<string, { x: number; y: number }> => {
  const key = JSON.stringify([[...nodes], edges.map((edge) => [edge.id, edge.source, edge.target, edge.parallelIndex, edge.parallelCount, shortEdgeLabel(edge.label).length])])
  if (cache?.key === key) return cache.placed
  const taken = createBoxColumns()
  for (const box of nodes.values()) taken.add(box)
  const placed = new Map<string, { x: number; y: number }>()
  for (const edge of edges) {
    const source = nodes.get(edge.source)
    const target = nodes.get(edge.target)
    if (!source || !target) continue
    const { labelX, labelY } = exitEdgePath({
      sourceX: source.x + source.width,
      sourceY: source.y + source.height / 2,
      targetX: target.x,
      targetY: target.y + target.height / 2,
      isLoop: edge.source === edge.target,
      parallelIndex: edge.parallelIndex,
      parallelCount: edge.parallelCount,
    })
    const size = labelBoxSize(shortEdgeLabel(edge.label))
    const at = labelClearOf(labelX, labelY, size, taken.near(labelX - size.width / 2, labelX + size.width / 2))
    taken.add({ x: at.x - size.width / 2, y: at.y - size.height / 2, ...size })
    placed.set(edge.id, at)
  }
  cache = { key, placed }
  return placed
}
