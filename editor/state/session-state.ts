import type { HotspotId, SceneId, Story, View } from '@story-schema'
import { findScene } from '@story-schema'
import type { Selection } from './history'

/** The side panel that is open. */
export type EditorPanel = 'inspector' | 'variables' | 'checks'

/**
 * What one editing session looks at; never saved with the story and not undoable (though undo and
 * redo move the selection to the place that changed): the open scene, the selected hotspot, where the
 * view looks (yaw/pitch/zoom, the placement cursor), the open panel and the language being written.
 */
export type SessionState = {
  activeSceneId: SceneId
  selectedHotspotId: HotspotId | null
  view: View
  panel: EditorPanel
  language: string
}

/** The session when a story opens: its start scene (or first scene), seen from its initial view. */
export const initialSession = (story: Story, overrides: Partial<SessionState> = {}): SessionState => {
  const scene = findScene(story, overrides.activeSceneId ?? story.startSceneId) ?? story.scenes[0]!
  return {
    selectedHotspotId: null,
    view: scene.initialView,
    panel: 'inspector',
    language: story.language,
    ...overrides,
    activeSceneId: scene.id,
  }
}

/** The selection part of a session. */
export const selectionOf = (session: SessionState): Selection => ({
  activeSceneId: session.activeSceneId,
  selectedHotspotId: session.selectedHotspotId,
})

/**
 * The session made to fit the story (after an undo, a delete, a reload): the open scene exists (else
 * the first one), the selected hotspot is in it (else none), the language is one of the story's.
 * Returns the same object when it already fits.
 */
export const fitSession = (story: Story, session: SessionState): SessionState => {
  const scene = findScene(story, session.activeSceneId)
  const active = scene ?? story.scenes[0]!
  const hotspotFits = session.selectedHotspotId === null || active.hotspots.some((h) => h.id === session.selectedHotspotId)
  const languageFits = story.languages.includes(session.language)
  if (scene && hotspotFits && languageFits) return session
  return {
    ...session,
    activeSceneId: active.id,
    selectedHotspotId: hotspotFits && scene ? session.selectedHotspotId : null,
    view: scene ? session.view : active.initialView,
    language: languageFits ? session.language : story.language,
  }
}

/** The session with `selection` applied where it still fits the story. */
export const withSelection = (story: Story, session: SessionState, selection: Selection): SessionState => {
  const scene = findScene(story, selection.activeSceneId)
  if (!scene) return fitSession(story, session)
  const hotspotId = scene.hotspots.some((h) => h.id === selection.selectedHotspotId) ? selection.selectedHotspotId : null
  if (scene.id === session.activeSceneId && hotspotId === session.selectedHotspotId) return fitSession(story, session)
  const view = scene.id === session.activeSceneId ? session.view : scene.initialView
  return fitSession(story, { ...session, activeSceneId: scene.id, selectedHotspotId: hotspotId, view })
}
