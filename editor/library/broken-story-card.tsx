import type { BrokenStorySummary } from '../persistence/library-storage'
import { Button } from '../ui/button'
import { strings } from '../ui/strings'

type BrokenStoryCardProps = { story: BrokenStorySummary; onDownloadRaw: () => void; onDelete: () => void }

/** A stored story that can't be opened (A-F13): says so, and offers its raw data; the rest of the library works. */
export const BrokenStoryCard = ({ story, onDownloadRaw, onDelete }: BrokenStoryCardProps) => {
  const name = story.title ?? story.id
  return (
    <li className="broken-story-card" data-story-id={story.id}>
      <div className="broken-story-card-mark" aria-hidden="true">
        ⚠
      </div>
      <div className="story-card-body">
        <h3 className="story-card-title" dir="auto">
          {name}
        </h3>
        <p className="broken-story-card-state">
          <strong>{strings.cantOpen}.</strong> {strings.cantOpenHelp}
        </p>
        <details className="broken-story-card-details">
          <summary>{strings.details}</summary>
          <p dir="auto">{story.reason}</p>
        </details>
        <div className="story-card-actions">
          <Button variant="primary" onClick={onDownloadRaw} hiddenLabel={name}>
            {strings.downloadRaw}
          </Button>
          <Button onClick={onDelete} hiddenLabel={name}>
            {strings.delete}
          </Button>
        </div>
      </div>
    </li>
  )
}
