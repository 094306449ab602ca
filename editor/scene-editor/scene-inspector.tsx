import type { AssetId, Scene } from '@story-schema'
import { SceneSound } from '../sound'
import type { SceneChanges } from '../state'
import { sceneTitle, updateScene } from '../state'
import { DeleteSceneConfirm } from './delete-scene-confirm'
import { EffectsEditor } from './effects-editor'
import { CheckboxField } from './fields/checkbox-field'
import { LocalizedTextField } from './fields/localized-text-field'
import { NumberField } from './fields/number-field'
import { SelectField } from './fields/select-field'
import { useCommit, useEditor } from './scene-editor-context'
import { sceneEditorStrings as t } from './strings'
import { useStoryOptions, withMissing } from './use-story-options'
import { EditOnly } from './edit-only'

/** The details of the open scene: title, description, photo, north, initial view, ending, what happens on arrival, delete. */
export const SceneInspector = ({ scene }: { scene: Scene }) => {
  const commit = useCommit()
  const options = useStoryOptions()
  const { doc, language } = useEditor((state) => ({ doc: state.doc, language: state.session.language }))
  const text = { language, storyLanguage: doc.language }
  const change = (changes: SceneChanges, label: string = t.steps.editScene, typing = false) =>
    commit(
      updateScene,
      { sceneId: scene.id, language, changes },
      { label, capture: typing ? 'coalesce' : 'record', key: `${Object.keys(changes).join(',')}:${scene.id}:${language}` },
    )
  const { yawDeg, pitchDeg, fovDeg } = scene.initialView
  return (
    <section className="scene-inspector" aria-labelledby="scene-inspector-heading">
      <h3 id="scene-inspector-heading" tabIndex={-1} data-details-heading dir="auto">
        {t.sceneHeading(sceneTitle(doc, scene, language) || t.untitled)}
      </h3>
      <LocalizedTextField
        label={t.sceneTitle}
        text={scene.title}
        {...text}
        onCommit={(title) => change({ title }, t.steps.renameScene, true)}
      />
      <LocalizedTextField
        label={t.sceneDescription}
        text={scene.description}
        {...text}
        multiline
        onCommit={(description) => change({ description }, t.steps.editScene, true)}
      />
      <SelectField
        label={t.scenePicture}
        value={scene.panoramaAssetId}
        options={withMissing(options.panoramas, scene.panoramaAssetId)}
        onChange={(id) => change({ panoramaAssetId: id as AssetId })}
      />
      <NumberField
        label={t.north}
        hint={t.northHint}
        unit={t.degrees}
        value={scene.northHeadingDeg}
        min={0}
        max={359.9}
        onCommit={(northHeadingDeg) => change({ northHeadingDeg }, t.steps.setNorth, true)}
      />
      <p className="scene-inspector-view">{t.initialView(yawDeg, pitchDeg, fovDeg)}</p>
      <CheckboxField
        label={t.isEnding}
        checked={scene.ending !== undefined}
        onChange={(ending) => change({ ending }, t.steps.ending)}
      />
      {scene.ending && (
        <LocalizedTextField
          label={t.endingMessage}
          text={scene.ending.message}
          {...text}
          multiline
          onCommit={(endingMessage) => change({ endingMessage }, t.steps.ending, true)}
        />
      )}
      <EffectsEditor legend={t.onArrival} effects={scene.onEnter} target={{ kind: 'scene', sceneId: scene.id }} />
      <SceneSound scene={scene} />
      <EditOnly>
        <DeleteSceneConfirm key={scene.id} scene={scene} />
      </EditOnly>
    </section>
  )
}
