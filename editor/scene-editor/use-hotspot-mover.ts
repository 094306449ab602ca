import type { HotspotId, SceneId } from '@story-schema'
import { useCallback } from 'react'
import { moveHotspot } from '../state'
import { nudgeFor } from './nudge'
import { useSceneEditor } from './scene-editor-context'
import { sceneEditorStrings as t } from './strings'

type ArrowKeyEvent = { key: string; shiftKey: boolean; ctrlKey: boolean; altKey: boolean; metaKey: boolean; preventDefault: () => void }

/**
 * Moves hotspots of the open scene without a drag (C-28): to a direction, by a step, or by an arrow
 * key. Repeated moves of one hotspot within a moment are one undo step ("Move hotspot").
 */
export const useHotspotMover = () => {
  const { store } = useSceneEditor()
  const moveTo = useCallback(
    (sceneId: SceneId, hotspotId: HotspotId, yawDeg: number, pitchDeg: number) =>
      store.getState().applyCommand(
        moveHotspot,
        { sceneId, hotspotId, yawDeg, pitchDeg },
        { label: t.steps.moveHotspot, capture: 'coalesce', key: `move:${hotspotId}` },
      ),
    [store],
  )
  const moveBy = useCallback(
    (sceneId: SceneId, hotspotId: HotspotId, delta: { yawDeg: number; pitchDeg: number }) => {
      const scene = store.getState().doc.scenes.find((candidate) => candidate.id === sceneId)
      const hotspot = scene?.hotspots.find((candidate) => candidate.id === hotspotId)
      if (hotspot) moveTo(sceneId, hotspotId, hotspot.yawDeg + delta.yawDeg, hotspot.pitchDeg + delta.pitchDeg)
    },
    [store, moveTo],
  )
  /** A keydown handler: arrows move the hotspot (and nothing else happens); other keys pass. */
  const onArrowKey = useCallback(
    (sceneId: SceneId, hotspotId: HotspotId) => (event: ArrowKeyEvent) => {
      const delta = nudgeFor(event)
      if (!delta) return
      event.preventDefault()
      moveBy(sceneId, hotspotId, delta)
    },
    [moveBy],
  )
  return { moveTo, moveBy, onArrowKey }
}
