import type { ClipErrorReason } from './audio-backend'

/**
 * Plain settings and answers for the howler backend (kept apart so howler-backend.ts stays one concept).
 * Panners: HRTF, inverse distance from 1 m, no cone (`PannerAttributes` of howler's spatial plugin).
 */
export const pannerAttributes = {
  panningModel: 'HRTF',
  distanceModel: 'inverse',
  refDistance: 1,
  rolloffFactor: 1,
  maxDistance: 10_000,
  coneInnerAngle: 360,
  coneOuterAngle: 360,
  coneOuterGain: 0,
} as const

/** howler reports errors as strings ("Decoding audio data failed.") or HTML5 media error codes. */
export const errorReason = (error: unknown): ClipErrorReason => {
  const text = String(error)
  if (/decod/i.test(text) || text === '3') return 'decode-error'
  if (/codec|support/i.test(text) || text === '4') return 'unsupported'
  return 'load-error'
}
