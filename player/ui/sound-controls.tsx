import { useStore } from 'zustand'
import { useShallow } from 'zustand/react/shallow'
import { usePlayer } from './player-context'
import { strings } from './strings'

/**
 * The compact sound control while the story plays: Pause/Play sound (C-15: any audio longer than 3 s
 * can be paused; before the first unlock it is the gesture that starts sound), Mute (C-14) and the
 * scene's transcript (C-13). Volumes and mono are in Settings.
 */
export function SoundControls({ onTranscript }: { onTranscript: () => void }) {
  const player = usePlayer()
  const { hasAudio, isUnlocked, isPaused, isMuted } = useStore(
    player.audio.store,
    useShallow((s) => ({ hasAudio: s.hasAudio, isUnlocked: s.isUnlocked, isPaused: s.isPaused, isMuted: s.settings.isMuted })),
  )
  const silent = !isUnlocked || isPaused
  return (
    <>
      {hasAudio && (
        <button type="button" className="player-button sound-pause" onClick={() => player.audio.togglePaused()}>
          <span aria-hidden="true">{silent ? '▶ ' : '❚❚ '}</span>
          {silent ? strings.playSound : strings.pauseSound}
        </button>
      )}
      {hasAudio && (
        <button type="button" className="player-button" aria-pressed={isMuted} onClick={() => player.audio.setMuted(!isMuted)}>
          {strings.mute}
        </button>
      )}
      <button type="button" className="player-button" aria-haspopup="dialog" onClick={onTranscript}>
        {strings.transcript}
      </button>
    </>
  )
}

/** "Some sound could not be played" (C-16, B-36): small, polite, and the story goes on. */
export function AudioNotice() {
  const player = usePlayer()
  const unavailable = useStore(player.audio.store, (s) => s.hasUnavailableAudio)
  return (
    <p className="audio-notice" role="status" hidden={!unavailable}>
      {unavailable ? strings.audioUnavailable : ''}
    </p>
  )
}
