import { useEffect, useRef, useState } from 'react'
import { CreditsScreen } from './credits-screen'
import { runEndMessage, runPath } from '../runtime/story-run'
import { usePlayer, usePlayerState, useStoryText } from './player-context'
import { strings } from './strings'

/** The end of the story: the ending's message, the path taken, Play again and the credits. */
export function EndPanel() {
  const player = usePlayer()
  const text = useStoryText()
  const run = usePlayerState((s) => s.run)
  const heading = useRef<HTMLHeadingElement>(null)
  const creditsButton = useRef<HTMLButtonElement>(null)
  const [showCredits, setShowCredits] = useState(false)
  const [creditsSeen, setCreditsSeen] = useState(false)
  useEffect(() => {
    if (showCredits) return
    if (creditsSeen) creditsButton.current?.focus()
    else heading.current?.focus()
  }, [showCredits, creditsSeen])
  if (!run) return null
  if (showCredits) {
    return (
      <CreditsScreen
        placement="end"
        onBack={() => {
          setCreditsSeen(true)
          setShowCredits(false)
        }}
      />
    )
  }
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
        <button type="button" className="player-button" ref={creditsButton} onClick={() => setShowCredits(true)}>
          {strings.credits}
        </button>
      </div>
    </section>
  )
}
