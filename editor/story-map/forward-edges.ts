/** A node to place: its id and size in pixels. */
export type SizedNode = { id: string; widthPx: number; heightPx: number }

/** An edge to route: its id and ends. */
export type GraphEdge = { id: string; source: string; target: string }

/**
 * Each node's step count in a breadth-first walk (roots: `rootId`, then any node not reached yet, in
 * order). Edges to unknown nodes are ignored. Linear in nodes and edges.
 */
export const breadthFirstDepths = (nodes: readonly SizedNode[], edges: readonly GraphEdge[], rootId: string | undefined): Map<string, number> => {
  const ids = new Set(nodes.map((node) => node.id))
  const outgoing = new Map<string, GraphEdge[]>()
  for (const edge of edges) {
    const list = outgoing.get(edge.source)
    if (list) list.push(edge)
    else outgoing.set(edge.source, [edge])
  }
  const depth = new Map<string, number>()
  for (const root of [...(rootId && ids.has(rootId) ? [rootId] : []), ...ids]) {
    if (depth.has(root)) continue
    depth.set(root, 0)
    const queue = [root]
    for (let i = 0; i < queue.length; i++) {
      const id = queue[i]!
      for (const edge of outgoing.get(id) ?? []) {
        if (depth.has(edge.target) || !ids.has(edge.target)) continue
        depth.set(edge.target, depth.get(id)! + 1)
        queue.push(edge.target)
      }
    }
  }
  return depth
}

/**
 * The edges that shape a layout: those that go exactly one step further from the start in a
 * breadth-first walk (`breadthFirstDepths`). Back links and long jumps are still drawn, but laying
 * them out would add a dummy node per rank they cross: thousands in a 300-scene story.
 */
export const forwardEdges = (nodes: readonly SizedNode[], edges: readonly GraphEdge[], rootId: string | undefined): GraphEdge[] => {
  const depth = breadthFirstDepths(nodes, edges, rootId)
  return edges.filter((edge) => depth.get(edge.target) === (depth.get(edge.source) ?? -2) + 1)
}
