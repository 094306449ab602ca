import type { SceneId } from '@story-schema'
import { findScene } from '@story-schema'
import { useCallback } from 'react'
import type { EditorStore } from '../state'
import { sceneThumbnailPath, storyIssues, useEditorStore } from '../state'
import { StoryMap } from '../story-map'
import { storyScreenStrings as t } from './strings'

type StoryMapPanelProps = {
  editor: EditorStore
  urlOf: (path: string) => string | undefined
  /** Called with the scene chosen on the map (opened in the scene editor, or played when read-only). */
  onOpenScene: (sceneId: SceneId) => void
  readOnly: boolean
}

/** The "Story map" view: the map of the open story (../story-map), the open scene marked, thumbnails from the media store. */
export const StoryMapPanel = ({ editor, urlOf, onOpenScene, readOnly }: StoryMapPanelProps) => {
  const { doc, activeSceneId, language } = useEditorStore(editor, (state) => ({
    doc: state.doc,
    activeSceneId: state.session.activeSceneId,
    language: state.session.language,
  }))
  const thumbnailUrl = useCallback(
    (sceneId: SceneId) => {
      const scene = findScene(doc, sceneId)
      const path = scene && sceneThumbnailPath(doc, scene)
      return path ? urlOf(path) : undefined
    },
    [doc, urlOf],
  )
  return (
    <section className="story-map-panel" aria-labelledby="story-map-panel-heading">
      <h2 id="story-map-panel-heading" className="visually-hidden">
        {t.mapHeading}
      </h2>
      <p className="story-panel-help">{readOnly ? t.mapHelpReadOnly : t.mapHelp}</p>
      <StoryMap
        story={doc}
        onOpenScene={onOpenScene}
        selectedSceneId={activeSceneId}
        thumbnailUrl={thumbnailUrl}
        issues={storyIssues(doc)}
        language={language}
      />
    </section>
  )
}
