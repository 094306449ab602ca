import type { StorySummary } from '../persistence/library-storage'
import { ExportStoryButton } from '../story-package/export-story-button'
import { Button } from '../ui/button'
import { ButtonLink } from '../ui/button-link'
import { strings } from '../ui/strings'
import { describeTime } from './describe-time'
import { storyHash } from './story-actions'
import { StoryThumbnail } from './story-thumbnail'

type StoryCardProps = {
  story: StorySummary
  now: number
  /** Where it is kept, in words: "Saved in this browser", "Open in another tab"… */
  saveState: string
  onRename: () => void
  onDuplicate: () => void
  onDelete: () => void
}

/** One story in the library: picture, title, last change, save state and what can be done with it. */
export const StoryCard = ({ story, now, saveState, onRename, onDuplicate, onDelete }: StoryCardProps) => (
  <li className="story-card" data-story-id={story.id}>
    <StoryThumbnail sha256={story.thumbnail?.sha256 ?? null} />
    <div className="story-card-body">
      <h3 className="story-card-title" dir="auto" lang={story.language}>
        {story.title}
      </h3>
      <p className="story-card-meta">
        {strings.changed(describeTime(story.updatedAt, now))}
        <br />
        <span className="story-card-save-state">{saveState}</span>
      </p>
      <div className="story-card-actions">
        <ButtonLink href={storyHash(story.id)} variant="primary" hiddenLabel={story.title}>
          {strings.open}
        </ButtonLink>
        <ButtonLink href={`#/play/${encodeURIComponent(story.id)}`} hiddenLabel={story.title}>
          <span aria-hidden="true">▶ </span>
          {strings.play}
        </ButtonLink>
        <Button onClick={onRename} hiddenLabel={story.title}>
          {strings.rename}
        </Button>
        <Button onClick={onDuplicate} hiddenLabel={story.title}>
          {strings.duplicate}
        </Button>
        <ExportStoryButton storyId={story.id} title={story.title} />
        <Button onClick={onDelete} hiddenLabel={story.title}>
          {strings.delete}
        </Button>
      </div>
    </div>
  </li>
)
