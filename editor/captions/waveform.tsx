import type { CaptionCue } from '@story-schema'
import { useEffect, useRef, useState } from 'react'
import { captionsStrings as t } from './strings'
import { waveformPeaks } from './waveform-peaks'

type WaveformProps = {
  /** The narration sound's URL. */
  url: string
  durationMs: number
  cues: readonly CaptionCue[]
  /** Where playback is now, in ms (null when stopped). */
  playheadMs: number | null
}

type Wave = { url: string; peaks: number[] } | { url: string; failed: true }

const widthPx = 960
const heightPx = 96

/** Decodes the sound once with Web Audio into peaks (mono, the first channel). */
const usePeaks = (url: string): Wave | null => {
  const [wave, setWave] = useState<Wave | null>(null)
  useEffect(() => {
    let live = true
    const decode = async () => {
      const bytes = await (await fetch(url)).arrayBuffer()
      const context = new OfflineAudioContext(1, 1, 44_100)
      const buffer = await context.decodeAudioData(bytes)
      return waveformPeaks(buffer.getChannelData(0), widthPx / 3)
    }
    decode().then(
      (peaks) => live && setWave({ url, peaks }),
      () => live && setWave({ url, failed: true }),
    )
    return () => {
      live = false
    }
  }, [url])
  return wave?.url === url ? wave : null
}

/**
 * The narration as a picture: its loudness over time, the captions as bands and the playhead. It is
 * decoration (aria-hidden); the cue table is the accessible way to see and change the captions.
 */
export const Waveform = ({ url, durationMs, cues, playheadMs }: WaveformProps) => {
  const canvas = useRef<HTMLCanvasElement>(null)
  const wave = usePeaks(url)
  useEffect(() => {
    const context = canvas.current?.getContext('2d')
    if (!context) return
    context.clearRect(0, 0, widthPx, heightPx)
    const xOf = (timeMs: number) => (durationMs > 0 ? (timeMs / durationMs) * widthPx : 0)
    context.fillStyle = 'rgba(255, 212, 0, 0.35)'
    for (const cue of cues) context.fillRect(xOf(cue.startMs), 0, Math.max(2, xOf(cue.endMs) - xOf(cue.startMs)), heightPx)
    if (wave && 'peaks' in wave) {
      context.fillStyle = '#1d3f6e'
      const barPx = widthPx / wave.peaks.length
      wave.peaks.forEach((peak, index) => {
        const h = Math.max(1, peak * (heightPx - 8))
        context.fillRect(index * barPx, (heightPx - h) / 2, Math.max(1, barPx - 1), h)
      })
    }
    if (playheadMs !== null) {
      context.fillStyle = '#b00020'
      context.fillRect(xOf(playheadMs) - 1, 0, 2, heightPx)
    }
  }, [wave, cues, durationMs, playheadMs])
  return (
    <div className="captions-waveform">
      <canvas ref={canvas} width={widthPx} height={heightPx} aria-hidden="true" />
      <p className="field-hint">
        {!wave ? t.loadingWave : 'failed' in wave ? t.waveFailed : t.waveformHidden}
      </p>
    </div>
  )
}
