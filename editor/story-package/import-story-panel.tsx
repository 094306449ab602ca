import { useRef, useState } from 'react'
import { useLibrary } from '../library/library-context'
import { Button } from '../ui/button'
import { ProgressLine } from '../ui/progress-line'
import type { ImportPhase } from './import-flow'
import { runImport } from './import-flow'
import { ImportResultDialog } from './import-result-dialog'
import { SameStoryDialog } from './same-story-dialog'
import { packageStrings } from './strings'
import type { SameStoryChoice } from './write-imported-story'
import './story-package.css'

/**
 * "Import a story file" on the library screen: a button (file input) and a drop zone; a progress bar
 * while the file is checked and saved; the same-story question (B-40); the outcome in a dialog.
 */
export const ImportStoryPanel = () => {
  const { storage, actions, announce } = useLibrary()
  const input = useRef<HTMLInputElement>(null)
  const [phase, setPhase] = useState<ImportPhase>({ step: 'idle' })
  const [dragging, setDragging] = useState(false)
  const answer = useRef<((choice: SameStoryChoice | null) => void) | null>(null)
  const busy = phase.step === 'reading' || phase.step === 'saving' || phase.step === 'asking'

  const start = (file: File | undefined) => {
    if (!file || busy) return
    void runImport(file, {
      storage,
      onPhase: setPhase,
      ask: () => new Promise((resolve) => (answer.current = resolve)),
    }).then(async (end) => {
      if (end.step === 'done' || end.step === 'restored') {
        announce(end.storyId)
        await actions.refresh()
      }
    })
  }

  return (
    <section
      className={`package-import${dragging ? ' package-import-dragging' : ''}`}
      aria-labelledby="package-import-heading"
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes('Files')) return
        event.preventDefault()
        setDragging(true)
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault()
        setDragging(false)
        start(event.dataTransfer.files[0])
      }}
    >
      <h2 id="package-import-heading">{packageStrings.importHeading}</h2>
      <p>{dragging ? packageStrings.dropHere : packageStrings.importHelp}</p>
      <input
        ref={input}
        type="file"
        accept=".story,.zip,application/zip"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="story-file-input"
        onChange={(event) => {
          start(event.target.files?.[0])
          event.target.value = ''
        }}
      />
      <Button onClick={() => input.current?.click()} disabled={busy}>
        <span aria-hidden="true">⇧ </span>
        {packageStrings.chooseFile}
      </Button>
      {phase.step === 'reading' && (
        <ProgressLine label={packageStrings.importProgressLabel} text={packageStrings.importing(phase.fileName)} done={phase.doneBytes} total={Math.max(1, phase.totalBytes)} />
      )}
      {phase.step === 'saving' && (
        <ProgressLine label={packageStrings.importProgressLabel} text={packageStrings.saving} done={phase.done} total={Math.max(1, phase.total)} />
      )}
      {phase.step === 'asking' && (
        <SameStoryDialog
          title={phase.title}
          onChoose={(choice) => {
            answer.current?.(choice)
            answer.current = null
          }}
        />
      )}
      {(phase.step === 'done' || phase.step === 'restored' || phase.step === 'failed') && <ImportResultDialog phase={phase} onClose={() => setPhase({ step: 'idle' })} />}
    </section>
  )
}
