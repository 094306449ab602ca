import type { AmbientBed, PositionalSound } from '@story-schema'
import { decodeUrl, previewContext } from './preview-audio'

/** A point or direction in the panorama's frame: yaw 0 = −Z, right = +X, up = +Y (as the player's mixer). */
type Vec3 = [number, number, number]

/** The direction (times `distanceM`) of a yaw and pitch in degrees, as the player places sounds. */
export const directionOf = (yawDeg: number, pitchDeg: number, distanceM = 1): Vec3 => {
  const yaw = (yawDeg * Math.PI) / 180
  const pitch = (pitchDeg * Math.PI) / 180
  const horizontal = distanceM * Math.cos(pitch)
  return [horizontal * Math.sin(yaw), distanceM * Math.sin(pitch), -horizontal * Math.cos(yaw)]
}

/** What a preview plays: the scene's beds, and its positional sounds when a listener direction is given. */
export type MixPlan = {
  beds: readonly AmbientBed[]
  sounds: readonly PositionalSound[]
  /** Where the listener looks; without it only the beds play. */
  listener?: { yawDeg: number; pitchDeg: number }
  /** An asset id → a URL to fetch it from (undefined: not available, skipped). */
  urlOf: (assetId: string) => string | undefined
}

/** A preview that is playing: turn the listener while it plays, or stop it (beds fade out over their `fadeOutMs`). */
export type MixPreview = { setListener: (yawDeg: number, pitchDeg: number) => void; stop: () => void }

const setParam = (param: AudioParam, value: number, atS: number) => param.setValueAtTime(value, atS)

/**
 * Plays the scene's sound like the player does, from the editor: beds all around with their volume,
 * fade in and loop; positional sounds through HRTF panners at their place (inverse distance from 1 m)
 * heard from the listener's direction. Sounds that can't be fetched or decoded are skipped.
 */
export const playMix = async (plan: MixPlan): Promise<MixPreview> => {
  const context = await previewContext()
  const out = context.createGain()
  out.connect(context.destination)
  const stops: ((atS: number) => void)[] = []
  const start = async (assetId: string, loop: boolean, node: (source: AudioBufferSourceNode) => AudioNode, fadeOutS: number) => {
    const url = plan.urlOf(assetId)
    const buffer = url ? await decodeUrl(context, url).catch(() => null) : null
    if (!buffer) return
    const source = context.createBufferSource()
    source.buffer = buffer
    source.loop = loop
    node(source).connect(out)
    source.start()
    stops.push((atS) => source.stop(atS + fadeOutS))
  }
  const beds = plan.beds.map((bed) =>
    start(bed.assetId, bed.loop, (source) => {
      const gain = context.createGain()
      const now = context.currentTime
      setParam(gain.gain, 0, now)
      gain.gain.linearRampToValueAtTime(bed.gain, now + Math.max(0.01, bed.fadeInMs / 1000))
      source.connect(gain)
      stops.push((atS) => {
        gain.gain.cancelScheduledValues(atS)
        setParam(gain.gain, gain.gain.value, atS)
        gain.gain.linearRampToValueAtTime(0, atS + Math.max(0.01, bed.fadeOutMs / 1000))
      })
      return gain
    }, bed.fadeOutMs / 1000),
  )
  const sounds = plan.listener
    ? plan.sounds.map((sound) =>
        start(sound.assetId, sound.loop, (source) => {
          const panner = new PannerNode(context, { panningModel: 'HRTF', distanceModel: 'inverse', refDistance: 1 })
          const [x, y, z] = directionOf(sound.yawDeg, sound.pitchDeg, sound.distanceM)
          panner.positionX.value = x
          panner.positionY.value = y
          panner.positionZ.value = z
          const gain = new GainNode(context, { gain: sound.gain })
          source.connect(gain).connect(panner)
          return panner
        }, 0.05),
      )
    : []
  const setListener = (yawDeg: number, pitchDeg: number) => {
    const listener = context.listener
    const [fx, fy, fz] = directionOf(yawDeg, pitchDeg)
    const [ux, uy, uz] = directionOf(yawDeg, pitchDeg + 90)
    const now = context.currentTime
    setParam(listener.forwardX, fx, now)
    setParam(listener.forwardY, fy, now)
    setParam(listener.forwardZ, fz, now)
    setParam(listener.upX, ux, now)
    setParam(listener.upY, uy, now)
    setParam(listener.upZ, uz, now)
  }
  if (plan.listener) setListener(plan.listener.yawDeg, plan.listener.pitchDeg)
  let stopped = false
  void Promise.all([...beds, ...sounds]).then(() => {
    if (stopped) stops.forEach((stop) => stop(context.currentTime))
  })
  return {
    setListener,
    stop: () => {
      stopped = true
      stops.forEach((stop) => stop(context.currentTime))
      stops.length = 0
    },
  }
}
