import { useEffect, useRef } from 'react'
import { usePlayer, usePlayerState } from './player-context'
import { strings } from './strings'

/** "This path isn't finished" (B-22): a link to a scene that does not exist never crashes the story. */
export function NoticeCard() {
  const player = usePlayer()
  const notice = usePlayerState((s) => s.notice)
  const button = useRef<HTMLButtonElement>(null)
  const returnTo = useRef<HTMLElement | null>(null)
  useEffect(() => {
    if (!notice) return
    returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
    button.current?.focus()
  }, [notice])
  const dismiss = () => {
    player.dismissNotice()
    returnTo.current?.focus()
  }
  if (!notice) return null
  return (
    <section className="notice-card player-card" role="alertdialog" aria-labelledby="story-player-notice" aria-describedby="story-player-notice-body">
      <h2 id="story-player-notice">{strings.unfinishedTitle}</h2>
      <p id="story-player-notice-body">
        {notice.label}: {strings.unfinishedBody}
      </p>
      <button type="button" ref={button} className="player-button primary" onClick={dismiss}>
        {strings.ok}
      </button>
    </section>
  )
}
