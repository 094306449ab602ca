import { useEffect, useRef, useState } from 'react'

/**
 * Plays the narration sound from a time (an `<audio>` element made here, never shown), and tells
 * where it is (for the waveform's playhead). Stops when the URL changes or the panel closes.
 */
export const useClipPlayer = (url: string | undefined) => {
  const audio = useRef<HTMLAudioElement | null>(null)
  const [playheadMs, setPlayheadMs] = useState<number | null>(null)
  useEffect(() => {
    if (!url) return
    const element = new Audio(url)
    element.preload = 'auto'
    audio.current = element
    let frame = 0
    const tick = () => {
      setPlayheadMs(element.paused ? null : element.currentTime * 1000)
      if (!element.paused) frame = requestAnimationFrame(tick)
    }
    const onPlay = () => {
      frame = requestAnimationFrame(tick)
    }
    const onStop = () => setPlayheadMs(null)
    element.addEventListener('play', onPlay)
    element.addEventListener('pause', onStop)
    element.addEventListener('ended', onStop)
    return () => {
      cancelAnimationFrame(frame)
      element.pause()
      element.removeAttribute('src')
      audio.current = null
      setPlayheadMs(null)
    }
  }, [url])
  return {
    playheadMs,
    playFrom: (timeMs: number) => {
      const element = audio.current
      if (!element) return
      element.currentTime = timeMs / 1000
      void element.play().catch(() => setPlayheadMs(null))
    },
    stop: () => audio.current?.pause(),
  }
}
