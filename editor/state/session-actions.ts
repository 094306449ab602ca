import { clamp, wrapYawDeg } from '@story-schema'
import type { StoreApi } from 'zustand/vanilla'
import type { EditorState } from './editor-store'
import { fitSession } from './session-state'

type SessionActions = Pick<EditorState, 'selectScene' | 'selectHotspot' | 'setView' | 'setPanel' | 'setLanguage'>

const finiteOr = (value: number | undefined, fallback: number) => (value !== undefined && Number.isFinite(value) ? value : fallback)

/** The store's session actions: they change what this tab looks at, never the document or the history. */
export const sessionActions = (set: StoreApi<EditorState>['setState'], get: () => EditorState): SessionActions => ({
  selectScene: (sceneId) => {
    const { doc, session } = get()
    const scene = doc.scenes.find((candidate) => candidate.id === sceneId)
    if (!scene || (scene.id === session.activeSceneId && session.selectedHotspotId === null)) return
    const view = scene.id === session.activeSceneId ? session.view : scene.initialView
    set({ session: { ...session, activeSceneId: scene.id, selectedHotspotId: null, view } })
  },

  selectHotspot: (hotspotId) => {
    const { doc, session } = get()
    if (hotspotId === session.selectedHotspotId) return
    set({ session: fitSession(doc, { ...session, selectedHotspotId: hotspotId, panel: hotspotId ? 'inspector' : session.panel }) })
  },

  setView: (view) => {
    const { session } = get()
    const next = {
      yawDeg: wrapYawDeg(finiteOr(view.yawDeg, session.view.yawDeg)),
      pitchDeg: clamp(finiteOr(view.pitchDeg, session.view.pitchDeg), -90, 90),
      fovDeg: clamp(finiteOr(view.fovDeg, session.view.fovDeg), 30, 120),
    }
    const { yawDeg, pitchDeg, fovDeg } = session.view
    if (next.yawDeg !== yawDeg || next.pitchDeg !== pitchDeg || next.fovDeg !== fovDeg) set({ session: { ...session, view: next } })
  },

  setPanel: (panel) => {
    const { session } = get()
    if (session.panel !== panel) set({ session: { ...session, panel } })
  },

  setLanguage: (language) => {
    const { doc, session } = get()
    if (doc.languages.includes(language) && session.language !== language) set({ session: { ...session, language } })
  },
})
