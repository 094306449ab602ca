import { useEffect } from 'react'
import { createHowlerBackend } from '../audio'
import { testHost } from '../scene/test-host'
import { usePlayer } from './player-context'

/**
 * Connects this player's one story mixer (howler) while the player is mounted, and keeps the caption
 * feed running. In an effect, so StrictMode's mount–unmount–mount gets a fresh mixer and the first is
 * disposed. Nothing is heard before the viewer's start button (C-15): connecting creates no
 * AudioContext. Tests (only when `window.__storysphereTest` is set) read the mixer through `audio`.
 */
export function SoundHost() {
  const player = usePlayer()
  useEffect(() => {
    const disconnect = player.audio.connect(createHowlerBackend)
    const stopCaptions = player.captions.start()
    const host = testHost()
    if (host) {
      host.audio = {
        state: () => player.audio.mixer()?.getState() ?? null,
        tap: () => player.audio.outputTap(),
        captions: () => player.captions.store.getState().items,
        narrationPositionMs: () => player.audio.mixer()?.narrationPositionMs() ?? 0,
      }
    }
    return () => {
      stopCaptions()
      disconnect()
    }
  }, [player])
  return null
}
