import { localize } from '@story-schema'
import { lazy, Suspense, useState } from 'react'
import type { StorySessionState } from '../persistence/story-session'
import { useLibrary } from '../library/library-context'
import type { EditorStore } from '../state'
import { useEditorStore } from '../state'
import { ExportStoryButton } from '../story-package/export-story-button'
import { ButtonLink } from '../ui/button-link'
import { SaveStatusLine } from '../ui/save-status-line'
import { ScreenHeading } from '../ui/screen-heading'
import { strings } from '../ui/strings'
import { StoryTitleField } from './story-title-field'
import { publishStrings } from '../publish/strings'
import { Button } from '../ui/button'

const PublishDialog = lazy(() => import('../publish/publish-dialog').then((module) => ({ default: module.PublishDialog })))

type StoryHeaderProps = { editor: EditorStore; access: StorySessionState['access']; status: StorySessionState['status'] }

/**
 * The top of the story screen: back to the library, the story's title (a heading, and a field to
 * rename it), Publish (website, one file, share in the room) and where its changes are (the save status, A-P1/A-P4; only in the tab that edits).
 */
export const StoryHeader = ({ editor, access, status }: StoryHeaderProps) => {
  const { storage, actions } = useLibrary()
  const { title, language } = useEditorStore(editor, (state) => ({
    title: localize(state.doc.title, state.doc.language, state.doc.language),
    language: state.doc.language,
  }))
  const editing = access === 'editing'
  const [publishing, setPublishing] = useState(false)
  return (
    <header className="story-header">
      <div className="story-header-top">
        <ButtonLink href="#/">
          <span aria-hidden="true">← </span>
          {strings.backToStories}
        </ButtonLink>
        <ScreenHeading lang={language}>{title}</ScreenHeading>
        <ExportStoryButton storyId={editor.getState().doc.id} title={title} getStory={() => editor.getState().doc} />
      </div>
      {publishing && (
        <Suspense fallback={null}>
          <PublishDialog story={() => editor.getState().doc} onClose={() => setPublishing(false)} />
        </Suspense>
      )}
      <div className="story-header-fields">
        <StoryTitleField editor={editor} readOnly={!editing} />
        {editing && (
          <SaveStatusLine
            status={status}
            storageKind={storage.kind}
            onDownloadBackup={() => void actions.downloadBackup([editor.getState().doc])}
          />
        )}
        <Button onClick={() => setPublishing(true)}>{publishStrings.open}</Button>
      </div>
    </header>
  )
}
