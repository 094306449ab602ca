import type { Story } from '@story-schema'
import { localize } from '@story-schema'
import { lazy, Suspense, useEffect, useState } from 'react'
import { Banner } from '../ui/banner'
import { Button } from '../ui/button'
import { ButtonLink } from '../ui/button-link'
import { SaveStatusLine } from '../ui/save-status-line'
import { strings } from '../ui/strings'
import { TextField } from '../ui/text-field'
import { useLibrary } from './library-context'
import { retitle } from './retitle'
import { StoryProblem } from './story-problem'
import { useStorySession } from './use-story-session'
import { ScreenHeading } from '../ui/screen-heading'
import './story-screen.css'

const StoryPreview = lazy(() => import('./story-preview').then((module) => ({ default: module.StoryPreview })))

/**
 * `#/story/<id>`: a placeholder until the scene editor arrives. It opens the story for this tab (one
 * editor per story, A-F10), lets the person change the title (autosaved, A-F19), shows the save status
 * (A-P1, A-P4) and plays a preview. Another engineer replaces it with the real editor.
 */
export const StoryScreen = ({ storyId }: { storyId: string }) => {
  const { storage, actions } = useLibrary()
  const { session, state } = useStorySession(storyId)
  const [draft, setDraft] = useState<string | null>(null)
  const [preview, setPreview] = useState<Story | null>(null)
  const { doc, access, status } = state
  // Ask to stay only when the edits can't be saved (A-F19). No save starts here: autosave journals the
  // document on pagehide, and a transaction started now would be queued in front of that journal.
  const atRisk = status.state === 'failed'
  useEffect(() => {
    if (!atRisk) return
    const warn = (event: BeforeUnloadEvent) => event.preventDefault()
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [atRisk])

  if (state.phase !== 'ready' || !doc) return <StoryProblem state={state} storyId={storyId} />
  const title = localize(doc.title, doc.language, doc.language)
  const editing = access === 'editing'
  return (
    <div className="story-screen">
      <p>
        <ButtonLink href="#/">
          <span aria-hidden="true">← </span>
          {strings.backToStories}
        </ButtonLink>
      </p>
      <ScreenHeading lang={doc.language}>
        {title}
      </ScreenHeading>
      {access === 'read-only' && (
        <Banner tone="warning" title={strings.readOnlyTitle}>
          <p>{strings.readOnly}</p>
        </Banner>
      )}
      {editing && <SaveStatusLine status={status} storageKind={storage.kind} onDownloadBackup={() => void actions.downloadBackup([doc])} />}
      <section className="story-screen-soon" aria-labelledby="editing-soon-heading">
        <h2 id="editing-soon-heading">{strings.editingSoon}</h2>
        <p>{strings.editingSoonHelp}</p>
        <TextField
          label={strings.titleLabel}
          value={draft ?? title}
          readOnly={!editing}
          maxLength={200}
          error={draft !== null && draft.trim() === '' ? strings.titleEmpty : null}
          onChange={(value) => {
            setDraft(value)
            if (value.trim() !== '') session?.edit((current) => retitle(current, value))
          }}
        />
        <div className="story-screen-actions">
          <Button variant="primary" onClick={() => setPreview(preview ? null : doc)} aria-expanded={preview !== null}>
            <span aria-hidden="true">{preview ? '■ ' : '▶ '}</span>
            {preview ? strings.hidePreview : strings.playPreview}
          </Button>
          <Button onClick={() => void actions.downloadBackup([doc])}>{strings.downloadBackup}</Button>
        </div>
      </section>
      {preview && (
        <section className="story-screen-preview" aria-labelledby="preview-heading">
          <h2 id="preview-heading">{strings.previewHeading}</h2>
          <Suspense fallback={<p role="status">{strings.loadingPlayer}</p>}>
            <StoryPreview story={preview} options={{ showStartScreen: false, persistProgress: false }} />
          </Suspense>
        </section>
      )}
    </div>
  )
}
