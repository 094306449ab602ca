import type { AssetId, SceneId, SoundHotspot } from '@story-schema'
import { CheckboxField } from './fields/checkbox-field'
import { LocalizedTextField } from './fields/localized-text-field'
import { NumberField } from './fields/number-field'
import { SelectField } from './fields/select-field'
import { useEditor } from './scene-editor-context'
import { sceneEditorStrings as t } from './strings'
import { useHotspotCommit } from './use-hotspot-commit'
import { useStoryOptions, withMissing } from './use-story-options'

/** A sound hotspot's own fields: the clip, its volume, whether it loops, and its caption (the sound in words). */
export const SoundFields = ({ hotspot, sceneId }: { hotspot: SoundHotspot; sceneId: SceneId }) => {
  const change = useHotspotCommit(sceneId, hotspot)
  const options = useStoryOptions()
  const { language, storyLanguage } = useEditor((state) => ({ language: state.session.language, storyLanguage: state.doc.language }))
  return (
    <div className="sound-fields">
      <SelectField
        label={t.sound}
        value={hotspot.assetId}
        options={withMissing(options.sounds, hotspot.assetId)}
        hint={options.sounds.length === 0 ? t.noSounds : undefined}
        onChange={(assetId) => change({ assetId: assetId as AssetId })}
      />
      <NumberField
        label={t.volume}
        unit="%"
        value={Math.round(hotspot.gain * 100)}
        min={0}
        max={100}
        step={5}
        onCommit={(percent) => change({ gain: percent / 100 }, true)}
      />
      <CheckboxField label={t.loop} checked={hotspot.loop} onChange={(loop) => change({ loop })} />
      <LocalizedTextField
        label={t.caption}
        text={hotspot.caption}
        language={language}
        storyLanguage={storyLanguage}
        onCommit={(caption) => change({ caption }, true)}
      />
    </div>
  )
}
