import type { recorderStrings } from './strings'

/** Why recording could not start or did not work. */
export type MicrophoneProblem = keyof typeof recorderStrings.errors

/** What a `getUserMedia` or `MediaRecorder` failure means for the person (by the DOMException's name). */
export const microphoneProblem = (error: unknown): MicrophoneProblem => {
  const name = error instanceof Error || (typeof error === 'object' && error !== null && 'name' in error) ? String((error as { name: unknown }).name) : ''
  if (name === 'NotAllowedError' || name === 'PermissionDeniedError' || name === 'SecurityError') return 'denied'
  if (name === 'NotFoundError' || name === 'DevicesNotFoundError' || name === 'OverconstrainedError') return 'no-microphone'
  if (name === 'NotReadableError' || name === 'TrackStartError' || name === 'AbortError') return 'busy'
  return 'failed'
}

/** Whether this page can record at all: answers the problem, or null. */
export const recordingSupport = (): MicrophoneProblem | null => {
  if (typeof window !== 'undefined' && window.isSecureContext === false) return 'insecure'
  if (typeof navigator === 'undefined' || !navigator.mediaDevices?.getUserMedia || typeof MediaRecorder === 'undefined') return 'unsupported'
  return null
}

/** The microphone level as a percentage from an RMS amplitude: −60 dBFS (and below) is 0, 0 dBFS is 100. */
export const levelPercent = (rms: number): number => {
  if (!(rms > 0)) return 0
  const db = 20 * Math.log10(rms)
  return Math.max(0, Math.min(100, Math.round(((db + 60) / 60) * 100)))
}
