import '@xyflow/react/dist/style.css'
import './story-map.css'
import { useMemo, useState } from 'react'
import type { SceneId, Story, StoryIssue } from '@story-schema'
import { layoutStoryMap } from './layout-story-map'
import { StoryMapCanvas } from './story-map-canvas'
import { StoryMapList } from './story-map-list'
import { storyMapStrings } from './strings'

/** Props of `StoryMap`. */
export type StoryMapProps = {
  story: Story
  /** Called with a scene's id when it is clicked, or chosen with Enter or Space. */
  onOpenScene: (sceneId: SceneId) => void
  selectedSceneId?: SceneId
  /** Address of a scene's thumbnail (its panorama's preview); no picture when undefined. Keep it stable (useCallback). */
  thumbnailUrl?: (sceneId: SceneId) => string | undefined
  /** `checkStory(story)`, when the caller has it already; computed otherwise. */
  issues?: readonly StoryIssue[]
  /** Language of titles and labels; the story's language by default. */
  language?: string
  /** Start with the list instead of the map. */
  initiallyShowList?: boolean
}

/**
 * The story map (issue #5): scenes as nodes with thumbnail and title, links, choices and `goTo`s as
 * labelled edges, start, endings, unreachable scenes and broken links marked in words and icons,
 * laid out left to right. A toggle shows the same as a nested list ("Scenes and their exits").
 */
export const StoryMap = (props: StoryMapProps) => {
  const { story, onOpenScene, selectedSceneId, thumbnailUrl, issues, language, initiallyShowList = false } = props
  const [showList, setShowList] = useState(initiallyShowList)
  const layout = useMemo(() => layoutStoryMap(story, { issues, language }), [story, issues, language])
  return (
    <section className="story-map" aria-label={storyMapStrings.regionLabel}>
      <div className="story-map-toolbar">
        <button type="button" className="story-map-toggle" aria-pressed={showList} onClick={() => setShowList((shown) => !shown)}>
          {storyMapStrings.showList}
        </button>
      </div>
      {showList ? (
        <StoryMapList layout={layout} onOpenScene={onOpenScene} selectedSceneId={selectedSceneId} />
      ) : (
        <StoryMapCanvas layout={layout} onOpenScene={onOpenScene} selectedSceneId={selectedSceneId} thumbnailUrl={thumbnailUrl} />
      )}
    </section>
  )
}
