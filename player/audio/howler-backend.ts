import { extensionForMime } from '@story-schema'
import { Howl, Howler } from 'howler'
import type { AudioBackend, ClipErrorReason } from './audio-backend'
import { errorReason, pannerAttributes } from './howler-options'

/**
 * The `AudioBackend` on howler 2.2.4 (Web Audio). The only place that creates `Howl`s; one per clip.
 *
 * - Unlock: howler's own auto-unlocker is switched off (it would create the AudioContext on the first
 *   Howl and, on 48 kHz devices, call `Howler.unload()`); `unlock()` creates/resumes the context and
 *   plays one silent sample inside the viewer's gesture, which is what iOS needs (C-15).
 * - Spatial: positional voices get a `PannerNode` (`panningModel: 'HRTF'`, inverse distance,
 *   `refDistance` 1 m, rolloff 1) through `Howl.pos`; the listener is written straight to
 *   `AudioContext.listener` (howler's `Howler.orientation` allocates an array and smooths over 0.1 s).
 *   In mono the panners switch to equal-power panning: a binaural (HRTF) pair summed to mono partly
 *   cancels (measured: −8 dB for a 550 Hz sound at the side); equal-power gains sum without that.
 * - Mono (C-14): a GainNode between `Howler.masterGain` and the destination with `channelCount` 1,
 *   `channelCountMode: 'explicit'`, `channelInterpretation: 'speakers'` downmixes to mono
 *   (M = (L + R) / 2); the stereo destination then plays M in both ears. Direction cues are lost by
 *   design; levels (equal-power panning, see above) and distance attenuation stay.
 * - Every call is wrapped: a howler or Web Audio error is logged and swallowed (C-16).
 */
/** Listener smoothing time constant in seconds: short enough to follow a head turn. */
const listenerSmoothingS = 0.01

type Clip = { howl: Howl; isGone: boolean }

