import { useThree } from '@react-three/fiber'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { Group } from 'three'
import { Vector3 } from 'three'
import { useStore } from 'zustand'
import type { ShownCaption } from '../captions'
import { directionOf } from '../runtime/story-text'
import { useLabelFont } from '../scene/label-fonts'
import { pitchDegFromDirection, yawDegFromDirection } from '../scene/spherical'
import { testHost } from '../scene/test-host'
import { usePlayer, usePlayerState } from '../ui/player-context'
import { strings } from '../ui/strings'
import { XrCaptionPlate } from './xr-caption-plate'

/** Degrees between a sound caption stacked above the narration's, and how long the notice shows. */
const stackDeg = 7
const noticeMs = 8000

const textOf = (items: readonly ShownCaption[]) =>
  items.map((item) => `${item.speaker ? `${item.speaker}: ` : ''}${item.lines.join('\n')}`).join('\n')

/**
 * Captions in a headset, where the DOM cannot be seen (C-11): the narration on one plate, the newest
 * sound caption on another (above it, or near its sound), and for a few seconds the "some sound could
 * not be played" notice (C-16), lower down. Only while captions are on.
 */
export function XrCaptions() {
  const player = usePlayer()
  const gl = useThree((s) => s.gl)
  const items = useStore(player.captions.store, (s) => s.items)
  const unavailable = useStore(player.audio.store, (s) => s.hasUnavailableAudio)
  const on = usePlayerState((s) => s.settings.captions)
  const look = usePlayerState((s) => s.captionLook)
  const language = usePlayerState((s) => s.settings.language)
  const epoch = usePlayerState((s) => s.sceneEpoch)
  const font = useLabelFont()
  const [showNotice, setShowNotice] = useState(false)
  const plates = useRef(new Map<string, { group: Group; text: string }>())

  useEffect(() => {
    if (!unavailable) return
    setShowNotice(true)
    const timer = setTimeout(() => setShowNotice(false), noticeMs)
    return () => clearTimeout(timer)
  }, [unavailable, epoch])

  useEffect(() => {
    const host = testHost()
    if (!host) return
    const at = new Vector3()
    /** Each caption plate: its words, how it is placed (head/world, arrow) and where relative to the head. */
    host.xrCaptions = () =>
      [...plates.current.entries()].map(([key, { group, text }]) => {
        const local = gl.xr.getCamera().worldToLocal(group.getWorldPosition(at))
        const { mode, arrow } = group.userData as { mode?: string; arrow?: string | null }
        return { key, text, mode, arrow, yawDeg: yawDegFromDirection(local), pitchDeg: pitchDegFromDirection(local), distanceM: local.length() }
      })
  }, [gl])

  const track = useCallback((key: string, text: string) => (group: Group | null) => {
    if (group) plates.current.set(key, { group, text })
    else plates.current.delete(key)
  }, [])

  const scene = player.shownScene()
  const speech = items.filter((item) => item.kind === 'speech')
  const sound = items.find((item) => item.kind === 'sound')
  const common = { look, northHeadingDeg: scene?.northHeadingDeg ?? 0, font, direction: directionOf(language) }
  const speechText = textOf(speech)
  const soundText = sound ? textOf([sound]) : ''
  return (
    <>
      {on && speech.length > 0 && (
        <XrCaptionPlate key="speech" text={speechText} speakerChars={speech[0]?.speaker ? speech[0].speaker.length + 1 : 0} placement={null} liftDeg={0} onGroup={track('speech', speechText)} {...common} />
      )}
      {on && sound && (
        <XrCaptionPlate key="sound" text={soundText} speakerChars={0} placement={sound.placement} liftDeg={speech.length > 0 ? stackDeg : 0} onGroup={track('sound', soundText)} {...common} />
      )}
      {showNotice && (
        <XrCaptionPlate key="notice" text={strings.audioUnavailable} speakerChars={0} placement={null} liftDeg={-14} onGroup={track('notice', strings.audioUnavailable)} {...common} look={{ ...look, size: 'small', position: 'head-locked-below-centre' }} />
      )}
    </>
  )
}
