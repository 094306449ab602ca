import type { Scene } from '@story-schema'
import { localize } from '@story-schema'
import { reorderHotspots } from '../state'
import { Button } from '../ui/button'
import { useCommit, useEditor, useSceneEditor } from './scene-editor-context'
import { sceneEditorStrings as t } from './strings'
import { EditOnly } from './edit-only'

/**
 * The open scene's hotspots in author order, which is the viewer's Tab and screen-reader order (C-1):
 * select one, or move it up and down with buttons.
 */
export const HotspotList = ({ scene }: { scene: Scene }) => {
  const { store, focusDetails } = useSceneEditor()
  const commit = useCommit()
  const { selectedId, language, storyLanguage } = useEditor((state) => ({
    selectedId: state.session.selectedHotspotId,
    language: state.session.language,
    storyLanguage: state.doc.language,
  }))
  const last = scene.hotspots.length - 1
  return (
    <section className="hotspot-list" aria-labelledby="hotspot-list-heading">
      <h3 id="hotspot-list-heading">{t.hotspotsHeading}</h3>
      {scene.hotspots.length === 0 && <p className="field-hint">{t.noHotspots}</p>}
      <ol>
        {scene.hotspots.map((hotspot, index) => {
          const label = localize(hotspot.label, language, storyLanguage)
          const selected = hotspot.id === selectedId
          const move = (toIndex: number) => commit(
            reorderHotspots,
            { sceneId: scene.id, hotspotId: hotspot.id, toIndex },
            { label: t.steps.reorderHotspot },
          )
          return (
            <li key={hotspot.id} className={selected ? 'is-selected' : undefined}>
              <button
                type="button"
                className="hotspot-list-select"
                aria-pressed={selected}
                onClick={() => {
                  store.getState().selectHotspot(hotspot.id)
                  focusDetails()
                }}
              >
                <span dir="auto">{label}</span> <span className="hotspot-list-kind">({t.kindNames[hotspot.kind]})</span>
              </button>
              <EditOnly>
                <Button onClick={() => move(index - 1)} disabled={index === 0} hiddenLabel={label}>
                  {t.moveUp}
                </Button>
                <Button onClick={() => move(index + 1)} disabled={index === last} hiddenLabel={label}>
                  {t.moveDown}
                </Button>
              </EditOnly>
            </li>
          )
        })}
      </ol>
    </section>
  )
}
