import { useEffect, useRef } from 'react'
import { runEndMessage, runPath } from '../runtime/story-run'
import { usePlayer, usePlayerState, useStoryText } from './player-context'
import { strings } from './strings'

/** The end of the story: the ending's message, the path taken, and Play again. */
export function EndPanel() {
  const player = usePlayer()
  const text = useStoryText()
  const run = usePlayerState((s) => s.run)
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  if (!run) return null
  const message = runEndMessage(run)
  const titles = runPath(run).map((id) => text(player.sceneOf(id)?.title))
  return (
    <section className="end-panel player-card" aria-labelledby="story-player-end">
      <h2 id="story-player-end" ref={heading} tabIndex={-1}>
        {strings.endTitle}
      </h2>
      {message && <p className="end-panel-message">{text(message)}</p>}
      <h3>{strings.pathTaken}</h3>
      <ol className="end-panel-path">
        {titles.map((title, index) => (
          <li key={`${index}-${title}`}>{title}</li>
        ))}
      </ol>
      <div className="player-actions">
        <button type="button" className="player-button primary" onClick={() => player.restart()}>
          {strings.playAgain}
        </button>
      </div>
    </section>
  )
}
