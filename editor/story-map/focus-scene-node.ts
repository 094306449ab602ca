import type { ReactFlowInstance } from '@xyflow/react'
import type { StoryMapEdge, StoryMapNode } from './story-map-types'

/** How many frames to wait for a node that was out of view to be drawn after the map moved to it. */
const waitFrames = 30

/** The node element for `id` inside `root`, if it is drawn. */
const nodeElement = (root: HTMLElement, id: string) =>
  root.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`)

/**
 * The scene Tab (or Shift+Tab) moves to from the scene node `fromId`, in author order; undefined at
 * either end (the browser's own Tab then leaves the map).
 */
export const nextSceneId = (nodes: readonly StoryMapNode[], fromId: string, backwards: boolean): string | undefined => {
  const scenes = nodes.filter((node) => node.type === 'scene')
  const at = scenes.findIndex((node) => node.id === fromId)
  if (at < 0) return undefined
  return scenes[backwards ? at - 1 : at + 1]?.id
}

/**
 * Focuses a scene node on a map that draws only what is in view: at once when it is drawn (React
 * Flow then pans to it if it is off screen); otherwise the map first moves to it (same zoom), and
 * the node gets the focus as soon as it is drawn.
 */
export const focusSceneNode = (root: HTMLElement, flow: ReactFlowInstance<StoryMapNode, StoryMapEdge> | null, node: StoryMapNode) => {
  const drawn = nodeElement(root, node.id)
  if (drawn || !flow) {
    drawn?.focus()
    return
  }
  const { width = 0, height = 0 } = node.measured ?? {}
  void flow.setCenter(node.position.x + width / 2, node.position.y + height / 2, { zoom: flow.getZoom() })
  let frames = 0
  const tryFocus = () => {
    const element = nodeElement(root, node.id)
    if (element) element.focus()
    else if (++frames < waitFrames) requestAnimationFrame(tryFocus)
  }
  requestAnimationFrame(tryFocus)
}
