import type { Clock, TimerHandle } from './clock'
import type { VoiceSet } from './voice-set'

/**
 * The scene narration's timeline. With audio it follows the clip (position from the backend when it
 * knows it, else from the clock since the clip started); without audio (captions only, or the clip is
 * unavailable: C-16) it runs on the clock for the narration's length, so captions keep their timing
 * and the story goes on. The viewer can pause and resume it (C-15).
 */
export type NarrationStatus = 'idle' | 'loading' | 'playing' | 'paused' | 'ended'

/** What to narrate: one scene's narration in one language. */
export type NarrationTrack = {
  sceneId: string
  language: string
  /** The clip, absent for captions-only narration. */
  assetId: string | undefined
  /** Length in ms: the asset's duration, else the end of the last cue. */
  durationMs: number
}

/** The narration as the mixer state shows it. */
export type NarrationState = {
  sceneId: string
  language: string
  assetId: string | null
  status: NarrationStatus
  positionMs: number
  durationMs: number
  /** False for captions-only narration and when the clip is unavailable. */
  hasAudio: boolean
}

/** What the narration player needs. */
export type NarrationPlayerOptions = {
  voices: VoiceSet
  clock: Clock
  /** Fade when the narration is stopped (scene change), in ms. */
  fadeOutMs: number
  onChange: () => void
}

/** The narration player: see `createNarrationPlayer`. */
export type NarrationPlayer = ReturnType<typeof createNarrationPlayer>

/** Creates a narration player with nothing loaded. */
export const createNarrationPlayer = ({ voices, clock, fadeOutMs, onChange }: NarrationPlayerOptions) => {
  let track: NarrationTrack | undefined
  let status: NarrationStatus = 'idle'
  let hasAudio = false
  let hasAudioStarted = false
  let voiceKey = ''
  let playCount = 0
  let offsetMs = 0
  let anchorMs: number | undefined
  let endTimer: TimerHandle | undefined
  let isAllPaused = false

  const durationMs = () => track?.durationMs ?? 0
  const cancelEnd = () => {
    if (endTimer !== undefined) clock.cancel(endTimer)
    endTimer = undefined
  }
  const clockPositionMs = () =>
    Math.min(durationMs(), offsetMs + (anchorMs === undefined ? 0 : clock.nowMs() - anchorMs))

  const positionMs = (): number => {
    if (status === 'ended') return durationMs()
    if (status === 'idle') return 0
    const fromBackend = hasAudio && hasAudioStarted ? voices.positionMs(voiceKey) : undefined
    return fromBackend ?? clockPositionMs()
  }

  const finish = () => {
    cancelEnd()
    status = 'ended'
    offsetMs = durationMs()
    anchorMs = undefined
    onChange()
  }

  /** Starts or stops the clock timeline to match the status and the global pause. */
  const syncClock = () => {
    const shouldRun = status === 'playing' && !isAllPaused && (!hasAudio || hasAudioStarted)
    if (shouldRun && anchorMs === undefined) {
      anchorMs = clock.nowMs()
      if (!hasAudio) endTimer = clock.schedule(finish, Math.max(0, durationMs() - offsetMs))
    } else if (!shouldRun && anchorMs !== undefined) {
      offsetMs = positionMs()
      anchorMs = undefined
      cancelEnd()
    }
  }

  /** The clip started (true) or turned out unavailable (false): the timeline runs from here. */
  const audioSettled = (isHeard: boolean) => {
    if (isHeard) hasAudioStarted = true
    else hasAudio = false
    if (status === 'loading') status = 'playing'
    syncClock()
    onChange()
  }

  const startFromTop = () => {
    if (!track) return
    cancelEnd()
    offsetMs = 0
    anchorMs = undefined
    hasAudioStarted = false
    hasAudio = track.assetId !== undefined
    status = hasAudio ? 'loading' : 'playing'
    if (track.assetId !== undefined) {
      voiceKey = `narration|${track.sceneId}|${track.language}|${++playCount}`
      voices.start({
        key: voiceKey,
        kind: 'narration',
        channel: 'narration',
        assetId: track.assetId,
        sourceId: track.language,
        loop: false,
        baseGain: 1,
        fadeInMs: 0,
        fadeOutMs,
        onStart: () => audioSettled(true),
        onEnd: finish,
        onUnavailable: () => audioSettled(false),
      })
    }
    syncClock()
    onChange()
  }

  const pause = () => {
    if (status !== 'playing' && status !== 'loading') return
    status = 'paused'
    syncClock()
    if (voiceKey) voices.setHeld(voiceKey, true)
    onChange()
  }

  const resume = () => {
    if (status !== 'paused') return
    status = hasAudio && !hasAudioStarted ? 'loading' : 'playing'
    if (voiceKey) voices.setHeld(voiceKey, false)
    syncClock()
    onChange()
  }

  return {
    /** Replaces the track (stopping the old one with a short fade); nothing plays until `play`. */
    load(next: NarrationTrack | undefined): void {
      if (voiceKey) voices.release(voiceKey, fadeOutMs)
      cancelEnd()
      track = next
      voiceKey = ''
      status = 'idle'
      hasAudio = next?.assetId !== undefined
      hasAudioStarted = false
      offsetMs = 0
      anchorMs = undefined
      onChange()
    },

    /** Plays from the start (idle or ended) or resumes (paused); does nothing while playing. */
    play(): void {
      if (status === 'paused') resume()
      else if (status === 'idle' || status === 'ended') startFromTop()
    },

    /** Pauses where it is. */
    pause,
    /** Resumes after `pause`. */
    resume,

    /** Follows the mixer's pause-all (the voice itself is paused by the voice set). */
    setAllPaused(isPaused: boolean): void {
      isAllPaused = isPaused
      syncClock()
    },

    /** True while narration audio is actually being heard (beds duck then). */
    isAudible: (): boolean => status === 'playing' && hasAudio && !isAllPaused && voices.isAudible(voiceKey),

    /** The current position in ms (0 before it starts, the duration once ended). */
    positionMs,

    /** The narration as plain data, or null when the scene has none. */
    state: (): NarrationState | null =>
      track ? { ...track, assetId: track.assetId ?? null, status, positionMs: positionMs(), hasAudio } : null,

    /** The track loaded now. */
    track: (): NarrationTrack | undefined => track,

    /** Cancels timers (the voice set stops the sound). */
    dispose: cancelEnd,
  }
}
