import type { SceneId } from '@story-schema'
import { useCallback } from 'react'
import type { Command } from '../state'
import { useCommit } from '../scene-editor/scene-editor-context'

/**
 * Runs a sound command as one undo step named `label`; typing in a number field (`typing`) joins the
 * step of the same field and sound while it is recent. Answers null or the refusal in words.
 */
export const useSoundCommit = (sceneId: SceneId) => {
  const commit = useCommit()
  return useCallback(
    <A,>(command: Command<A>, args: A, label: string, key?: string): string | null =>
      commit(command, args, { label, capture: key ? 'coalesce' : 'record', key: key ? `${key}:${sceneId}` : label }),
    [commit, sceneId],
  )
}
