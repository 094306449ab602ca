import type { AssetId, BillboardHotspot, SceneId } from '@story-schema'
import { isAllowedLinkUrl, limits, makeId } from '@story-schema'
import { addChoice } from '../state'
import { Button } from '../ui/button'
import { ChoiceEditor } from './choice-editor'
import { LocalizedTextField } from './fields/localized-text-field'
import { SelectField } from './fields/select-field'
import { TextInputField } from './fields/text-input-field'
import { useCommit, useEditor } from './scene-editor-context'
import { sceneEditorStrings as t } from './strings'
import { useFocusLater } from './use-focus-later'
import { useHotspotCommit } from './use-hotspot-commit'
import { useStoryOptions, withMissing } from './use-story-options'
import { EditOnly } from './edit-only'

const noImage = '#none'

/** A billboard's own fields: title, text, picture, an https link with its text, and its choices. */
export const BillboardFields = ({ hotspot, sceneId }: { hotspot: BillboardHotspot; sceneId: SceneId }) => {
  const change = useHotspotCommit(sceneId, hotspot)
  const commit = useCommit()
  const options = useStoryOptions()
  const { container, focusLater } = useFocusLater<HTMLElement>()
  const { language, storyLanguage } = useEditor((state) => ({ language: state.session.language, storyLanguage: state.doc.language }))
  const text = { language, storyLanguage }
  const add = () =>
    commit(addChoice, { sceneId, hotspotId: hotspot.id, id: makeId('choice'), language }, { label: t.steps.addChoice })
  return (
    <div className="billboard-fields">
      <LocalizedTextField label={t.title} text={hotspot.title} {...text} onCommit={(title) => change({ title }, true)} />
      <LocalizedTextField label={t.body} text={hotspot.body} {...text} multiline onCommit={(body) => change({ body }, true)} />
      <SelectField
        label={t.image}
        value={hotspot.imageAssetId ?? noImage}
        options={[{ value: noImage, label: t.noImage }, ...withMissing(options.images, hotspot.imageAssetId ?? '')]}
        onChange={(value) => change({ imageAssetId: value === noImage ? null : (value as AssetId) })}
      />
      <TextInputField
        label={t.url}
        hint={t.urlHint}
        value={hotspot.url ?? ''}
        onCommit={(url) => (url.trim() === '' || isAllowedLinkUrl(url.trim()) ? change({ url }, true) : t.urlProblem)}
      />
      {hotspot.url && (
        <LocalizedTextField label={t.urlLabel} text={hotspot.urlLabel} {...text} onCommit={(urlLabel) => change({ urlLabel }, true)} />
      )}
      <section ref={container} className="billboard-fields-choices">
        <h4>{t.choicesHeading}</h4>
        {hotspot.choices.length === 0 && <p className="field-hint">{t.noChoices}</p>}
        {hotspot.choices.map((choice, index) => (
          <ChoiceEditor
            key={choice.id}
            choice={choice}
            index={index}
            billboard={hotspot}
            sceneId={sceneId}
            onDeleted={() => focusLater('[data-focus-target="billboard-fields-add"]')}
          />
        ))}
        <EditOnly>
          <Button
            data-focus-target="billboard-fields-add"
            onClick={add}
            disabled={hotspot.choices.length >= limits.maxChoicesPerBillboard}
          >
            {t.addChoice}
          </Button>
        </EditOnly>
      </section>
    </div>
  )
}