/** Creates the howler backend. Touches no audio API until `unlock()` or a load. */
export const createHowlerBackend = (): AudioBackend => {
  Howler.autoUnlock = false
  const clips = new Map<string, Clip>()
  const voices = new Map<number, Howl>()
  /** Voices with a panner (positional), to switch their panning model with mono. */
  const positional = new Set<number>()
  const panningModel = () => (isMono ? 'equalpower' : 'HRTF')
  let monoNode: GainNode | undefined
  let isMono = false

  const safely = <T>(what: string, run: () => T, fallback: T): T => {
    try {
      return run()
    } catch (error) {
      console.warn(`Audio: ${what} failed.`, error)
      return fallback
    }
  }

  const applyMono = () => {
    const ctx = Howler.ctx
    const master = Howler.masterGain
    if (!ctx || !master) return
    if (!monoNode || monoNode.context !== ctx) {
      monoNode = ctx.createGain()
      master.disconnect()
      master.connect(monoNode)
      monoNode.connect(ctx.destination)
    }
    monoNode.channelCount = isMono ? 1 : 2
    monoNode.channelCountMode = isMono ? 'explicit' : 'max'
    monoNode.channelInterpretation = 'speakers'
  }

  return {
    unlock: () =>
      safely('unlocking audio', () => {
        Howler.volume()
        const ctx = Howler.ctx
        if (!ctx) return
        if (ctx.state !== 'running') ctx.resume().catch((error: unknown) => console.warn('Audio: resume failed.', error))
        const source = ctx.createBufferSource()
        source.buffer = ctx.createBuffer(1, 1, ctx.sampleRate)
        source.connect(ctx.destination)
        source.start(0)
        applyMono()
      }, undefined),

    loadClip(clipKey, source, events) {
      const clip: Clip = { howl: undefined as unknown as Howl, isGone: false }
      const failed = (reason: ClipErrorReason, detail: string) => !clip.isGone && events.onError(reason, detail)
      safely('loading a clip', () => {
        const format = extensionForMime(source.mime)
        clip.howl = new Howl({
          src: [source.url],
          ...(format ? { format: [format] } : {}),
          preload: true,
          ...pannerAttributes,
          onload: () => {
            if (!clip.isGone) events.onLoad(clip.howl.duration() * 1000)
          },
          onloaderror: (_id, error) => failed(errorReason(error), String(error)),
        })
        clips.set(clipKey, clip)
      }, undefined)
      if (!clips.has(clipKey)) queueMicrotask(() => failed('unsupported', 'the audio engine could not start'))
    },

    unloadClip: (clipKey) =>
      safely('unloading a clip', () => {
        const clip = clips.get(clipKey)
        if (!clip) return
        clip.isGone = true
        clips.delete(clipKey)
        for (const [id, howl] of voices) if (howl === clip.howl) voices.delete(id)
        clip.howl.unload()
      }, undefined),

    play: (clipKey, options) =>
      safely('playing a clip', () => {
        const howl = clips.get(clipKey)?.howl
        if (!howl) return -1
        const id = howl.play()
        howl.volume(options.gain, id)
        if (options.loop) howl.loop(true, id)
        if (options.position) {
          howl.pos(options.position.x, options.position.y, options.position.z, id)
          positional.add(id)
          if (isMono) howl.pannerAttr({ panningModel: panningModel() }, id)
        }
        const { onEnd } = options
        if (onEnd && !options.loop) howl.once('end', () => voices.delete(id) && onEnd(), id)
        voices.set(id, howl)
        return id
      }, -1),

    rampGain: (voiceId, fromGain, toGain, durationMs) =>
      safely('changing a gain', () => {
        const howl = voices.get(voiceId)
        if (durationMs > 0) howl?.fade(fromGain, toGain, durationMs, voiceId)
        else howl?.volume(toGain, voiceId)
      }, undefined),

    pause: (voiceId) => safely('pausing', () => void voices.get(voiceId)?.pause(voiceId), undefined),
    resume: (voiceId) => safely('resuming', () => void voices.get(voiceId)?.play(voiceId), undefined),
    stop: (voiceId) =>
      safely('stopping', () => {
        const howl = voices.get(voiceId)
        voices.delete(voiceId)
        howl?.off('end', voiceId).stop(voiceId)
      }, undefined),

    positionMs: (voiceId) =>
      safely('reading a position', () => {
        const seconds = voices.get(voiceId)?.seek(voiceId)
        return typeof seconds === 'number' && Number.isFinite(seconds) ? seconds * 1000 : undefined
      }, undefined),

    setListenerOrientation(forwardX, forwardY, forwardZ, upX, upY, upZ) {
      const listener = Howler.ctx?.listener
      if (!listener) return
      try {
        if (listener.forwardX) {
          const t = Howler.ctx.currentTime
          listener.forwardX.setTargetAtTime(forwardX, t, listenerSmoothingS)
          listener.forwardY.setTargetAtTime(forwardY, t, listenerSmoothingS)
          listener.forwardZ.setTargetAtTime(forwardZ, t, listenerSmoothingS)
          listener.upX.setTargetAtTime(upX, t, listenerSmoothingS)
          listener.upY.setTargetAtTime(upY, t, listenerSmoothingS)
          listener.upZ.setTargetAtTime(upZ, t, listenerSmoothingS)
        } else listener.setOrientation(forwardX, forwardY, forwardZ, upX, upY, upZ)
      } catch {
        // A non-finite value from a broken pose: keep the last orientation.
      }
    },

    setMono(next) {
      isMono = next
      safely('switching mono', applyMono, undefined)
      for (const id of positional) {
        const howl = voices.get(id)
        if (howl) safely('switching panning', () => void howl.pannerAttr({ panningModel: panningModel() }, id), undefined)
        else positional.delete(id)
      }
    },

    outputTap: () => {
      const ctx = Howler.ctx
      const node = monoNode ?? Howler.masterGain
      return ctx && node ? { context: ctx, node } : undefined
    },

    dispose: () =>
      safely('closing audio', () => {
        for (const clipKey of [...clips.keys()]) clips.get(clipKey)!.howl.unload()
        for (const clip of clips.values()) clip.isGone = true
        clips.clear()
        voices.clear()
        if (monoNode && Howler.masterGain && Howler.ctx) {
          Howler.masterGain.disconnect()
          Howler.masterGain.connect(Howler.ctx.destination)
          monoNode.disconnect()
        }
        monoNode = undefined
      }, undefined),
  }
}
