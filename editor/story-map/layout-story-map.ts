import { MarkerType, Position } from '@xyflow/react'
import type { NodeHandle } from '@xyflow/react'
import type { Story } from '@story-schema'
import { dagrePositions, dagreUpToNodes } from './dagre-positions'
import { edgeLabelPositions } from './edge-label-positions'
import { layeredPositions } from './layered-positions'
import { sceneAccessibleName } from './scene-accessible-name'
import type { StoryExit } from './story-exits'
import { buildStoryMapModel } from './story-map-model'
import type { StoryMapOptions } from './story-map-model'
import type { MissingSceneMapNode, SceneMapNode, StoryMapEdge, StoryMapLayout } from './story-map-types'
import { storyMapStrings } from './strings'

/** Scene node size in map pixels (the CSS uses the same numbers). */
export const sceneNodeSizePx = { width: 208, height: 168 } as const
/** "Missing scene" marker size in map pixels. */
export const missingNodeSizePx = { width: 176, height: 72 } as const

/**
 * A node's size and the places of its two handles (target on the left, source on the right, both
 * halfway down), given up front so React Flow knows them before it has drawn and measured the node:
 * it then draws only the nodes in view on a big map (`onlyRenderVisibleElements`) and fits the view
 * at once. One shared object per node type, so unchanged nodes stay equal between layouts.
 */
const knownGeometry = (size: { width: number; height: number }) => {
  const middle = size.height / 2 - 0.5
  const handles: NodeHandle[] = [
    { type: 'target', position: Position.Left, x: 0, y: middle, width: 1, height: 1 },
    { type: 'source', position: Position.Right, x: size.width - 1, y: middle, width: 1, height: 1 },
  ]
  return { width: size.width, height: size.height, measured: { width: size.width, height: size.height }, handles }
}
const sceneGeometry = knownGeometry(sceneNodeSizePx)
const missingGeometry = knownGeometry(missingNodeSizePx)

/** The node id of the marker for a missing scene id. */
export const missingNodeId = (sceneId: string) => `missing:${sceneId}`

/**
 * The story map as xyflow nodes and edges, laid out left to right (dagre; a linear layered layout
 * above `dagreUpToNodes` nodes): one node per scene in
 * author order (focus follows it), each with its accessible name; one edge per link, choice and `goTo`
 * effect, labelled; broken exits lead to a "missing scene" marker node. Pure and deterministic.
 */
export const layoutStoryMap = (story: Story, options: StoryMapOptions = {}): StoryMapLayout => {
  const model = buildStoryMapModel(story, options)
  const sceneSize = { widthPx: sceneNodeSizePx.width, heightPx: sceneNodeSizePx.height }
  const missingSize = { widthPx: missingNodeSizePx.width, heightPx: missingNodeSizePx.height }
  const sized = [
    ...model.scenes.map((scene) => ({ id: scene.sceneId as string, ...sceneSize })),
    ...model.missingSceneIds.map((id) => ({ id: missingNodeId(id), ...missingSize })),
  ]
  const targetOf = (exit: StoryExit) => (exit.isBroken ? missingNodeId(exit.targetSceneId) : exit.targetSceneId)
  const graphEdges = model.exits.map((exit) => ({ id: exit.id, source: exit.sourceSceneId as string, target: targetOf(exit) }))
  const placeNodes = sized.length > dagreUpToNodes ? layeredPositions : dagrePositions
  const positions = placeNodes(sized, graphEdges, story.startSceneId)
  const at = (id: string) => positions.get(id) ?? { x: 0, y: 0 }
  const common = {
    sourcePosition: Position.Right,
    targetPosition: Position.Left,
    draggable: false,
    connectable: false,
    deletable: false,
  }

  const sceneNodes = model.scenes.map(
    (scene): SceneMapNode => ({
      ...common,
      id: scene.sceneId,
      type: 'scene',
      position: at(scene.sceneId),
      ...sceneGeometry,
      data: { ...scene },
      ariaLabel: sceneAccessibleName(scene),
      ariaRole: 'button',
    }),
  )
  const missingNodes = model.missingSceneIds.map(
    (sceneId): MissingSceneMapNode => ({
      ...common,
      id: missingNodeId(sceneId),
      type: 'missing',
      position: at(missingNodeId(sceneId)),
      ...missingGeometry,
      data: { sceneId },
      ariaLabel: storyMapStrings.missingNodeName(sceneId),
      focusable: false,
      selectable: false,
    }),
  )

  const pairCounts = new Map<string, number>()
  const pairKey = (edge: { source: string; target: string }) => `${edge.source}>${edge.target}`
  for (const edge of graphEdges) pairCounts.set(pairKey(edge), (pairCounts.get(pairKey(edge)) ?? 0) + 1)
  const pairSeen = new Map<string, number>()
  const parallel = graphEdges.map((graphEdge) => {
    const parallelIndex = pairSeen.get(pairKey(graphEdge)) ?? 0
    pairSeen.set(pairKey(graphEdge), parallelIndex + 1)
    return { parallelIndex, parallelCount: pairCounts.get(pairKey(graphEdge)) ?? 1 }
  })
  const boxes = new Map([...sceneNodes, ...missingNodes].map((node) => [node.id, { ...node.position, width: node.width!, height: node.height! }]))
  const labels = edgeLabelPositions(
    graphEdges.map((graphEdge, index) => ({ ...graphEdge, ...parallel[index]!, label: model.exits[index]!.edgeLabel })),
    boxes,
  )
  const edges = model.exits.map((exit, index): StoryMapEdge => {
    const graphEdge = graphEdges[index]!
    return {
      id: exit.id,
      type: 'exit',
      source: graphEdge.source,
      target: graphEdge.target,
      data: { ...exit, ...parallel[index]!, labelAt: labels.get(exit.id) },
      markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 },
      focusable: false,
      selectable: false,
      deletable: false,
      className: `story-map-exit story-map-exit-${exit.kind}${exit.isBroken ? ' story-map-exit-broken' : ''}`,
    }
  })
  return { nodes: [...sceneNodes, ...missingNodes], edges }
}
