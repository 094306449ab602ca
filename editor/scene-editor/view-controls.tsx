import type { HotspotKind, Scene } from '@story-schema'
import { useState } from 'react'
import { updateScene } from '../state'
import { Button } from '../ui/button'
import { NumberField } from './fields/number-field'
import { SelectField } from './fields/select-field'
import { useCommit, useEditor, useReadOnly, useSceneEditor } from './scene-editor-context'
import { sceneEditorStrings as t } from './strings'
import { useAddHotspot } from './use-add-hotspot'

const turnStepDeg = 15

/**
 * Where the view looks (the 360° view's centre, `session.view`), by numbers and buttons (C-3, C-28):
 * turn, tilt and zoom; "set initial view here", "set north here", and adding a hotspot where the view
 * looks. `kind` is also what a click in the 360° view adds.
 */
export const ViewControls = ({ scene, kind, onKindChange }: { scene: Scene; kind: HotspotKind; onKindChange: (kind: HotspotKind) => void }) => {
  const { store, announce, focusDetails } = useSceneEditor()
  const commit = useCommit()
  const addHotspot = useAddHotspot()
  const readOnly = useReadOnly()
  const { view, hasSounds } = useEditor((state) => ({
    view: state.session.view,
    hasSounds: state.doc.assets.some((asset) => asset.kind === 'audio'),
  }))
  const [error, setError] = useState<string | null>(null)
  const look = (changes: Partial<typeof view>) => {
    store.getState().setView(changes)
    return null
  }
  const setHere = (changes: Parameters<typeof updateScene>[1]['changes'], label: string, done: string) => {
    const problem = commit(updateScene, { sceneId: scene.id, changes }, { label })
    setError(problem)
    if (!problem) announce(done)
  }
  const add = () => {
    const outcome = addHotspot(scene.id, kind, { yawDeg: view.yawDeg, pitchDeg: view.pitchDeg })
    setError(outcome.ok ? null : outcome.error)
    if (!outcome.ok) return
    announce(t.hotspotAdded(outcome.label))
    focusDetails()
  }
  return (
    <fieldset className="view-controls">
      <legend>{t.viewHeading}</legend>
      <p className="view-controls-readout">{t.viewReadout(view.yawDeg, view.pitchDeg, view.fovDeg)}</p>
      <div className="view-controls-numbers">
        <NumberField label={t.yaw} unit={t.degrees} value={view.yawDeg} min={-180} max={180} onCommit={(yaw) => look({ yawDeg: yaw })} />
        <NumberField
          label={t.pitch}
          unit={t.degrees}
          value={view.pitchDeg}
          min={-90}
          max={90}
          onCommit={(pitchDeg) => look({ pitchDeg })}
        />
        <NumberField label={t.zoom} unit={t.degrees} value={view.fovDeg} min={30} max={120} onCommit={(fov) => look({ fovDeg: fov })} />
      </div>
      <div className="view-controls-turns">
        <Button onClick={() => look({ yawDeg: view.yawDeg - turnStepDeg })}>{t.turnLeft}</Button>
        <Button onClick={() => look({ yawDeg: view.yawDeg + turnStepDeg })}>{t.turnRight}</Button>
        <Button onClick={() => look({ pitchDeg: view.pitchDeg + turnStepDeg })}>{t.lookUp}</Button>
        <Button onClick={() => look({ pitchDeg: view.pitchDeg - turnStepDeg })}>{t.lookDown}</Button>
      </div>
      {!readOnly && (
      <div className="view-controls-actions">
        <Button onClick={() => setHere({ initialView: view }, t.steps.setInitialView, t.initialViewSet)}>{t.setInitialView}</Button>
        <Button onClick={() => setHere({ northHeadingDeg: view.yawDeg }, t.steps.setNorth, t.northSet)}>{t.setNorth}</Button>
      </div>
      )}
      {!readOnly && (
      <div className="view-controls-add">
        <SelectField
          label={t.kindToAdd}
          value={kind}
          options={(['link', 'billboard', 'sound'] as const).map((value) => ({
            value,
            label: value === 'sound' && !hasSounds ? `${t.kinds[value]} (${t.needsSound})` : t.kinds[value],
            disabled: value === 'sound' && !hasSounds,
          }))}
          onChange={(value) => onKindChange(value as HotspotKind)}
          error={error}
        />
        <Button variant="primary" onClick={add}>
          {t.addHere}
        </Button>
      </div>
      )}
    </fieldset>
  )
}
