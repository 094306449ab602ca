// Narration: each sentence is spoken by espeak-ng into its own WAV, measured with soxi, and joined with
// 300 ms gaps (plus a short lead-in), so every caption cue has exact start and end times.
import { join } from 'node:path'
import { sox, speak, durationS, toMp3, durationMs } from './sox.mjs'

const GAP_S = 0.3, LEAD_S = 0.2, VOICE_RATE = 22050

/**
 * Speaks `sentences` into `mp3`; returns { durationMs, cues: [{ startMs, endMs, speaker, text }] }.
 * The voice settings come from the story's narration module.
 */
export function narrate({ sentences, voice, speaker, mp3, tmp, name, kbps = 48 }) {
  const silence = (s, file) => { sox('-n', '-r', VOICE_RATE, '-c', 1, '-b', 16, file, 'trim', 0, s); return file }
  const parts = [silence(LEAD_S, join(tmp, `${name}-lead.wav`))]
  const gap = silence(GAP_S, join(tmp, `${name}-gap.wav`))
  const cues = []
  let t = LEAD_S
  sentences.forEach((text, i) => {
    const raw = speak(join(tmp, `${name}-${i}-raw.wav`), text, voice)
    const wav = join(tmp, `${name}-${i}.wav`)
    sox(raw, '-r', VOICE_RATE, '-c', 1, '-b', 16, wav, 'silence', 1, 0.02, '0.2%', 'reverse', 'silence', 1, 0.02, '0.2%', 'reverse')
    const d = durationS(wav)
    cues.push({ startMs: Math.round(t * 1000), endMs: Math.round((t + d) * 1000), speaker, text })
    parts.push(wav)
    if (i < sentences.length - 1) parts.push(gap)
    t += d + GAP_S
  })
  parts.push(silence(0.4, join(tmp, `${name}-tail.wav`)))
  const joined = join(tmp, `${name}.wav`)
  sox(parts, joined, 'highpass', 80, 'gain', '-n', -2)
  toMp3(joined, mp3, kbps)
  return { durationMs: durationMs(mp3), cues }
}
