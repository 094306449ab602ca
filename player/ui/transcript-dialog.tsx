import { useEffect, useRef } from 'react'
import { sceneTranscript } from '../captions'
import { usePlayer, usePlayerState, useStoryText } from './player-context'
import { strings } from './strings'

/**
 * The current scene's transcript (C-13, WCAG 1.2.1), one tap from the scene controls: the place's
 * description, then what is said (with speakers and times) and heard, in the viewer's language. A
 * native modal <dialog>: focus moves in, Escape closes, focus returns to the button that opened it.
 */
export function TranscriptDialog({ onClose }: { onClose: () => void }) {
  const player = usePlayer()
  const text = useStoryText()
  const language = usePlayerState((s) => s.settings.language)
  usePlayerState((s) => s.run)
  const dialog = useRef<HTMLDialogElement>(null)
  const closeRef = useRef(onClose)
  useEffect(() => {
    closeRef.current = onClose
  }, [onClose])

  useEffect(() => {
    const element = dialog.current
    if (!element) return
    const closed = () => closeRef.current()
    element.addEventListener('close', closed)
    if (!element.open) element.showModal?.()
    return () => element.removeEventListener('close', closed)
  }, [])

  const scene = player.currentScene()
  if (!scene) return null
  const entries = sceneTranscript(scene, { language, storyLanguage: player.story.language, includeDescription: true })
  return (
    <dialog ref={dialog} className="transcript-dialog player-card" aria-labelledby="story-player-transcript">
      <h2 id="story-player-transcript">{strings.transcriptTitle(text(scene.title))}</h2>
      {entries.length === 0 && <p>{strings.transcriptEmpty}</p>}
      <ol className="transcript-list">
        {entries.map((entry, index) => (
          <li key={`${entry.kind}-${entry.sourceId}-${index}`} className={`transcript-entry transcript-${entry.kind}`}>
            <span className="transcript-kind">
              {entry.kind === 'speech' && entry.startMs !== null ? strings.transcriptTime(entry.startMs) : strings.transcriptKinds[entry.kind]}
            </span>{' '}
            {entry.speaker && (
              <>
                <bdi className="transcript-speaker">{entry.speaker}</bdi>
                {': '}
              </>
            )}
            <span dir="auto">{entry.text}</span>
          </li>
        ))}
      </ol>
      <div className="player-actions">
        <button type="button" className="player-button primary" onClick={() => dialog.current?.close()} autoFocus>
          {strings.close}
        </button>
      </div>
    </dialog>
  )
}
