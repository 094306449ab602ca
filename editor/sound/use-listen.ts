import { useCallback, useEffect, useRef, useState } from 'react'
import type { ClipPlayback } from './preview-audio'
import { decodeBytes, playBuffer, previewContext } from './preview-audio'
import type { TrimRange } from './trim'

/**
 * Listening to one clip at a time: `play(key, bytes, range?)` plays it (stopping any other), and
 * `playing` names the key that plays, for the buttons' "Stop listening". Stops when unmounted.
 */
export const useListen = () => {
  const [playing, setPlaying] = useState<string | null>(null)
  const current = useRef<ClipPlayback | null>(null)
  const stop = useCallback(() => {
    current.current?.stop()
    current.current = null
    setPlaying(null)
  }, [])
  useEffect(() => () => current.current?.stop(), [])
  const play = useCallback(
    async (key: string, load: () => Promise<ArrayBuffer>, range?: TrimRange) => {
      stop()
      const context = await previewContext()
      const buffer = await decodeBytes(await load())
      const playback = playBuffer(context, buffer, range)
      current.current = playback
      setPlaying(key)
      void playback.ended.then(() => {
        if (current.current === playback) {
          current.current = null
          setPlaying(null)
        }
      })
    },
    [stop],
  )
  return { playing, play, stop }
}
