import { useState } from 'react'
import type { StoryListing, StorySummary } from '../persistence/library-storage'
import { strings } from '../ui/strings'
import { BrokenStoryCard } from './broken-story-card'
import { useLibrary, useLibraryState } from './library-context'
import { RenameDialog } from './rename-dialog'
import { StoryCard } from './story-card'
import './story-list.css'

type StoryListProps = { stories: StoryListing[] }

/** The stories in the library as cards; broken ones as "can't open" cards (A-F13). */
export const StoryList = ({ stories }: StoryListProps) => {
  const { storage, actions } = useLibrary()
  const openElsewhere = useLibraryState((state) => state.openElsewhere)
  const [renaming, setRenaming] = useState<StorySummary | null>(null)
  const now = Date.now()
  const saveState = (id: string) =>
    openElsewhere.has(id) ? strings.openElsewhere : storage.kind === 'memory' ? strings.onlyInPage : strings.saved
  return (
    <>
      <ul className="story-list">
        {stories.map((story) =>
          story.kind === 'broken' ? (
            <BrokenStoryCard
              key={story.id}
              story={story}
              onDownloadRaw={() => void actions.downloadRaw(story.id)}
              onDelete={() => void actions.trash(story.id)}
            />
          ) : (
            <StoryCard
              key={story.id}
              story={story}
              now={now}
              saveState={saveState(story.id)}
              onRename={() => setRenaming(story)}
              onDuplicate={() => void actions.duplicate(story.id)}
              onDelete={() => void actions.trash(story.id)}
            />
          ),
        )}
      </ul>
      {renaming && (
        <RenameDialog
          title={renaming.title}
          onCancel={() => setRenaming(null)}
          onRename={(title) => {
            setRenaming(null)
            void actions.rename(renaming.id, title)
          }}
        />
      )}
    </>
  )
}
