import type { StoryIssue } from '@story-schema'
import { useCallback } from 'react'
import { useSceneEditor } from './scene-editor-context'

/** A place to show: a scene, a hotspot in it, or a variable. */
export type PlaceRef = StoryIssue['ref']

/**
 * Shows a place (from the checks or a variable's uses): opens its scene, selects its hotspot, opens
 * the details (or the variables panel for a variable) and moves the focus to the panel's heading.
 */
export const useGoTo = () => {
  const { store, focusDetails } = useSceneEditor()
  return useCallback(
    (ref: PlaceRef) => {
      const state = store.getState()
      if (ref.sceneId && state.doc.scenes.some((scene) => scene.id === ref.sceneId)) {
        state.selectScene(ref.sceneId)
        store.getState().selectHotspot(ref.hotspotId ?? null)
        store.getState().setPanel('inspector')
      } else if (ref.variable !== undefined) {
        state.setPanel('variables')
      } else {
        state.setPanel('inspector')
      }
      focusDetails()
    },
    [store, focusDetails],
  )
}
