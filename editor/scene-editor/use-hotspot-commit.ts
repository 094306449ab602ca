import type { Hotspot, SceneId } from '@story-schema'
import { useCallback } from 'react'
import type { HotspotChanges } from '../state'
import { updateHotspot } from '../state'
import { useCommit, useEditor } from './scene-editor-context'
import { sceneEditorStrings as t } from './strings'

/**
 * Stores changes to one hotspot in the language being written; answers null or the refusal in words.
 * Typing in one field is one undo step ("Edit hotspot"); choosing from a list is a step each time.
 */
export const useHotspotCommit = (sceneId: SceneId, hotspot: Hotspot) => {
  const commit = useCommit()
  const language = useEditor((state) => state.session.language)
  return useCallback(
    (changes: HotspotChanges, typing = false) => {
      const key = `${Object.keys(changes).join(',')}:${hotspot.id}:${language}`
      return commit(
        updateHotspot,
        { sceneId, hotspotId: hotspot.id, language, changes },
        { label: t.steps.editHotspot, capture: typing ? 'coalesce' : 'record', key },
      )
    },
    [commit, sceneId, hotspot.id, language],
  )
}
