import type { GraphEdge, SizedNode } from './forward-edges'
import { breadthFirstDepths } from './forward-edges'

/** Top-left corners by node id, in map pixels. */
export type Positions = Map<string, { x: number; y: number }>

/** Spacing in map pixels, the same as the dagre layout's: between nodes of a column, between columns, around. */
export const layeredSpacingPx = { nodesep: 64, ranksep: 250, margin: 24 } as const

type Placed = { order: number; centreY: number }

/** The mean of `values`, or `fallback` when there are none. */
const mean = (values: readonly number[], fallback: number) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : fallback)

/**
 * A layered left-to-right layout in (nearly) linear time, for maps too big for dagre to lay out within
 * a frame: a node's column is its breadth-first step count from `rootId` (so only edges one step
 * further shape it, as with dagre); in each column, nodes are ordered by where their parents are (one
 * barycentre sweep) and put level with their parents' middle, pushed apart just enough not to
 * overlap, then the column is shifted so it sits centred on what it wanted. Nodes never overlap.
 * Deterministic; whole pixels; the top-left of the map is at (`margin`, `margin`).
 */
export const layeredPositions = (nodes: readonly SizedNode[], edges: readonly GraphEdge[], rootId?: string): Positions => {
  const { nodesep, ranksep, margin } = layeredSpacingPx
  const depth = breadthFirstDepths(nodes, edges, rootId)
  const columns: SizedNode[][] = []
  for (const node of nodes) (columns[depth.get(node.id) ?? 0] ??= []).push(node)
  const parents = new Map<string, string[]>()
  for (const edge of edges) {
    if (edge.source === edge.target || depth.get(edge.target) !== (depth.get(edge.source) ?? -2) + 1) continue
    const list = parents.get(edge.target)
    if (list) list.push(edge.source)
    else parents.set(edge.target, [edge.source])
  }
  const placed = new Map<string, Placed>()
  const positions: Positions = new Map()
  let left = 0
  for (const column of columns) {
    if (!column) continue
    const wanted = column.map((node, authorOrder) => {
      const from = (parents.get(node.id) ?? []).map((id) => placed.get(id)).filter((p): p is Placed => p !== undefined)
      return { node, order: mean(from.map((p) => p.order), authorOrder), wantedY: mean(from.map((p) => p.centreY), 0), authorOrder }
    })
    wanted.sort((a, b) => a.order - b.order || a.authorOrder - b.authorOrder)
    // Top to bottom: as wanted, but below the one before.
    let bottom = -Infinity
    const tops = wanted.map(({ node, wantedY }) => {
      const top = Math.max(wantedY - node.heightPx / 2, bottom + nodesep)
      bottom = top + node.heightPx
      return top
    })
    const shift = mean(wanted.map((w, i) => tops[i]! + w.node.heightPx / 2 - w.wantedY), 0)
    const widthPx = Math.max(...column.map((node) => node.widthPx))
    wanted.forEach(({ node }, order) => {
      const top = tops[order]! - shift
      placed.set(node.id, { order, centreY: top + node.heightPx / 2 })
      positions.set(node.id, { x: left + (widthPx - node.widthPx) / 2, y: top })
    })
    left += widthPx + ranksep
  }
  const minY = Math.min(...[...positions.values()].map((p) => p.y))
  for (const [id, p] of positions) positions.set(id, { x: Math.round(p.x + margin), y: Math.round(p.y - minY + margin) })
  return positions
}
