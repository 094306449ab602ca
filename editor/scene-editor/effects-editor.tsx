import type { Effect, SceneId } from '@story-schema'
import { useId, useState } from 'react'
import type { EffectsTarget } from '../state'
import { setEffects } from '../state'
import { Button } from '../ui/button'
import { EffectRow } from './effect-row'
import { effectTypes, newEffect } from './effect-defaults'
import { FieldError } from './fields/field-error'
import { useCommit, useEditor } from './scene-editor-context'
import { useFocusLater } from './use-focus-later'
import { sceneEditorStrings as t } from './strings'
import { EditOnly } from './edit-only'

/** Props of `EffectsEditor`. */
export type EffectsEditorProps = { legend: string; effects: readonly Effect[]; target: EffectsTarget }

/** An effect list (a link's, a choice's, a scene's on arrival): its effects in order, add and remove. */
export const EffectsEditor = ({ legend, effects, target }: EffectsEditorProps) => {
  const id = useId()
  const commit = useCommit()
  const doc = useEditor((state) => state.doc)
  const [error, setError] = useState<string | null>(null)
  const { container, focusLater } = useFocusLater<HTMLFieldSetElement>()
  const sceneId: SceneId = target.sceneId
  /** Stores the list; a field's own change shows its problem next to that field, adding or removing one here. */
  const store = (list: Effect[], fromField = false) => {
    const capture = fromField ? 'coalesce' : 'record'
    const problem = commit(
      setEffects,
      { target, effects: list },
      { label: t.steps.editEffects, capture, key: `effects:${JSON.stringify(target)}` },
    )
    setError(fromField ? null : problem)
    return problem
  }
  const firstPossible = effectTypes.map((type) => newEffect(type, doc, sceneId)).find((effect) => effect !== null)
  return (
    <fieldset ref={container} className="effects-editor" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {effects.length === 0 && <p className="field-hint">{t.noEffects}</p>}
      {effects.map((effect, index) => (
        <EffectRow
          key={index}
          index={index}
          effect={effect}
          sceneId={sceneId}
          onChange={(next) => store(effects.map((old, i) => (i === index ? next : old)), true)}
          onRemove={() => {
            store(effects.filter((_, i) => i !== index))
            focusLater('[data-focus-target="effects-editor-add"]')
          }}
        />
      ))}
      <FieldError id={`${id}-error`} message={error} />
      <EditOnly>
        <Button
          data-focus-target="effects-editor-add"
          onClick={() => firstPossible && store([...effects, firstPossible])}
          disabled={!firstPossible}
        >
          {t.addEffect}
        </Button>
      </EditOnly>
    </fieldset>
  )
}
