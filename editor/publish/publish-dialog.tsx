import type { Story } from '@story-schema'
import { localize } from '@story-schema'
import { useLibrary } from '../library/library-context'
import { Button } from '../ui/button'
import { ModalDialog } from '../ui/modal-dialog'
import { ShareSection } from './share-section'
import { estimatedSingleFileBytes, singleFileWarnBytes } from './single-file'
import { storyMediaBytes } from './story-for-publishing'
import { publishStrings as t } from './strings'
import { usePublish } from './use-publish'
import './publish-dialog.css'

type PublishDialogProps = { story: () => Story; onClose: () => void }

const megabytes = (bytes: number): number => Math.max(1, Math.round(bytes / (1024 * 1024)))

/**
 * The story screen's Publish dialog: download the story as a website (zip), as one html file, or
 * share it in the room through the workshop laptop's share server. Progress and problems are said in
 * one status line (a live region); the buttons wait while something is being made.
 */
export const PublishDialog = ({ story, onClose }: PublishDialogProps) => {
  const { storage } = useLibrary()
  const { status, setStatus, downloadWebsite, downloadSingle, websiteBlob } = usePublish(story, storage)
  const current = story()
  const title = localize(current.title, current.language, current.language)
  const singleBytes = estimatedSingleFileBytes(storyMediaBytes(current))
  const busy = status?.busy === true
  return (
    <ModalDialog title={t.heading(title)} onClose={onClose}>
      <div className="publish-dialog">
        <section className="publish-section" aria-labelledby="publish-website-heading">
          <h3 id="publish-website-heading">{t.websiteHeading}</h3>
          <p>{t.websiteHelp}</p>
          <Button variant="primary" disabled={busy} onClick={() => void downloadWebsite()}>
            {t.websiteButton}
          </Button>
        </section>
        <section className="publish-section" aria-labelledby="publish-single-heading">
          <h3 id="publish-single-heading">{t.singleHeading}</h3>
          <p>{t.singleHelp}</p>
          {singleBytes > singleFileWarnBytes ? (
            <p className="publish-warning">
              <span aria-hidden="true">⚠ </span>
              {t.singleTooBig(megabytes(singleBytes))}
            </p>
          ) : (
            <p>{t.singleSize(megabytes(singleBytes))}</p>
          )}
          <Button disabled={busy} onClick={() => void downloadSingle()}>
            {t.singleButton}
          </Button>
        </section>
        <ShareSection title={title} busy={busy} websiteBlob={websiteBlob} setStatus={setStatus} />
        <p className={`publish-status${status?.tone === 'danger' ? ' publish-status-danger' : ''}`} role="status">
          {status?.text}
        </p>
        <div className="dialog-actions">
          <Button onClick={onClose}>{t.close}</Button>
        </div>
      </div>
    </ModalDialog>
  )
}
