import { useEffect } from 'react'
import { ImportStoryPanel } from '../story-package/import-story-panel'
import { NoticeLine } from '../ui/notice-line'
import { strings } from '../ui/strings'
import { useLibrary, useLibraryState } from './library-context'
import { NewStoryActions } from './new-story-actions'
import { SampleCopyStatus } from './sample-copy-status'
import { StoragePanel } from './storage-panel'
import { StoryList } from './story-list'
import { ScreenHeading } from '../ui/screen-heading'
import { UiLanguagePicker } from '../ui/ui-language-picker'
import './library-screen.css'

/** The home screen at `/`: the stories in this browser, how to start a new one, where they are kept. */
export const LibraryScreen = () => {
  const { actions } = useLibrary()
  const listings = useLibraryState((state) => state.listings)
  const notice = useLibraryState((state) => state.notice)
  useEffect(() => {
    void actions.refresh().then(() => actions.copySamples())
    const onFocus = () => void actions.refresh()
    window.addEventListener('focus', onFocus)
    return () => window.removeEventListener('focus', onFocus)
  }, [actions])
  const stories = listings?.filter((story) => story.trashedAt === null) ?? []
  const trashed = (listings?.length ?? 0) - stories.length
  return (
    <div className="library-screen">
      <div className="library-intro">
        <ScreenHeading>
          {strings.appName}
        </ScreenHeading>
        <p>{strings.tagline}</p>
        <UiLanguagePicker />
      </div>
      <StoragePanel />
      <SampleCopyStatus />
      <NoticeLine notice={notice} onDismiss={actions.dismissNotice} />
      <section className="library-stories" aria-labelledby="your-stories-heading">
        <div className="library-stories-head">
          <h2 id="your-stories-heading">{strings.yourStories}</h2>
          <NewStoryActions />
        </div>
        {listings === null && <p role="status">{strings.openingLibrary}</p>}
        {listings !== null && stories.length === 0 && <p>{strings.noStories}</p>}
        {stories.length > 0 && <StoryList stories={stories} />}
        <p className="library-trash-link">
          <a href="#/trash">
            {trashed > 0 ? strings.trashCount(trashed) : strings.trash}
          </a>
        </p>
      </section>
      <ImportStoryPanel />
    </div>
  )
}
