import type { HotspotKind, SceneId } from '@story-schema'
import { localize, makeId } from '@story-schema'
import { useCallback } from 'react'
import { addHotspot } from '../state'
import { useSceneEditor } from './scene-editor-context'
import { sceneEditorStrings as t } from './strings'

/** What adding answered: the refusal in words, or the new hotspot's label. */
export type AddOutcome = { ok: false; error: string } | { ok: true; label: string }

/**
 * Adds a hotspot of a kind at a direction of the open scene through the `addHotspot` command (one
 * undo step, "Add hotspot"), selected at once: from "Add here" (where the view looks) and from a
 * click in the 360° view.
 */
export const useAddHotspot = () => {
  const { store } = useSceneEditor()
  return useCallback(
    (sceneId: SceneId, kind: HotspotKind, direction: { yawDeg: number; pitchDeg: number }): AddOutcome => {
      const id = makeId('hotspot')
      const { language } = store.getState().session
      const args = { id, kind, sceneId, ...direction, language }
      const result = store.getState().applyCommand(addHotspot, args, { label: t.steps.addHotspot, select: { selectedHotspotId: id } })
      if (!result.ok) return { ok: false, error: result.error.message }
      const { doc } = store.getState()
      const added = doc.scenes.find((scene) => scene.id === sceneId)?.hotspots.find((hotspot) => hotspot.id === id)
      return { ok: true, label: localize(added?.label, language, doc.language) }
    },
    [store],
  )
}
