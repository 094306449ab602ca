/**
 * The story map (issue #5): `<StoryMap story onOpenScene selectedSceneId? thumbnailUrl? />`, and the
 * pure layout behind it, `layoutStoryMap(story) → { nodes, edges }`.
 */
export { StoryMap } from './story-map'
export type { StoryMapProps } from './story-map'
export { layoutStoryMap, missingNodeId, missingNodeSizePx, sceneNodeSizePx } from './layout-story-map'
export { buildStoryMapModel } from './story-map-model'
export type { MapScene, StoryMapModel, StoryMapOptions } from './story-map-model'
export { sceneExits } from './story-exits'
export type { ExitKind, StoryExit } from './story-exits'
export { sceneAccessibleName } from './scene-accessible-name'
export type {
  ExitEdgeData,
  MissingSceneMapNode,
  MissingSceneNodeData,
  SceneMapNode,
  SceneNodeData,
  StoryMapEdge,
  StoryMapLayout,
  StoryMapNode,
} from './story-map-types'
