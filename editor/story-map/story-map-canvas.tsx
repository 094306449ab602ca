import { useMemo, useRef, useState } from 'react'
import type { KeyboardEvent } from 'react'
import { Background, Controls, MiniMap, ReactFlow } from '@xyflow/react'
import type { AriaLabelConfig, FitViewOptions, NodeMouseHandler, ReactFlowInstance } from '@xyflow/react'
import { useUiLocale } from '@i18n'
import type { SceneId } from '@story-schema'
import { ExitEdge } from './exit-edge'
import { focusSceneNode, nextSceneId } from './focus-scene-node'
import { MissingSceneNode } from './missing-scene-node'
import { reuseUnchanged } from './reuse-unchanged'
import { SceneNode } from './scene-node'
import type { StoryMapEdge, StoryMapLayout, StoryMapNode } from './story-map-types'
import { storyMapStrings } from './strings'

/** Props of `StoryMapCanvas`. */
export type StoryMapCanvasProps = {
  layout: StoryMapLayout
  onOpenScene: (sceneId: SceneId) => void
  selectedSceneId?: SceneId
  thumbnailUrl?: (sceneId: SceneId) => string | undefined
}

const nodeTypes = { scene: SceneNode, missing: MissingSceneNode }
/** A small map fits the window whole; the overview (which covers a corner of the map) helps only a big one. */
const overviewFromNodes = 13
/** Room around the scenes when the map is fitted to the window: labels of links back swing below the lowest scenes. */
const fitViewOptions = { padding: { top: '24px', right: '24px', bottom: '56px', left: '64px' } } as const
/**
 * Above this many nodes the map draws only what is in view (`onlyRenderVisibleElements`), and opens on
 * the open scene (or the start) at a readable zoom instead of shrinking every scene to a dot: drawing
 * and measuring 300 scenes at once took seconds of long tasks. The overview shows the whole map, and
 * Tab still goes through every scene in author order (`focus-scene-node.ts`).
 */
export const drawAllUpToNodes = 40
/** Zoom of a big map when it opens: a few columns of scenes, titles readable. */
const bigMapZoom = 0.75
const edgeTypes = { exit: ExitEdge }
/** xyflow's own labels in the interface language `_locale` (C-26): made again when it changes. */
const ariaLabelConfigIn = (_locale: string): Partial<AriaLabelConfig> => {
  const { controls } = storyMapStrings
  return {
    'node.a11yDescription.default': storyMapStrings.nodeHelp,
    'node.a11yDescription.keyboardDisabled': storyMapStrings.nodeHelp,
    'controls.ariaLabel': controls.panel,
    'controls.zoomIn.ariaLabel': controls.zoomIn,
    'controls.zoomOut.ariaLabel': controls.zoomOut,
    'controls.fitView.ariaLabel': controls.fitView,
    'controls.interactive.ariaLabel': controls.interactive,
    'minimap.ariaLabel': controls.minimap,
  }
}

/**
 * Enter or Space on a focused scene node opens it (xyflow itself would only select it). On a big map
 * (only what is in view is drawn), Tab and Shift+Tab go to the next or previous scene in author order
 * even when it is out of view.
 */
const onMapKey = (onOpenScene: (sceneId: SceneId) => void, tabToScene: ((fromId: string, backwards: boolean) => boolean) | null) =>
  (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement
    if (!target.classList?.contains('react-flow__node-scene')) return
    const id = target.getAttribute('data-id')
    if (!id) return
    if (event.key === 'Tab' && !event.altKey && !event.ctrlKey && !event.metaKey) {
      if (tabToScene?.(id, event.shiftKey)) event.preventDefault()
      return
    }
    if (event.key !== 'Enter' && event.key !== ' ') return
    event.preventDefault()
    onOpenScene(id as SceneId)
  }

/** Keeps the objects of unchanged nodes and edges from the last render, so React Flow redraws only what changed. */
const useStable = <T extends { id: string }>(items: T[]): T[] => {
  const last = useRef<T[]>([])
  return useMemo(() => {
    const stable = reuseUnchanged(last.current, items)
    last.current = stable
    return stable
  }, [items])
}

/**
 * The map itself (xyflow): read-only (no dragging, connecting or deleting), scene nodes focusable in
 * author order with Tab, opened by click, Enter or Space; zoom controls, and an overview on big maps.
 */
export const StoryMapCanvas = ({ layout, onOpenScene, selectedSceneId, thumbnailUrl }: StoryMapCanvasProps) => {
  const locale = useUiLocale()
  const ariaLabelConfig = useMemo(() => ariaLabelConfigIn(locale), [locale])
  const withThumbnails = useMemo(
    (): StoryMapNode[] =>
      layout.nodes.map((node) => {
        const thumbnailSrc = node.type === 'scene' ? thumbnailUrl?.(node.data.sceneId) : undefined
        return node.type === 'scene' && thumbnailSrc ? { ...node, data: { ...node.data, thumbnailSrc } } : node
      }),
    [layout.nodes, thumbnailUrl],
  )
  const stableNodes = useStable(withThumbnails)
  const edges = useStable(layout.edges)
  const nodes = useMemo(
    () =>
      stableNodes.map((node) =>
        node.id === selectedSceneId ? { ...node, selected: true, domAttributes: { 'aria-current': true } } : node,
      ),
    [stableNodes, selectedSceneId],
  )
  const onNodeClick: NodeMouseHandler<StoryMapNode> = (_event, node) => {
    if (node.type === 'scene') onOpenScene(node.data.sceneId)
  }
  const isBig = nodes.length > drawAllUpToNodes
  const root = useRef<HTMLDivElement>(null)
  const flow = useRef<ReactFlowInstance<StoryMapNode, StoryMapEdge> | null>(null)
  // Read once, when the map opens: the open scene (else the start, else the first) and the scenes around it.
  const [firstView] = useState((): FitViewOptions => {
    if (!isBig) return fitViewOptions
    const sceneNodes = layout.nodes.filter((node) => node.type === 'scene')
    const open = sceneNodes.find((node) => node.id === selectedSceneId) ?? sceneNodes.find((node) => node.data.isStart) ?? sceneNodes[0]
    return { ...fitViewOptions, nodes: open ? [{ id: open.id }] : undefined, minZoom: bigMapZoom, maxZoom: bigMapZoom }
  })
  const tabToScene = (fromId: string, backwards: boolean) => {
    const nextId = nextSceneId(nodes, fromId, backwards)
    const next = nextId === undefined ? undefined : nodes.find((node) => node.id === nextId)
    if (!next || !root.current) return false
    focusSceneNode(root.current, flow.current, next)
    return true
  }
  return (
    <div className="story-map-canvas" ref={root} onKeyDown={onMapKey(onOpenScene, isBig ? tabToScene : null)}>
      <ReactFlow<StoryMapNode, StoryMapEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodeClick={onNodeClick}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        elevateNodesOnSelect={false}
        edgesFocusable={false}
        deleteKeyCode={null}
        selectionKeyCode={null}
        multiSelectionKeyCode={null}
        onInit={(instance) => {
          flow.current = instance
        }}
        onlyRenderVisibleElements={isBig}
        fitView
        fitViewOptions={firstView}
        minZoom={0.02}
        maxZoom={2}
        colorMode="system"
        ariaLabelConfig={ariaLabelConfig}
      >
        <Background />
        <Controls showInteractive={false} />
        {nodes.length >= overviewFromNodes && <MiniMap pannable zoomable ariaLabel={storyMapStrings.controls.minimap} />}
      </ReactFlow>
    </div>
  )
}
