import type { Scene } from '@story-schema'
import { reorderScenes, sceneThumbnailPath, sceneTitle, setStartScene } from '../state'
import { Button } from '../ui/button'
import { useCommit, useEditor, useSceneEditor } from './scene-editor-context'
import { sceneEditorStrings as t } from './strings'
import { EditOnly } from './edit-only'

/** Props of `SceneListItem`. */
export type SceneListItemProps = { scene: Scene; index: number; count: number }

/** One scene in the list: open it (thumbnail and title), its marks in words, move it up or down, make it the start. */
export const SceneListItem = ({ scene, index, count }: SceneListItemProps) => {
  const { store, resolveAssetUrl } = useSceneEditor()
  const commit = useCommit()
  const { doc, active, language } = useEditor((state) => ({
    doc: state.doc,
    active: state.session.activeSceneId === scene.id,
    language: state.session.language,
  }))
  const title = sceneTitle(doc, scene, language) || t.untitled
  const thumbnail = sceneThumbnailPath(doc, scene)
  const isStart = doc.startSceneId === scene.id
  const move = (toIndex: number) => commit(reorderScenes, { sceneId: scene.id, toIndex }, { label: t.steps.moveScene })
  return (
    <li className={`scene-list-item${active ? ' is-active' : ''}`}>
      <button
        type="button"
        className="scene-list-item-open"
        aria-current={active ? 'true' : undefined}
        onClick={() => store.getState().selectScene(scene.id)}
      >
        {thumbnail && <img src={resolveAssetUrl(thumbnail)} alt="" width={96} height={48} />}
        {!thumbnail && <span className="scene-list-item-no-picture" aria-hidden="true" />}
        <span className="scene-list-item-title" dir="auto">
          {title}
        </span>
        {isStart && (
          <span className="scene-list-item-badge">
            <span aria-hidden="true">★ </span>
            {t.startBadge}
          </span>
        )}
        {scene.ending && (
          <span className="scene-list-item-badge">
            <span aria-hidden="true">⚑ </span>
            {t.endingBadge}
          </span>
        )}
      </button>
      <EditOnly>
        <div className="scene-list-item-actions">
          <Button onClick={() => move(index - 1)} disabled={index === 0} hiddenLabel={title}>
            {t.moveUp}
          </Button>
          <Button onClick={() => move(index + 1)} disabled={index === count - 1} hiddenLabel={title}>
            {t.moveDown}
          </Button>
          {!isStart && (
            <Button onClick={() => commit(setStartScene, { sceneId: scene.id }, { label: t.steps.setStart })} hiddenLabel={title}>
              {t.makeStart}
            </Button>
          )}
        </div>
      </EditOnly>
    </li>
  )
}
