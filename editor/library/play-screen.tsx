import type { Story } from '@story-schema'
import { lazy, Suspense, useEffect, useState } from 'react'
import type { LoadStoryResult } from '../persistence/library-storage'
import { ButtonLink } from '../ui/button-link'
import { strings } from '../ui/strings'
import { useLibrary } from './library-context'
import { ScreenHeading } from '../ui/screen-heading'
import './play-screen.css'

const StoryPreview = lazy(() => import('./story-preview').then((module) => ({ default: module.StoryPreview })))

/** `#/play/<id>`: plays a stored story full size (read only; no lock needed). */
export const PlayScreen = ({ storyId }: { storyId: string }) => {
  const { storage } = useLibrary()
  const [loaded, setLoaded] = useState<{ id: string; result: LoadStoryResult } | null>(null)
  useEffect(() => {
    let live = true
    void storage.loadStory(storyId).then((result) => live && setLoaded({ id: storyId, result }))
    return () => {
      live = false
    }
  }, [storage, storyId])
  const result = loaded?.id === storyId ? loaded.result : null
  const story: Story | null = result?.ok ? result.story : null
  return (
    <div className="play-screen">
      <div className="play-screen-bar">
        <ButtonLink href="#/">
          <span aria-hidden="true">← </span>
          {strings.backToStories}
        </ButtonLink>
      </div>
      <div className="play-screen-stage">
        {!result && <p role="status">{strings.loadingStory}</p>}
        {result && !story && (
          <>
            <ScreenHeading>
              {strings.cantOpen}
            </ScreenHeading>
            <p>{strings.storyNotFound}</p>
          </>
        )}
        {story && (
          <Suspense fallback={<p role="status">{strings.loadingPlayer}</p>}>
            <StoryPreview story={story} />
          </Suspense>
        )}
      </div>
    </div>
  )
}
