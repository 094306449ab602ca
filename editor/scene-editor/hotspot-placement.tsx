import type { Hotspot, SceneId } from '@story-schema'
import { localize, minHotspotSizeDeg } from '@story-schema'
import { useId } from 'react'
import { updateHotspot } from '../state'
import { Button } from '../ui/button'
import { NumberField } from './fields/number-field'
import { nudgeStepDeg } from './nudge'
import { useCommit, useEditor, useSceneEditor } from './scene-editor-context'
import { sceneEditorStrings as t } from './strings'
import { useHotspotMover } from './use-hotspot-mover'

/**
 * Where a hotspot is and how big, without a drag (C-28, WCAG 2.5.7): turn and tilt fields, arrow-key
 * nudging on the pad (1°, Shift 10°), step buttons, "move to where the view looks", "turn the view to
 * it" (so the 360° view shows it), and its size.
 */
export const HotspotPlacement = ({ hotspot, sceneId }: { hotspot: Hotspot; sceneId: SceneId }) => {
  const id = useId()
  const commit = useCommit()
  const { store } = useSceneEditor()
  const { view, doc, language } = useEditor((state) => ({ view: state.session.view, doc: state.doc, language: state.session.language }))
  const { moveTo, moveBy, onArrowKey } = useHotspotMover()
  const label = localize(hotspot.label, language, doc.language)
  const move = (yawDeg: number, pitchDeg: number) => {
    const result = moveTo(sceneId, hotspot.id, yawDeg, pitchDeg)
    return result.ok ? null : result.error.message
  }
  const step = (yawDeg: number, pitchDeg: number) => moveBy(sceneId, hotspot.id, { yawDeg, pitchDeg })
  const one = nudgeStepDeg.fine
  return (
    <fieldset className="hotspot-placement">
      <legend>{t.placementHeading}</legend>
      <NumberField
        label={t.yaw}
        unit={t.degrees}
        value={hotspot.yawDeg}
        min={-180}
        max={179.9}
        step={1}
        onCommit={(yaw) => move(yaw, hotspot.pitchDeg)}
      />
      <NumberField
        label={t.pitch}
        unit={t.degrees}
        value={hotspot.pitchDeg}
        min={-90}
        max={90}
        step={1}
        onCommit={(pitch) => move(hotspot.yawDeg, pitch)}
      />
      <div
        className="hotspot-placement-pad"
        role="group"
        tabIndex={0}
        aria-label={t.nudgePad(label)}
        aria-describedby={`${id}-nudge-help`}
        onKeyDown={onArrowKey(sceneId, hotspot.id)}
      >
        <p id={`${id}-nudge-help`} className="field-hint">
          {t.nudgeHelp}
        </p>
        <Button onClick={() => step(-one, 0)} hiddenLabel={`${one}°`}>
          <span aria-hidden="true">← </span>
          {t.nudgeLeft}
        </Button>
        <Button onClick={() => step(0, one)} hiddenLabel={`${one}°`}>
          <span aria-hidden="true">↑ </span>
          {t.nudgeUp}
        </Button>
        <Button onClick={() => step(0, -one)} hiddenLabel={`${one}°`}>
          <span aria-hidden="true">↓ </span>
          {t.nudgeDown}
        </Button>
        <Button onClick={() => step(one, 0)} hiddenLabel={`${one}°`}>
          <span aria-hidden="true">→ </span>
          {t.nudgeRight}
        </Button>
      </div>
      <Button onClick={() => move(view.yawDeg, view.pitchDeg)}>{t.moveToView}</Button>
      <Button onClick={() => store.getState().setView({ yawDeg: hotspot.yawDeg, pitchDeg: hotspot.pitchDeg })}>{t.lookAtHotspot}</Button>
      <NumberField
        label={t.size}
        unit={t.degrees}
        value={hotspot.sizeDeg}
        min={1}
        max={120}
        hint={hotspot.sizeDeg < minHotspotSizeDeg ? t.sizeSmall(minHotspotSizeDeg) : undefined}
        onCommit={(sizeDeg) =>
          commit(
            updateHotspot,
            { sceneId, hotspotId: hotspot.id, changes: { sizeDeg } },
            { label: t.steps.resizeHotspot, capture: 'coalesce', key: `size:${hotspot.id}` },
          )
        }
      />
    </fieldset>
  )
}
