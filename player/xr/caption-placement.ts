import type { CaptionPosition } from '../captions/caption-settings'
import { degFromRadians, radiansFromDeg } from '../scene/spherical'

/**
 * Where a caption goes in a headset (C-11), as pure maths so it is unit-tested per mode. Head-locked
 * captions follow the head at once (BBC's preferred mode), a little below the centre of view by
 * default; `bottom` and `top` move them lower or higher. `near-speaker` puts a sound's caption in the
 * world just below the sound while the sound is in view, and otherwise keeps it head-locked with an
 * arrow towards the sound. Narration has no direction: it is always head-locked. Angles in degrees;
 * `out` is written and returned, so the frame loop allocates nothing.
 */
export type CaptionPlacement = {
  mode: 'head' | 'world'
  /** head: degrees above (+) or below (−) the centre of view. */
  pitchOffsetDeg: number
  /** head: which side the speaker is on when it is out of view. */
  arrow: 'left' | 'right' | null
  /** world: where the caption sits (world yaw, pitch). */
  yawDeg: number
  pitchDeg: number
}

export type CaptionPlacementInput = {
  position: CaptionPosition
  headYawDeg: number
  headPitchDeg: number
  /** The sound's world direction, or null for narration. */
  speaker: { yawDeg: number; pitchDeg: number } | null
}

/** Below (−) or above (+) the centre of view, per position. */
export const headPitchOffsetDeg: Record<CaptionPosition, number> = {
  'head-locked-below-centre': -12,
  'near-speaker': -12,
  bottom: -24,
  top: 14,
}

/** A sound this close to where the head looks counts as in view. */
export const speakerInViewDeg = 30
/** How far below the sound a near-speaker caption hangs. */
export const belowSpeakerDeg = 9

/** The angle between two directions given as yaw/pitch. */
export const angleBetweenDirectionsDeg = (yawA: number, pitchA: number, yawB: number, pitchB: number): number => {
  const a = radiansFromDeg(pitchA)
  const b = radiansFromDeg(pitchB)
  const d = radiansFromDeg(yawA - yawB)
  return degFromRadians(Math.acos(Math.min(1, Math.max(-1, Math.sin(a) * Math.sin(b) + Math.cos(a) * Math.cos(b) * Math.cos(d)))))
}

/** Yaw difference wrapped to −180…180 (positive: b is to the right of a). */
export const yawDeltaDeg = (fromDeg: number, toDeg: number): number => ((((toDeg - fromDeg) % 360) + 540) % 360) - 180

export const emptyPlacement = (): CaptionPlacement => ({ mode: 'head', pitchOffsetDeg: 0, arrow: null, yawDeg: 0, pitchDeg: 0 })

export const placeCaption = (input: CaptionPlacementInput, out: CaptionPlacement = emptyPlacement()): CaptionPlacement => {
  const { position, speaker } = input
  out.mode = 'head'
  out.pitchOffsetDeg = headPitchOffsetDeg[position]
  out.arrow = null
  out.yawDeg = 0
  out.pitchDeg = 0
  if (position !== 'near-speaker' || !speaker) return out
  if (angleBetweenDirectionsDeg(input.headYawDeg, input.headPitchDeg, speaker.yawDeg, speaker.pitchDeg) <= speakerInViewDeg) {
    out.mode = 'world'
    out.yawDeg = speaker.yawDeg
    out.pitchDeg = speaker.pitchDeg - belowSpeakerDeg
  } else out.arrow = yawDeltaDeg(input.headYawDeg, speaker.yawDeg) >= 0 ? 'right' : 'left'
  return out
}
