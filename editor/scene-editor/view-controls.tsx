import type { HotspotKind, Scene } from '@story-schema'
import { localize, makeId } from '@story-schema'
import { useState } from 'react'
import { addHotspot, updateScene } from '../state'
import { Button } from '../ui/button'
import { NumberField } from './fields/number-field'
import { SelectField } from './fields/select-field'
import { useCommit, useEditor, useSceneEditor } from './scene-editor-context'
import { sceneEditorStrings as t } from './strings'

const turnStepDeg = 15

/**
 * Where the view looks (the placement cursor), by numbers and buttons (C-3, C-28): turn, tilt and
 * zoom; "set initial view here", "set north here", and adding a hotspot where the view looks.
 */
export const ViewControls = ({ scene }: { scene: Scene }) => {
  const { store, announce, focusDetails } = useSceneEditor()
  const commit = useCommit()
  const { view, language, hasSounds } = useEditor((state) => ({
    view: state.session.view,
    language: state.session.language,
    hasSounds: state.doc.assets.some((asset) => asset.kind === 'audio'),
  }))
  const [kind, setKind] = useState<HotspotKind>('link')
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
    const id = makeId('hotspot')
    const args = { id, kind, sceneId: scene.id, yawDeg: view.yawDeg, pitchDeg: view.pitchDeg, language }
    const problem = commit(addHotspot, args, { label: t.steps.addHotspot, select: { selectedHotspotId: id } })
    setError(problem)
    if (problem) return
    const added = store.getState().doc.scenes.find((candidate) => candidate.id === scene.id)?.hotspots.find((h) => h.id === id)
    announce(t.hotspotAdded(localize(added?.label, language, store.getState().doc.language)))
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
      <div className="view-controls-actions">
        <Button onClick={() => setHere({ initialView: view }, t.steps.setInitialView, t.initialViewSet)}>{t.setInitialView}</Button>
        <Button onClick={() => setHere({ northHeadingDeg: view.yawDeg }, t.steps.setNorth, t.northSet)}>{t.setNorth}</Button>
      </div>
      <div className="view-controls-add">
        <SelectField
          label={t.kindToAdd}
          value={kind}
          options={(['link', 'billboard', 'sound'] as const).map((value) => ({
            value,
            label: value === 'sound' && !hasSounds ? `${t.kinds[value]} (${t.needsSound})` : t.kinds[value],
            disabled: value === 'sound' && !hasSounds,
          }))}
          onChange={(value) => setKind(value as HotspotKind)}
          error={error}
        />
        <Button variant="primary" onClick={add}>
          {t.addHere}
        </Button>
      </div>
    </fieldset>
  )
}
