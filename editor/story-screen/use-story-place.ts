import type { SceneId } from '@story-schema'
import { useCallback, useEffect, useState } from 'react'
import type { StoryView } from '../app-route'
import { parseRoute, storyPlaceHash } from '../app-route'
import type { EditorStore } from '../state'

/** Where the story screen is: the tab, and on the Scenes tab the open scene, as the route says it. */
export type StoryPlace = { view: StoryView; sceneId: string | null }

/** Goes to an address as a new history entry (so Back returns), unless it is already there. */
const go = (hash: string) => {
  if (window.location.hash !== hash) window.location.hash = hash
}

/**
 * Keeps the open tab and scene in the address (`#/story/<id>/scenes/<sceneId>`, `…/map`, `…/play`),
 * so that a reload and Back keep the place: opening a scene or a tab adds a history entry, and an
 * address (Back, a reload, a link) opens its scene. `#/story/<id>` alone is the start scene.
 */
export const useStoryPlace = (storyId: string, editor: EditorStore, place: StoryPlace) => {
  const { view, sceneId } = place
  // A chosen tab shows at once; the address (a history entry) follows a moment later.
  const [chosen, setChosen] = useState<StoryView | null>(null)
  useEffect(() => setChosen(null), [view])
  // The address → the editor: open the scene it names (when the story has it).
  useEffect(() => {
    if (view !== 'scenes') return
    const { doc, session, selectScene } = editor.getState()
    const wanted = sceneId ?? doc.startSceneId
    if (wanted !== session.activeSceneId && doc.scenes.some((scene) => scene.id === wanted)) selectScene(wanted as SceneId)
  }, [editor, view, sceneId])
  // The editor → the address: a scene opened on the Scenes tab.
  useEffect(
    () =>
      editor.subscribe((state, previous) => {
        const active = state.session.activeSceneId
        if (active === previous.session.activeSceneId) return
        const route = parseRoute(window.location.hash)
        if (route.name !== 'story' || route.id !== storyId || route.view !== 'scenes') return
        if ((route.sceneId ?? state.doc.startSceneId) !== active) go(storyPlaceHash(storyId, 'scenes', active))
      }),
    [editor, storyId],
  )
  const selectView = useCallback(
    (next: StoryView) => {
      setChosen(next)
      go(storyPlaceHash(storyId, next, next === 'scenes' ? editor.getState().session.activeSceneId : null))
    },
    [editor, storyId],
  )
  return { view: chosen ?? view, selectView }
}
