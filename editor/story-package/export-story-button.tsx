import type { Story } from '@story-schema'
import { useState } from 'react'
import { downloadFile } from '../library/download-file'
import { useLibrary } from '../library/library-context'
import { Button } from '../ui/button'
import type { ExportPhase } from './export-flow'
import { runExport } from './export-flow'
import { packageStrings } from './strings'
import './story-package.css'

type ExportStoryButtonProps = {
  storyId: string
  title: string
  /** The open document, when its latest edits may not be stored yet (story screen). */
  getStory?: () => Story
}

/** "Export": the story as a `.story` file, with progress and the outcome read out next to it. */
export const ExportStoryButton = ({ storyId, title, getStory }: ExportStoryButtonProps) => {
  const { storage } = useLibrary()
  const [phase, setPhase] = useState<ExportPhase>({ step: 'idle' })
  const busy = phase.step === 'writing'
  const start = () => {
    if (busy) return
    void runExport(storage, getStory ? { story: getStory() } : { storyId }, { onPhase: setPhase, download: downloadFile })
  }
  return (
    <span className="package-export">
      <Button onClick={start} disabled={busy} hiddenLabel={title}>
        <span aria-hidden="true">⇩ </span>
        {packageStrings.exportStory}
      </Button>
      <span className="package-export-status" role="status">
        {phase.step === 'writing' && (
          <>
            {packageStrings.exporting(title)}{' '}
            {phase.totalBytes > 0 && <progress aria-label={packageStrings.exportProgressLabel} max={phase.totalBytes} value={phase.doneBytes} />}
          </>
        )}
        {phase.step === 'done' && packageStrings.exported(phase.fileName)}
        {phase.step === 'failed' && <span className="package-error-text">{phase.message}</span>}
      </span>
    </span>
  )
}
