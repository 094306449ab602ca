// Thin wrappers around the command-line tools: sox (synthesis, mixing), soxi (durations), espeak-ng
// (speech) and ffmpeg with libmp3lame (MP3 encoding). Every call is synchronous and throws on failure.
import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'

export const RATE = 32000

/** sox with arguments; nested arrays are flattened. */
export function sox(...args) {
  execFileSync('sox', ['-V1', '-R', ...args.flat(Infinity).map(String)], { stdio: ['ignore', 'ignore', 'inherit'] })
}

/** A mono synth layer written to `out`: sox -n … synth <seconds> <generator…> <effects…>. */
export function synth(out, seconds, generator, effects = []) {
  sox('-n', '-r', RATE, '-c', 1, '-b', 16, out, 'synth', seconds, generator, effects)
  return out
}

/** Mix files at full level each (sox -m would otherwise divide by the count), then apply effects. */
export function mix(out, inputs, effects = []) {
  const normalizes = effects.includes('-n')
  const v = normalizes ? 0.5 : 1
  if (inputs.length === 1) sox(normalizes ? [] : '-G', inputs[0], out, effects)
  else sox(normalizes ? [] : '-G', '-m', inputs.flatMap((f) => ['-v', v, f]), out, effects)
  return out
}

/** `file` delayed by `seconds` and padded to `total` seconds. */
export function placeAt(out, file, seconds, total) {
  sox(file, out, 'pad', seconds.toFixed(3), total, 'trim', 0, total)
  return out
}

/** Length in seconds (soxi -D). */
export function durationS(file) {
  return Number(execFileSync('soxi', ['-D', file]).toString().trim())
}

/**
 * Makes a seamless-ish loop of `seconds` from a file that is `xfade` seconds longer: the extra tail is
 * faded out over the faded-in head (equal-power half-sine fades), so the end runs into the start.
 */
export function loopify(out, file, seconds, xfade, tmp) {
  const head = join(tmp, 'loop-head.wav'), tail = join(tmp, 'loop-tail.wav')
  sox(file, head, 'trim', 0, seconds, 'fade', 'h', xfade)
  sox(file, tail, 'trim', seconds, xfade, 'fade', 'h', 0, xfade, xfade)
  return mix(out, [head, tail])
}

/** Speak one sentence with espeak-ng into a WAV file. */
export function speak(out, text, { voice, speed = 140, pitch = 50 }) {
  execFileSync('espeak-ng', ['-v', voice, '-s', String(speed), '-p', String(pitch), '-w', out, text], { stdio: ['ignore', 'ignore', 'inherit'] })
  return out
}

/** Encode to MP3 (mono, constant bit rate) and return the path. */
export function toMp3(wav, mp3, kbps = 64) {
  mkdirSync(dirname(mp3), { recursive: true })
  execFileSync('ffmpeg', ['-loglevel', 'error', '-y', '-i', wav, '-ac', '1', '-codec:a', 'libmp3lame', '-b:a', `${kbps}k`, '-map_metadata', '-1', '-write_xing', '1', mp3])
  return mp3
}

/** Duration of an encoded file in whole milliseconds (ffprobe reads the MP3's own header). */
export function durationMs(file) {
  const s = execFileSync('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', file]).toString().trim()
  return Math.round(Number(s) * 1000)
}
