import { useCallback, useEffect, useRef, useState } from 'react'
import type { MicrophoneProblem } from './microphone-error'
import { levelPercent, microphoneProblem, recordingSupport } from './microphone-error'
import { soundLimits } from './sound-limits'
import { webAudioCodec } from './web-audio-codec'

/** A finished take: a number for this page, its bytes (as the browser recorded them) and length. */
export type Take = { id: number; bytes: ArrayBuffer; durationMs: number }

let takes = 0

/** Where the recorder is. */
export type RecorderState =
  | { step: 'idle' }
  | { step: 'asking' }
  | { step: 'recording'; elapsedMs: number; levelPercent: number }
  | { step: 'decoding' }
  | { step: 'recorded'; take: Take }
  | { step: 'failed'; problem: MicrophoneProblem }

type Live = { stream: MediaStream; recorder: MediaRecorder; context: AudioContext; frame: number; timer: number }

/**
 * The microphone recorder: asks for the microphone (plain problems: blocked, none, busy), records with
 * MediaRecorder, measures the level with an AnalyserNode every animation frame, stops by itself after
 * `maxRecordingMs`, then decodes the take to be sure it plays and to know its length.
 */
export const useRecorder = () => {
  const [state, setState] = useState<RecorderState>({ step: 'idle' })
  const live = useRef<Live | null>(null)
  const release = useCallback(() => {
    const current = live.current
    live.current = null
    if (!current) return
    cancelAnimationFrame(current.frame)
    clearTimeout(current.timer)
    current.stream.getTracks().forEach((track) => track.stop())
    void current.context.close()
  }, [])
  useEffect(() => () => {
    if (live.current?.recorder.state === 'recording') live.current.recorder.ondataavailable = null
    release()
  }, [release])

  const start = useCallback(async () => {
    const unsupported = recordingSupport()
    if (unsupported) return setState({ step: 'failed', problem: unsupported })
    setState({ step: 'asking' })
    let stream: MediaStream
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: { echoCancellation: true, noiseSuppression: true } })
    } catch (error) {
      return setState({ step: 'failed', problem: microphoneProblem(error) })
    }
    const recorder = new MediaRecorder(stream)
    const context = new AudioContext()
    const analyser = context.createAnalyser()
    analyser.fftSize = 2048
    context.createMediaStreamSource(stream).connect(analyser)
    const samples = new Float32Array(analyser.fftSize)
    const chunks: Blob[] = []
    const startedAt = performance.now()
    const current: Live = { stream, recorder, context, frame: 0, timer: 0 }
    live.current = current
    const measure = () => {
      analyser.getFloatTimeDomainData(samples)
      const rms = Math.sqrt(samples.reduce((sum, x) => sum + x * x, 0) / samples.length)
      setState({ step: 'recording', elapsedMs: performance.now() - startedAt, levelPercent: levelPercent(rms) })
      current.frame = requestAnimationFrame(measure)
    }
    recorder.ondataavailable = (event) => chunks.push(event.data)
    recorder.onstop = async () => {
      release()
      setState({ step: 'decoding' })
      const bytes = await new Blob(chunks, { type: recorder.mimeType }).arrayBuffer()
      try {
        if (bytes.byteLength === 0) throw new Error('empty')
        const { durationMs } = await webAudioCodec.decode(bytes)
        setState(durationMs < soundLimits.minDurationMs ? { step: 'failed', problem: 'empty' } : { step: 'recorded', take: { id: ++takes, bytes, durationMs } })
      } catch {
        setState({ step: 'failed', problem: 'empty' })
      }
    }
    recorder.start(250)
    current.timer = window.setTimeout(() => recorder.state === 'recording' && recorder.stop(), soundLimits.maxRecordingMs)
    measure()
  }, [release])

  const stop = useCallback(() => {
    if (live.current?.recorder.state === 'recording') live.current.recorder.stop()
  }, [])
  const reset = useCallback(() => setState({ step: 'idle' }), [])
  return { state, start, stop, reset }
}
