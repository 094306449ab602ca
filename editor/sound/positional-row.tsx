import type { AssetId, PositionalSound, SceneId } from '@story-schema'
import { localize } from '@story-schema'
import { CheckboxField } from '../scene-editor/fields/checkbox-field'
import { LocalizedTextField } from '../scene-editor/fields/localized-text-field'
import { NumberField } from '../scene-editor/fields/number-field'
import { SelectField } from '../scene-editor/fields/select-field'
import { useEditor, useSceneEditor } from '../scene-editor/scene-editor-context'
import { useStoryOptions, withMissing } from '../scene-editor/use-story-options'
import { Button } from '../ui/button'
import type { PositionalChanges } from './soundscape-commands'
import { removePositionalSound, updatePositionalSound } from './soundscape-commands'
import { soundscapeStrings as t } from './strings'
import { useSoundCommit } from './use-sound-commit'

type PositionalRowProps = { sound: PositionalSound; index: number; sceneId: SceneId; onRemoved: () => void }

/** One sound in one direction: sound, turn, tilt, distance, volume, loop, caption, "move to where the view looks", remove. */
export const PositionalRow = ({ sound, index, sceneId, onRemoved }: PositionalRowProps) => {
  const commit = useSoundCommit(sceneId)
  const { announce } = useSceneEditor()
  const options = useStoryOptions()
  const { language, storyLanguage, view } = useEditor((s) => ({ language: s.session.language, storyLanguage: s.doc.language, view: s.session.view }))
  const caption = localize(sound.caption, language, storyLanguage)
  const name = caption ? `${t.positionalName(index)}: ${caption}` : t.positionalName(index)
  const change = (changes: PositionalChanges, field?: string) =>
    commit(updatePositionalSound, { sceneId, soundId: sound.id, language, changes }, t.steps.editPositional, field && `${field}:${sound.id}`)
  const remove = () => {
    if (commit(removePositionalSound, { sceneId, soundId: sound.id }, t.steps.removePositional) === null) {
      announce(t.removed(t.positionalName(index)))
      onRemoved()
    }
  }
  return (
    <li className="sound-row">
      <fieldset>
        <legend>{name}</legend>
        <SelectField label={t.sound} value={sound.assetId} options={withMissing(options.sounds, sound.assetId)} onChange={(assetId) => change({ assetId: assetId as AssetId })} />
        <NumberField label={t.turn} unit={t.degrees} value={sound.yawDeg} min={-180} max={179.9} onCommit={(yawDeg) => change({ yawDeg }, 'yaw')} />
        <NumberField label={t.tilt} unit={t.degrees} value={sound.pitchDeg} min={-90} max={90} onCommit={(pitchDeg) => change({ pitchDeg }, 'pitch')} />
        <Button onClick={() => change({ yawDeg: Math.round(view.yawDeg * 10) / 10, pitchDeg: Math.round(view.pitchDeg * 10) / 10 })}>
          {t.placeAtView}
        </Button>
        <NumberField label={t.distance} unit={t.metres} value={sound.distanceM} min={0.5} max={100} step={0.5} onCommit={(distanceM) => change({ distanceM }, 'distance')} />
        <NumberField label={t.volume} unit="%" value={Math.round(sound.gain * 100)} min={0} max={100} step={5} onCommit={(percent) => change({ gain: percent / 100 }, 'gain')} />
        <CheckboxField label={t.loop} checked={sound.loop} onChange={(loop) => change({ loop })} />
        <LocalizedTextField label={t.caption} text={sound.caption} language={language} storyLanguage={storyLanguage} onCommit={(text) => change({ caption: text }, 'caption')} />
        <Button variant="danger" onClick={remove} hiddenLabel={t.positionalName(index)}>
          {t.remove}
        </Button>
      </fieldset>
    </li>
  )
}
