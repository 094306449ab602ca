import { Graph, layout } from '@dagrejs/dagre'

import type { GraphEdge, SizedNode } from './forward-edges'
import { forwardEdges } from './forward-edges'

export { forwardEdges }
export type { GraphEdge, SizedNode }

/** Top-left corners by node id, in map pixels. */
export type Positions = Map<string, { x: number; y: number }>

const graphOptions = { rankdir: 'LR', nodesep: 64, ranksep: 250, edgesep: 24, marginx: 24, marginy: 24 } as const

/** Above this many nodes the map uses `layeredPositions` instead. */
export const dagreUpToNodes = 100

let cache: { key: string; positions: Positions } | undefined

/** The shape of the graph as a string: same key, same layout (titles and labels don't move anything). */
const shapeKey = (nodes: readonly SizedNode[], edges: readonly GraphEdge[]) =>
  `${nodes.map((n) => `${n.id}:${n.widthPx}x${n.heightPx}`).join('|')}#${edges.map((e) => `${e.source}>${e.target}`).join('|')}`

/**
 * Places nodes left to right with dagre, nodes and edges added in the order given so the result is
 * deterministic. Only `forwardEdges` shape the layout. For maps of up to `dagreUpToNodes` nodes (bigger
 * ones: `layeredPositions`, which takes milliseconds where dagre takes a tenth of a second or more, in
 * one long task). Positions are whole pixels. The last layout is remembered by the graph's shape, so editing a title or label doesn't run
 * dagre again.
 */
export const dagrePositions = (nodes: readonly SizedNode[], edges: readonly GraphEdge[], rootId?: string): Positions => {
  const laidOut = forwardEdges(nodes, edges, rootId)
  const key = `${rootId}#${shapeKey(nodes, laidOut)}`
  if (cache?.key === key) return cache.positions
  const graph = new Graph({ multigraph: true })
  graph.setGraph({ ...graphOptions, ranker: 'network-simplex' })
  graph.setDefaultEdgeLabel(() => ({}))
  for (const node of nodes) graph.setNode(node.id, { width: node.widthPx, height: node.heightPx })
  for (const edge of laidOut) graph.setEdge(edge.source, edge.target, { minlen: 1, weight: 1 }, edge.id)
  layout(graph)
  const positions: Positions = new Map()
  for (const node of nodes) {
    const placed = graph.node(node.id) as { x?: number; y?: number } | undefined
    positions.set(node.id, { x: Math.round((placed?.x ?? 0) - node.widthPx / 2), y: Math.round((placed?.y ?? 0) - node.heightPx / 2) })
  }
  cache = { key, positions }
  return positions
}
