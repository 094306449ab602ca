import type { StorySessionState } from '../persistence/story-session'
import { Button } from '../ui/button'
import { ButtonLink } from '../ui/button-link'
import { strings } from '../ui/strings'
import { useLibrary } from './library-context'
import { ScreenHeading } from '../ui/screen-heading'

type StoryProblemProps = { state: StorySessionState; storyId: string }

/** What the story screen shows while loading, or when the story is gone, broken or storage failed. */
export const StoryProblem = ({ state, storyId }: StoryProblemProps) => {
  const { actions } = useLibrary()
  if (state.phase === 'loading') return <p role="status">{strings.loadingStory}</p>
  return (
    <div className="story-problem">
      <p>
        <ButtonLink href="#/">
          <span aria-hidden="true">← </span>
          {strings.backToStories}
        </ButtonLink>
      </p>
      <ScreenHeading>
        {strings.cantOpen}
      </ScreenHeading>
      {state.phase === 'not-found' && <p>{strings.storyNotFound}</p>}
      {state.phase === 'unavailable' && <p>{state.message}</p>}
      {state.phase === 'broken' && (
        <>
          <p>{strings.cantOpenHelp}</p>
          <Button variant="primary" onClick={() => void actions.downloadRaw(storyId)}>
            {strings.downloadRaw}
          </Button>
        </>
      )}
    </div>
  )
}
