import { useEffect } from 'react'
import { loadHowlerBackend } from '../audio'
import { testHost } from '../scene/test-host'
import { usePlayer } from './player-context'

/** Runs `run` when the main thread is idle (at most ~2 s later); returns the cancel. */
const whenIdle = (run: () => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: 2000 })
    return () => cancelIdleCallback(handle)
  }
  const handle = setTimeout(run, 200)
  return () => clearTimeout(handle)
}

/**
 * Connects this player's one story mixer (howler, a lazy chunk) while the player is mounted, and keeps
 * the caption feed running. In an effect, so StrictMode's mount–unmount–mount gets a fresh mixer and the first is
 * disposed. Nothing is heard before the viewer's start button (C-15): connecting creates no
 * AudioContext. Tests (only when `window.__storysphereTest` is set) read the mixer through `audio`.
 */
export function SoundHost() {
  const player = usePlayer()
  useEffect(() => {
    let live = true
    let disconnect: (() => void) | null = null
    const connect = () =>
      void loadHowlerBackend().then((createBackend) => {
        if (live) disconnect = player.audio.connect(createBackend)
      })
    // Howler is its own chunk: at once behind the start screen (its click unlocks the sound), else
    // when the page is idle, after the first picture. player-audio keeps the wishes (scene, unlock)
    // made before it is connected and applies them on connect.
    const cancelWait = player.store.getState().phase === 'start' ? (connect(), () => undefined) : whenIdle(connect)
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
      live = false
      cancelWait()
      stopCaptions()
      disconnect?.()
    }
  }, [player])
  return null
}
