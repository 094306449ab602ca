import type { Scene } from '@story-schema'
import { useId, useState } from 'react'
import { deleteScene, sceneReferences, sceneTitle } from '../state'
import { Button } from '../ui/button'
import { FieldError } from './fields/field-error'
import { useCommit, useEditor, useSceneEditor } from './scene-editor-context'
import { sceneEditorStrings as t } from './strings'

/**
 * "Delete scene", asked once more in the page (no dialog): the places that lead to the scene are
 * listed, with the warning that they stay and show as broken links in Checks until changed.
 */
export const DeleteSceneConfirm = ({ scene }: { scene: Scene }) => {
  const id = useId()
  const { announce, focusDetails } = useSceneEditor()
  const commit = useCommit()
  const { doc, language } = useEditor((state) => ({ doc: state.doc, language: state.session.language }))
  const [asking, setAsking] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const title = sceneTitle(doc, scene, language)
  if (!asking) {
    return (
      <div className="delete-scene-confirm">
        <Button variant="danger" onClick={() => setAsking(true)} hiddenLabel={title}>
          {t.deleteScene}
        </Button>
        <FieldError id={`${id}-error`} message={error} />
      </div>
    )
  }
  const references = sceneReferences(doc, scene.id)
  const confirm = () => {
    const problem = commit(deleteScene, { sceneId: scene.id }, { label: t.steps.deleteScene })
    setAsking(false)
    setError(problem)
    if (!problem) {
      announce(t.sceneDeleted(title))
      focusDetails()
    }
  }
  return (
    <div className="delete-scene-confirm" role="group" aria-labelledby={`${id}-question`}>
      <p id={`${id}-question`}>
        <strong dir="auto">{t.deleteSceneConfirm(title)}</strong>
      </p>
      <p>{t.deleteSceneLinks(references.length)}</p>
      {references.length > 0 && (
        <ul>
          {references.map((reference, index) => (
            <li key={index} dir="auto">
              {reference.where}
            </li>
          ))}
        </ul>
      )}
      <Button onClick={() => setAsking(false)} autoFocus>
        {t.deleteSceneNo}
      </Button>
      <Button variant="danger" onClick={confirm}>
        {t.deleteSceneYes}
      </Button>
    </div>
  )
}
