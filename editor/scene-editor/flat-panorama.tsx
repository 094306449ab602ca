import './flat-panorama.css'
import type { HotspotId, Scene } from '@story-schema'
import { findAsset, localize } from '@story-schema'
import type { PointerEvent as ReactPointerEvent } from 'react'
import { useId, useRef } from 'react'
import { moveHotspot, scenePicturePath } from '../state'
import { directionAt, percent, pictureBox, pointOf } from './flat-geometry'
import { useEditor, useSceneEditor } from './scene-editor-context'
import { sceneEditorStrings as t } from './strings'
import { useHotspotMover } from './use-hotspot-mover'

/** Which way a marker's label runs, so that it stays inside the picture near its left and right edges. */
const labelSide = (x: number) => (x < 0.15 ? 'label-right' : x > 0.85 ? 'label-left' : 'label-centre')

/**
 * The whole panorama, flattened, with the hotspots on it and a cross where the view looks. A click
 * turns the view there; dragging a hotspot moves it (one undo step; Escape cancels). Every one of
 * these has a keyboard way too (the view fields, the hotspot list, the arrow-key pad). Only the
 * selected marker shows its label (others on hover or focus), so labels never cover each other.
 */
export const FlatPanorama = ({ scene }: { scene: Scene }) => {
  const { store, resolveAssetUrl } = useSceneEditor()
  const { doc, view, selectedId, language } = useEditor((state) => ({
    doc: state.doc,
    view: state.session.view,
    selectedId: state.session.selectedHotspotId,
    language: state.session.language,
  }))
  const { onArrowKey } = useHotspotMover()
  const id = useId()
  const frame = useRef<HTMLDivElement>(null)
  const drag = useRef<{ hotspotId: HotspotId; pointerId: number } | null>(null)
  const asset = findAsset(doc, scene.panoramaAssetId)
  const path = scenePicturePath(doc, scene)
  const box = asset?.kind === 'panorama' ? pictureBox(asset) : { x: 0, y: 0, width: 1, height: 1 }
  const at = (event: ReactPointerEvent) => {
    const rect = frame.current!.getBoundingClientRect()
    return directionAt((event.clientX - rect.left) / rect.width, (event.clientY - rect.top) / rect.height)
  }
  const startDrag = (event: ReactPointerEvent<HTMLButtonElement>, hotspotId: HotspotId) => {
    if (event.button !== 0) return
    event.stopPropagation()
    event.currentTarget.setPointerCapture(event.pointerId)
    store.getState().selectHotspot(hotspotId)
    store.getState().beginGesture(t.steps.moveHotspot)
    drag.current = { hotspotId, pointerId: event.pointerId }
  }
  const dragTo = (event: ReactPointerEvent) => {
    const current = drag.current
    if (!current || current.pointerId !== event.pointerId) return
    const args = { sceneId: scene.id, hotspotId: current.hotspotId, ...at(event) }
    store.getState().applyCommand(moveHotspot, args, { label: t.steps.moveHotspot, capture: 'coalesce' })
  }
  const endDrag = (cancel: boolean) => {
    if (!drag.current) return
    drag.current = null
    if (cancel) store.getState().cancelGesture()
    else store.getState().endGesture()
  }
  const cross = pointOf(view.yawDeg, view.pitchDeg)
  const north = pointOf(scene.northHeadingDeg, 0)
  return (
    <div className="flat-panorama">
      <p id={`${id}-help`} className="field-hint">
        {t.flatLabel}
      </p>
      <div
        ref={frame}
        className="flat-panorama-frame"
        role="group"
        aria-labelledby={`${id}-help`}
        onPointerDown={(event) => event.button === 0 && !drag.current && store.getState().setView(at(event))}
      >
        {path ? (
          <img
            className="flat-panorama-picture"
            src={resolveAssetUrl(path)}
            alt=""
            draggable={false}
            style={{ left: percent(box.x), top: percent(box.y), width: percent(box.width), height: percent(box.height) }}
          />
        ) : (
          <p className="flat-panorama-missing">{t.flatMissing}</p>
        )}
        <span className="flat-panorama-north" aria-hidden="true" style={{ left: percent(north.x) }}>
          {t.northMark}
        </span>
        <span className="flat-panorama-cross" aria-hidden="true" style={{ left: percent(cross.x), top: percent(cross.y) }} />
        {scene.hotspots.map((hotspot) => {
          const point = pointOf(hotspot.yawDeg, hotspot.pitchDeg)
          const label = localize(hotspot.label, language, doc.language)
          const selected = hotspot.id === selectedId
          return (
            <button
              key={hotspot.id}
              type="button"
              className={`flat-panorama-marker flat-panorama-${hotspot.kind}${selected ? ' is-selected' : ''} ${labelSide(point.x)}`}
              style={{ left: percent(point.x), top: percent(point.y), width: percent(hotspot.sizeDeg / 360) }}
              tabIndex={selected ? 0 : -1}
              aria-pressed={selected}
              aria-label={`${label} (${t.kindNames[hotspot.kind]})`}
              onPointerDown={(event) => startDrag(event, hotspot.id)}
              onPointerMove={dragTo}
              onPointerUp={() => endDrag(false)}
              onPointerCancel={() => endDrag(true)}
              onLostPointerCapture={() => endDrag(false)}
              onKeyDown={(event) => {
                if (event.key === 'Escape' && drag.current) endDrag(true)
                else onArrowKey(scene.id, hotspot.id)(event)
              }}
              onClick={() => store.getState().selectHotspot(hotspot.id)}
            >
              <span className="flat-panorama-marker-label" dir="auto">
                {label}
              </span>
            </button>
          )
        })}
      </div>
    </div>
  )
}
