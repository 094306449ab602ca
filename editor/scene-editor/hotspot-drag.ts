import type { HotspotId, SceneId } from '@story-schema'
import type { EditorStore } from '../state'
import { moveHotspot } from '../state'

/** A direction in panorama degrees. */
export type Direction = { yawDeg: number; pitchDeg: number }

/** One drag of a hotspot in a view: live moves, then drop or cancel. */
export type HotspotDrag = { move: (direction: Direction) => void; drop: () => void; cancel: () => void }

/**
 * Starts dragging a hotspot: every live move changes the document (the view and the fields follow),
 * and the whole drag is ONE undo step named `label` when dropped; cancelling (Escape) puts the
 * hotspot back and leaves no step. Uses the store's gesture (editor/state README).
 */
export const startHotspotDrag = (store: EditorStore, sceneId: SceneId, hotspotId: HotspotId, label: string): HotspotDrag => {
  store.getState().beginGesture(label)
  let open = true
  return {
    move: (direction) => {
      if (!open) return
      store.getState().applyCommand(moveHotspot, { sceneId, hotspotId, ...direction }, { label, capture: 'coalesce' })
    },
    drop: () => {
      if (open) store.getState().endGesture()
      open = false
    },
    cancel: () => {
      if (open) store.getState().cancelGesture()
      open = false
    },
  }
}
