import { useDeferredValue, useEffect } from 'react'
import { StoryProblem } from '../library/story-problem'
import { useStorySession } from '../library/use-story-session'
import { strings } from '../ui/strings'
import { StoryWorkspace } from './story-workspace'
import { useConnectedEditor } from './use-connected-editor'
import type { StoryPlace } from './use-story-place'
import './story-screen.css'

/**
 * `#/story/<id>`: opens the story for this tab (lock, load, autosave: `useStorySession`; one editor
 * per story across tabs, A-F10), makes ONE editor store for it (`useConnectedEditor`) and shows the
 * workspace. Leaving the screen saves what is pending, lets go of the lock, stops listening and
 * revokes the object URLs.
 */
export const StoryScreen = ({ storyId, place }: { storyId: string; place: StoryPlace }) => {
  const { session, state } = useStorySession(storyId)
  const editor = useConnectedEditor(session)
  // The first drawing of a whole story is big (≈ 200–400 ms on a slow machine): drawn as a deferred
  // value, React draws it in small slices and the page keeps answering; "Loading" shows meanwhile.
  const deferred = useDeferredValue(editor)
  const shown = deferred === null || deferred === editor ? deferred : editor
  // Ask to stay only when the edits can't be saved (A-F19). No save starts here: autosave journals the
  // document on pagehide, and a transaction started now would be queued in front of that journal.
  const atRisk = state.status.state === 'failed'
  useEffect(() => {
    if (!atRisk) return
    const warn = (event: BeforeUnloadEvent) => event.preventDefault()
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [atRisk])

  if (state.phase !== 'ready' || !state.doc) return <StoryProblem state={state} storyId={storyId} />
  if (!shown) return <p role="status">{strings.loadingStory}</p>
  return <StoryWorkspace editor={shown} session={state} onTakeOver={() => session?.takeOver()} place={place} />
}
