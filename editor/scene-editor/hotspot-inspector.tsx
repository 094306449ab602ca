import type { Hotspot, HotspotKind, SceneId } from '@story-schema'
import { localize } from '@story-schema'
import { deleteHotspot, setHotspotKind, updateHotspot } from '../state'
import { Button } from '../ui/button'
import { BillboardFields } from './billboard-fields'
import { ConditionBuilder } from './condition-builder'
import { LocalizedTextField } from './fields/localized-text-field'
import { SelectField } from './fields/select-field'
import { HotspotPlacement } from './hotspot-placement'
import { LinkFields } from './link-fields'
import { useCommit, useEditor, useSceneEditor } from './scene-editor-context'
import { SoundFields } from './sound-fields'
import { sceneEditorStrings as t } from './strings'
import { useHotspotCommit } from './use-hotspot-commit'
import { EditOnly } from './edit-only'

const kinds: HotspotKind[] = ['link', 'billboard', 'sound']

/**
 * The details of the selected hotspot: kind, label, description, place and size, when it is shown,
 * and the kind's own fields; back to the scene, or delete it.
 */
export const HotspotInspector = ({ hotspot, sceneId }: { hotspot: Hotspot; sceneId: SceneId }) => {
  const { store, announce, focusDetails, readOnly } = useSceneEditor()
  const commit = useCommit()
  const change = useHotspotCommit(sceneId, hotspot)
  const { language, storyLanguage, hasSounds } = useEditor((state) => ({
    language: state.session.language,
    storyLanguage: state.doc.language,
    hasSounds: state.doc.assets.some((asset) => asset.kind === 'audio'),
  }))
  const label = localize(hotspot.label, language, storyLanguage)
  const text = { language, storyLanguage }
  const remove = () => {
    if (commit(deleteHotspot, { sceneId, hotspotId: hotspot.id }, { label: t.steps.deleteHotspot }) !== null) return
    announce(t.hotspotDeleted(label))
    focusDetails()
  }
  const kindOptions = kinds.map((kind) => ({
    value: kind,
    label: kind === 'sound' && !hasSounds ? `${t.kinds[kind]} (${t.needsSound})` : t.kinds[kind],
    disabled: kind === 'sound' && !hasSounds && hotspot.kind !== 'sound',
  }))
  return (
    <section className="hotspot-inspector" aria-labelledby="hotspot-inspector-heading">
      <h3 id="hotspot-inspector-heading" tabIndex={-1} data-details-heading dir="auto">
        {t.hotspotHeading(label)}
      </h3>
      <Button
        onClick={() => {
          store.getState().selectHotspot(null)
          focusDetails()
        }}
      >
        <span aria-hidden="true">← </span>
        {t.closeHotspot}
      </Button>
      <SelectField
        label={t.kind}
        hint={t.kindHint}
        value={hotspot.kind}
        options={kindOptions}
        onChange={(kind) =>
          commit(setHotspotKind, { sceneId, hotspotId: hotspot.id, kind: kind as HotspotKind, language }, { label: t.steps.changeKind })
        }
      />
      <LocalizedTextField
        label={t.label}
        hint={t.labelHint}
        text={hotspot.label}
        {...text}
        onCommit={(value) => change({ label: value }, true)}
      />
      <LocalizedTextField
        label={t.description}
        hint={t.descriptionHint}
        text={hotspot.description}
        {...text}
        multiline
        onCommit={(description) => change({ description }, true)}
      />
      {/* The placement controls belong to the viewport; in a read-only tab they show, switched off. */}
      <fieldset className="read-only-group" disabled={readOnly}>
        <HotspotPlacement hotspot={hotspot} sceneId={sceneId} />
      </fieldset>
      <ConditionBuilder
        condition={hotspot.visibleIf}
        sceneId={sceneId}
        onCommit={(visibleIf) =>
          commit(
            updateHotspot,
            { sceneId, hotspotId: hotspot.id, changes: { visibleIf } },
            { label: t.steps.editCondition, capture: 'coalesce', key: `if:${hotspot.id}` },
          )
        }
      />
      {hotspot.kind === 'link' && <LinkFields hotspot={hotspot} sceneId={sceneId} />}
      {hotspot.kind === 'billboard' && <BillboardFields hotspot={hotspot} sceneId={sceneId} />}
      {hotspot.kind === 'sound' && <SoundFields hotspot={hotspot} sceneId={sceneId} />}
      <EditOnly>
        <Button variant="danger" onClick={remove} hiddenLabel={label}>
          {t.deleteHotspot}
        </Button>
      </EditOnly>
    </section>
  )
}
