import './panorama-viewport.css'
import type { AuthoringView, PanoramaDirection } from '@player'
import { PanoramaEditorView } from '@player'
import type { HotspotId, HotspotKind, Scene } from '@story-schema'
import { localize } from '@story-schema'
import { useCallback, useId, useRef } from 'react'
import type { HotspotDrag } from './hotspot-drag'
import { startHotspotDrag } from './hotspot-drag'
import { useEditor, useReadOnly, useSceneEditor } from './scene-editor-context'
import { sceneEditorStrings as t } from './strings'
import { useAddHotspot } from './use-add-hotspot'

const where = (direction: PanoramaDirection) => t.direction(direction.yawDeg, direction.pitchDeg)

/**
 * The open scene in the player's 360° renderer (through `@player` only, three.js in its own chunk):
 * the view is the editor's `session.view` (so "Set initial view here" and "Set north here" use what
 * is on screen), a click on the photo adds a hotspot of `kind` there, dragging a hotspot moves it as
 * one undo step (Escape puts it back), and every placement is said in the status line. The keyboard
 * way is the view fields, "Add here", the hotspot list and the nudge pad (C-28).
 */
export const PanoramaViewport = ({ scene, kind, onUnavailable }: { scene: Scene; kind: HotspotKind; onUnavailable: () => void }) => {
  const { store, resolveAssetUrl, announce } = useSceneEditor()
  const addHotspot = useAddHotspot()
  const readOnly = useReadOnly()
  const { doc, view, selectedId, language } = useEditor((state) => ({
    doc: state.doc,
    view: state.session.view,
    selectedId: state.session.selectedHotspotId,
    language: state.session.language,
  }))
  const id = useId()
  const drag = useRef<{ hotspotId: HotspotId; drag: HotspotDrag } | null>(null)
  const sceneId = scene.id
  const labelOf = useCallback(
    (hotspotId: HotspotId) => {
      const { doc: now, session } = store.getState()
      const hotspot = now.scenes.find((candidate) => candidate.id === sceneId)?.hotspots.find((h) => h.id === hotspotId)
      return localize(hotspot?.label, session.language, now.language)
    },
    [store, sceneId],
  )
  const onViewChange = useCallback((next: AuthoringView) => store.getState().setView(next), [store])
  const onPlace = (direction: PanoramaDirection) => {
    const outcome = addHotspot(sceneId, kind, direction)
    announce(outcome.ok ? t.hotspotPlaced(outcome.label, where(direction)) : outcome.error)
  }
  const onMoveEnd = (hotspotId: HotspotId, { cancelled }: { cancelled: boolean }) => {
    const current = drag.current
    drag.current = null
    if (!current || current.hotspotId !== hotspotId) return
    if (cancelled) {
      current.drag.cancel()
      announce(t.hotspotPutBack(labelOf(hotspotId)))
      return
    }
    current.drag.drop()
    const moved = store.getState().doc.scenes.find((candidate) => candidate.id === sceneId)?.hotspots.find((h) => h.id === hotspotId)
    if (moved) announce(t.hotspotMoved(labelOf(hotspotId), where(moved)))
  }
  return (
    <div className="panorama-viewport">
      <div className="panorama-viewport-frame">
        <PanoramaEditorView
          story={doc}
          sceneId={sceneId}
          resolveAssetUrl={resolveAssetUrl}
          language={language}
          view={view}
          onViewChange={onViewChange}
          selectedHotspotId={selectedId}
          onSelectHotspot={(hotspotId) => store.getState().selectHotspot(hotspotId)}
          onPlace={readOnly ? undefined : onPlace}
          onMoveHotspotStart={
            readOnly
              ? undefined
              : (hotspotId) => {
                  drag.current?.drag.cancel()
                  drag.current = { hotspotId, drag: startHotspotDrag(store, sceneId, hotspotId, t.steps.moveHotspot) }
                }
          }
          onMoveHotspot={(hotspotId, direction) => {
            if (drag.current?.hotspotId === hotspotId) drag.current.drag.move(direction)
          }}
          onMoveEnd={onMoveEnd}
          label={t.view360Label}
          describedBy={`${id}-help`}
          onUnavailable={onUnavailable}
        />
        <span className="panorama-viewport-centre" aria-hidden="true" />
      </div>
      {/* Under the picture, so the picture itself stays near the top of the screen. */}
      <p id={`${id}-help`} className="field-hint">
        {readOnly ? t.view360HelpReadOnly : t.view360Help}
      </p>
    </div>
  )
}
