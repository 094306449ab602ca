import type { AmbientBed, AssetId, SceneId } from '@story-schema'
import { CheckboxField } from '../scene-editor/fields/checkbox-field'
import { NumberField } from '../scene-editor/fields/number-field'
import { SelectField } from '../scene-editor/fields/select-field'
import { useSceneEditor } from '../scene-editor/scene-editor-context'
import { useStoryOptions, withMissing } from '../scene-editor/use-story-options'
import { Button } from '../ui/button'
import type { BedChanges } from './soundscape-commands'
import { removeBed, updateBed } from './soundscape-commands'
import { soundscapeStrings as t } from './strings'
import { useSoundCommit } from './use-sound-commit'

/** One background sound: its sound, volume, fades, loop, and a remove button. */
export const BedRow = ({ bed, index, sceneId, onRemoved }: { bed: AmbientBed; index: number; sceneId: SceneId; onRemoved: () => void }) => {
  const commit = useSoundCommit(sceneId)
  const { announce } = useSceneEditor()
  const options = useStoryOptions()
  const name = t.bedName(index)
  const change = (changes: BedChanges, field?: string) =>
    commit(updateBed, { sceneId, bedId: bed.id, changes }, t.steps.editBed, field && `${field}:${bed.id}`)
  const remove = () => {
    if (commit(removeBed, { sceneId, bedId: bed.id }, t.steps.removeBed) === null) {
      announce(t.removed(name))
      onRemoved()
    }
  }
  return (
    <li className="sound-row">
      <fieldset>
        <legend>{name}</legend>
        <SelectField
          label={t.sound}
          value={bed.assetId}
          options={withMissing(options.sounds, bed.assetId)}
          onChange={(assetId) => change({ assetId: assetId as AssetId })}
        />
        <NumberField label={t.volume} unit="%" value={Math.round(bed.gain * 100)} min={0} max={100} step={5} onCommit={(percent) => change({ gain: percent / 100 }, 'gain')} />
        <NumberField label={t.fadeIn} unit={t.milliseconds} value={bed.fadeInMs} min={0} max={600_000} step={100} onCommit={(fadeInMs) => change({ fadeInMs }, 'fadeIn')} />
        <NumberField label={t.fadeOut} unit={t.milliseconds} value={bed.fadeOutMs} min={0} max={600_000} step={100} onCommit={(fadeOutMs) => change({ fadeOutMs }, 'fadeOut')} />
        <CheckboxField label={t.loop} checked={bed.loop} onChange={(loop) => change({ loop })} />
        <Button variant="danger" onClick={remove} hiddenLabel={name}>
          {t.remove}
        </Button>
      </fieldset>
    </li>
  )
}
