import type { HotspotId, SceneId, Story } from '@story-schema'
import type { PanoramaDirection } from './screen-direction'

/** Where the authoring view looks, in panorama degrees (`fovDeg` across the shorter side). */
export type AuthoringView = { yawDeg: number; pitchDeg: number; fovDeg: number }

/** How a placement was asked for: a click or tap on the picture, or Enter in the view (its centre). */
export type PlaceMethod = 'pointer' | 'keyboard'

/**
 * Props of `<PanoramaEditorView>`: one scene's panorama and hotspot markers for an authoring tool. It
 * never navigates and never changes the story: every change is a callback, and the embedder decides
 * (the editor runs its undoable commands). Directions are panorama degrees to a tenth (yaw in [−180, 180),
 * positive right; pitch −90…90, positive up), the same frame as `Hotspot.yawDeg/pitchDeg`.
 */
export type PanoramaEditorViewProps = {
  /** A valid story (the editor's document); a new object after every change is fine. */
  story: Story
  sceneId: SceneId
  resolveAssetUrl: (path: string) => string
  /** The language of the marker labels. @default story.language */
  language?: string
  /** The view, controlled: the view shows this, and every turn or zoom by the author is `onViewChange`. */
  view: AuthoringView
  /** At most once per animation frame, already limited to the picture (partial panoramas). */
  onViewChange: (view: AuthoringView) => void
  /** Shown with the focus ring (and never hidden: hotspots show whatever their conditions). */
  selectedHotspotId?: HotspotId | null
  /** A click, tap or the start of a drag on a marker (the view never follows a link). */
  onSelectHotspot?: (hotspotId: HotspotId) => void
  /**
   * A click or tap on the picture that was not a drag (or Enter: the view's centre). Generic: the
   * embedder decides what is placed there (a hotspot, a positional sound…). Never called for a point
   * off a partial panorama's picture.
   */
  onPlace?: (direction: PanoramaDirection, method: PlaceMethod) => void
  /** A marker is being dragged (after a few pixels of movement): open one undo step here. */
  onMoveHotspotStart?: (hotspotId: HotspotId) => void
  /** Live, while dragging: the direction under the pointer (on the picture only). */
  onMoveHotspot?: (hotspotId: HotspotId, direction: PanoramaDirection) => void
  /** The drag ended: dropped, or cancelled (Escape, pointer cancelled): put the hotspot back. */
  onMoveEnd?: (hotspotId: HotspotId, outcome: { cancelled: boolean }) => void
  /** The view's accessible name (the embedder's words: the player has none of its own here). */
  label: string
  /** The id of an element explaining the keys and the mouse. */
  describedBy?: string
  /** High-contrast markers. @default false */
  highContrast?: boolean
  /** No WebGL here, or the 3D view failed to start: show something else. */
  onUnavailable?: () => void
}
