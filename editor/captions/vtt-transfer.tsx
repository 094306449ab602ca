import type { CaptionCue } from '@story-schema'
import { parseWebVtt, serializeWebVtt } from '@story-schema'
import type { ChangeEvent } from 'react'
import { useId, useState } from 'react'
import { downloadFile } from '../library/download-file'
import { Button } from '../ui/button'
import { vttFileName } from './cue-edits'
import { captionsStrings as t } from './strings'

type VttTransferProps = {
  cues: readonly CaptionCue[]
  fileTitle: string
  language: string
  save: (cues: CaptionCue[], step: string) => string | null
  announce: (text: string) => void
}

/**
 * Import a WebVTT file (it replaces this language's captions, one undo step) and export the captions
 * as one. A file that can't be read says why and on which line, and changes nothing.
 */
export const VttTransfer = ({ cues, fileTitle, language, save, announce }: VttTransferProps) => {
  const id = useId()
  const [problem, setProblem] = useState<string | null>(null)
  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget
    const file = input.files?.[0]
    input.value = ''
    if (!file) return
    let text: string
    try {
      text = await file.text()
    } catch {
      setProblem(t.notText)
      return
    }
    const result = parseWebVtt(text)
    if (!result.ok) {
      setProblem(t.importFailed(result.line, result.message))
      return
    }
    const refused = save(result.cues, t.steps.import)
    setProblem(refused)
    if (refused === null) announce(t.imported(result.cues.length, result.skippedEmpty))
  }
  const exportFile = () => {
    const name = vttFileName(fileTitle, language)
    downloadFile(new Blob([serializeWebVtt(cues)], { type: 'text/vtt' }), name)
    announce(t.exported(name))
  }
  return (
    <div className="vtt-transfer">
      <div className="vtt-import">
        <label htmlFor={`${id}-file`}>{t.importLabel}</label>
        <p id={`${id}-hint`} className="field-hint">
          {t.importHint}
        </p>
        <input
          id={`${id}-file`}
          type="file"
          accept=".vtt,text/vtt"
          aria-describedby={problem ? `${id}-hint ${id}-problem` : `${id}-hint`}
          onChange={(event) => void importFile(event)}
        />
        {problem && (
          <p id={`${id}-problem`} className="field-error" role="alert">
            <span aria-hidden="true">⚠ </span>
            {problem}
          </p>
        )}
      </div>
      <Button onClick={exportFile} disabled={cues.length === 0}>
        {t.exportButton}
      </Button>
    </div>
  )
}
