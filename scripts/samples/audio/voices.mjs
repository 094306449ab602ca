// Small synthesized sound events shared by beds and effects: bird phrases, gull cries, bells, a car passing.
import { join } from 'node:path'
import { synth, mix } from './sox.mjs'
import { prng } from '../lib/noise.mjs'

/** A blackbird-like phrase: fluty glides with warble, ~2 s. */
export function birdPhrase(out, tmp, seed = 1, base = 1900) {
  const rnd = prng(seed), notes = []
  let t = 0
  for (let i = 0; i < 7; i++) {
    const len = 0.08 + rnd() * 0.22, f0 = base * (0.8 + rnd() * 0.7), f1 = f0 * (0.75 + rnd() * 0.6)
    const n = join(tmp, `bird-${seed}-${i}.wav`)
    synth(n, len, ['sine', `${f0.toFixed(0)}-${f1.toFixed(0)}`], ['tremolo', 28 + rnd() * 20, 35, 'fade', 'h', 0.02, len, 0.04, 'pad', t.toFixed(3)])
    notes.push(n)
    t += len + 0.03 + rnd() * 0.12
  }
  return mix(out, notes, ['gain', -3, 'pad', 0, 0.8, 'reverb', 25, 50, 60, 'gain', -4, 'fade', 'h', 0.01, '-0', 0.3])
}

/** A herring gull: three to four falling "kyow" cries, ~2.5 s. */
export function gullCry(out, tmp, seed = 1) {
  const rnd = prng(seed), notes = []
  let t = 0
  const n = 3 + Math.floor(rnd() * 2)
  for (let i = 0; i < n; i++) {
    const len = 0.32 + rnd() * 0.12, f0 = 1500 + rnd() * 300 - i * 40, f1 = f0 * 0.72
    const f = join(tmp, `gull-${seed}-${i}.wav`)
    synth(f, len, ['sawtooth', `${f0.toFixed(0)}-${f1.toFixed(0)}`], ['sinc', '900-3200', 'tremolo', 55, 30, 'fade', 'q', 0.04, len, 0.15, 'pad', t.toFixed(3)])
    notes.push(f)
    t += len + 0.12 + rnd() * 0.1
  }
  return mix(out, notes, ['gain', -14, 'pad', 0, 1, 'reverb', 40, 50, 80, 'gain', -2, 'fade', 'h', 0.01, '-0', 0.4])
}

/** A struck bell: inharmonic partials with a long decay. `ratios` are relative to `f`. */
export function bellStrike(out, tmp, f, seconds, ratios = [1, 2.0, 2.76, 5.4], name = 'bell') {
  const parts = ratios.map((r, i) => synth(join(tmp, `${name}-${i}.wav`), seconds, ['sine', (f * r).toFixed(1)], ['fade', 'l', 0, seconds, seconds * (1 - 0.15 * i) * 0.98, 'gain', -6 - i * 4]))
  return mix(out, parts, ['fade', 'l', 0.003, seconds, seconds * 0.98])
}

/** A car passing by: filtered noise swelling and fading, with tyres and a little engine. */
export function carPass(out, tmp, seconds = 7, seed = 1) {
  const tyre = synth(join(tmp, `car-t-${seed}.wav`), seconds, ['pinknoise'], ['sinc', '250-2200', 'gain', -10])
  const engine = synth(join(tmp, `car-e-${seed}.wav`), seconds, ['sawtooth', `${60 + seed * 7}-${48 + seed * 5}`], ['lowpass', 300, 'gain', -22])
  return mix(out, [tyre, engine], ['fade', 'q', seconds * 0.48, seconds, seconds * 0.48])
}

