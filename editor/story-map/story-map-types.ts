import type { Edge, Node } from '@xyflow/react'
import type { ExitKind, StoryExit } from './story-exits'
import type { MapScene } from './story-map-model'

/** Data of a scene node; the component adds the thumbnail address. */
export type SceneNodeData = MapScene & { thumbnailSrc?: string }

/** Data of a "missing scene" marker node, the target of broken exits. */
export type MissingSceneNodeData = { sceneId: string }

/** A scene on the map (xyflow node of type `scene`, id = the scene id). */
export type SceneMapNode = Node<SceneNodeData, 'scene'>

/** A marker for a scene that exits lead to but that does not exist (xyflow node of type `missing`). */
export type MissingSceneMapNode = Node<MissingSceneNodeData, 'missing'>

/** Any node on the story map. */
export type StoryMapNode = SceneMapNode | MissingSceneMapNode

/**
 * Data of an exit edge: the exit, its place among edges between the same two nodes (to fan labels
 * out), and where its label goes (clear of scenes and other labels; on the curve when left out).
 */
export type ExitEdgeData = StoryExit & { parallelIndex: number; parallelCount: number; labelAt?: { x: number; y: number } }

/** An exit on the map (xyflow edge of type `exit`). */
export type StoryMapEdge = Edge<ExitEdgeData, 'exit'>

/** The laid-out map: nodes in author order (missing markers last), edges in author order. */
export type StoryMapLayout = { nodes: StoryMapNode[]; edges: StoryMapEdge[] }

export type { ExitKind }
