import type { LinkHotspot, SceneId } from '@story-schema'
import { makeId } from '@story-schema'
import { addScene, updateHotspot } from '../state'
import { EffectsEditor } from './effects-editor'
import { SelectField } from './fields/select-field'
import { useSceneEditor } from './scene-editor-context'
import { sceneEditorStrings as t } from './strings'
import { useHotspotCommit } from './use-hotspot-commit'
import { useStoryOptions, withMissing } from './use-story-options'

const newSceneValue = '#new-scene'

/** A link's own fields: where it leads (a scene, or a new scene made on the spot), how it looks, and its effects. */
export const LinkFields = ({ hotspot, sceneId }: { hotspot: LinkHotspot; sceneId: SceneId }) => {
  const { store, announce } = useSceneEditor()
  const change = useHotspotCommit(sceneId, hotspot)
  const options = useStoryOptions()
  const linkToNewScene = () => {
    const { doc, session } = store.getState()
    const here = doc.scenes.find((scene) => scene.id === sceneId)
    if (!here) return
    const id = makeId('scene')
    const state = store.getState()
    state.beginGesture(t.steps.linkNewScene)
    const added = state.applyCommand(
      addScene,
      { id, panoramaAssetId: here.panoramaAssetId, afterSceneId: sceneId, language: session.language },
      { label: t.steps.addScene },
    )
    if (added.ok) state.applyCommand(
      updateHotspot,
      { sceneId, hotspotId: hotspot.id, changes: { targetSceneId: id } },
      { label: t.steps.editHotspot },
    )
    state.endGesture()
    const made = store.getState().doc.scenes.find((scene) => scene.id === id)
    if (made) announce(t.newSceneMade(made.title[session.language] ?? ''))
  }
  return (
    <div className="link-fields">
      <SelectField
        label={t.target}
        value={hotspot.targetSceneId}
        options={[...withMissing(options.scenes, hotspot.targetSceneId), { value: newSceneValue, label: t.newScene }]}
        onChange={(value) => (value === newSceneValue ? linkToNewScene() : change({ targetSceneId: value as SceneId }))}
      />
      <SelectField
        label={t.icon}
        value={hotspot.icon}
        options={(['door', 'arrow'] as const).map((icon) => ({ value: icon, label: t.icons[icon] }))}
        onChange={(icon) => change({ icon: icon as LinkHotspot['icon'] })}
      />
      <EffectsEditor
        legend={t.effectsWhenChosen}
        effects={hotspot.effects}
        target={{ kind: 'link', sceneId, hotspotId: hotspot.id }}
      />
    </div>
  )
}
