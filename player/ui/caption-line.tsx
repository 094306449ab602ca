import { usePlayerState } from './player-context'

/** The caption of a sound the viewer started, as DOM text (C-13), while captions are on. */
export function CaptionLine() {
  const caption = usePlayerState((s) => s.caption)
  const on = usePlayerState((s) => s.settings.captions)
  return (
    <p className="caption-line" aria-live="polite" hidden={!on || !caption}>
      {on ? caption : ''}
    </p>
  )
}
