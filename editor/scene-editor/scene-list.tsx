import { AddSceneForm } from './add-scene-form'
import { useEditor } from './scene-editor-context'
import { SceneListItem } from './scene-list-item'
import { sceneEditorStrings as t } from './strings'
import { EditOnly } from './edit-only'

/** The story's scenes in author order, each with its thumbnail, title and marks; and the form to add one. */
export const SceneList = () => {
  const scenes = useEditor((state) => state.doc.scenes)
  return (
    <nav className="scene-list" aria-labelledby="scene-list-heading">
      <h2 id="scene-list-heading">{t.scenesHeading}</h2>
      <ol>
        {scenes.map((scene, index) => (
          <SceneListItem key={scene.id} scene={scene} index={index} count={scenes.length} />
        ))}
      </ol>
      <EditOnly>
        <AddSceneForm />
      </EditOnly>
    </nav>
  )
}
