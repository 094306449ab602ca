import { useEffect, useRef, useState } from 'react'
import { CreditsScreen } from './credits-screen'
import { usePlayer, usePlayerState, useStoryText } from './player-context'
import { strings } from './strings'

/**
 * The first screen: the story's title, summary and authors, Start (or Continue), and Settings one
 * step away (C-32). Nothing plays before the viewer presses a button (C-15): the press unlocks audio.
 */
export function StartScreen() {
  const player = usePlayer()
  const text = useStoryText()
  const hasSaved = usePlayerState((s) => s.hasSavedProgress)
  const heading = useRef<HTMLHeadingElement>(null)
  const creditsButton = useRef<HTMLButtonElement>(null)
  const [showCredits, setShowCredits] = useState(false)
  const { story } = player
  const authors = story.authors.map((a) => a.name).join(', ')
  /** The viewer's tap on Start or Continue is the gesture that may start sound (C-15, iOS needs it here). */
  const begin = (go: () => void) => {
    player.audio.unlock()
    go()
  }

  useEffect(() => {
    if (document.activeElement === document.body) heading.current?.focus()
  }, [])

  if (showCredits) {
    const back = () => {
      setShowCredits(false)
      requestAnimationFrame(() => creditsButton.current?.focus())
    }
    return <CreditsScreen placement="start" onBack={back} />
  }

  return (
    <section className="start-screen player-card" aria-labelledby="story-player-title">
      <h1 id="story-player-title" ref={heading} tabIndex={-1}>
        {text(story.title)}
      </h1>
      {story.summary && <p className="start-screen-summary">{text(story.summary)}</p>}
      {authors && <p className="start-screen-authors">{strings.byAuthors(authors)}</p>}
      <div className="player-actions">
        {hasSaved && (
          <button type="button" className="player-button primary" onClick={() => begin(() => player.resume())}>
            {strings.continue}
          </button>
        )}
        <button type="button" className={`player-button${hasSaved ? '' : ' primary'}`} onClick={() => begin(() => player.start())}>
          {hasSaved ? strings.startOver : strings.start}
        </button>
        <button type="button" className="player-button" onClick={() => player.openSettings()}>
          {strings.settings}
        </button>
        <button type="button" className="player-button" ref={creditsButton} onClick={() => setShowCredits(true)}>
          {strings.credits}
        </button>
      </div>
    </section>
  )
}
