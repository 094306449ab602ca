import { useEffect } from 'react'
import type { EditorStore } from '../state'
import { completeGuideStep } from './complete-step'
import { stepsInChange } from './guide-steps'

/**
 * The story screen tells the guide what the person did: a story is open; a document change added a
 * scene or a link; the Play tab was opened. The guide never changes the story.
 */
export const useGuideTracking = (editor: EditorStore, view: string): void => {
  useEffect(() => completeGuideStep('open-story'), [])
  useEffect(
    () =>
      editor.subscribe((state, previous) => {
        if (state.doc !== previous.doc) for (const step of stepsInChange(previous.doc, state.doc)) completeGuideStep(step)
      }),
    [editor],
  )
  useEffect(() => {
    if (view === 'play') completeGuideStep('preview')
  }, [view])
}
