// Looping ambient beds (30 s, crossfaded into themselves), made from filtered noise and synthesized events.
import { join } from 'node:path'
import { synth, mix, placeAt, loopify } from './sox.mjs'
import { birdPhrase, gullCry, carPass } from './voices.mjs'

const LEN = 30, XF = 3, TOTAL = LEN + XF

/** Street hum: far traffic rumble, city hiss, three cars passing, a sparrow or two. */
function streetHum(out, tmp) {
  const rumble = synth(join(tmp, 'sh-rumble.wav'), TOTAL, ['brownnoise'], ['lowpass', 220, 'tremolo', 0.07, 30, 'gain', -4])
  const hiss = synth(join(tmp, 'sh-hiss.wav'), TOTAL, ['pinknoise'], ['sinc', '400-3000', 'tremolo', 0.13, 25, 'gain', -26])
  const layers = [rumble, hiss]
  ;[[2, 1], [13.5, 2], [23, 3]].forEach(([t, s]) => layers.push(placeAt(join(tmp, `sh-car-at-${s}.wav`), carPass(join(tmp, `sh-car-${s}.wav`), tmp, 7, s), t, TOTAL)))
  ;[[7, 11], [19, 12]].forEach(([t, s]) => layers.push(placeAt(join(tmp, `sh-bird-at-${s}.wav`), birdPhrase(join(tmp, `sh-bird-${s}.wav`), tmp, s, 3200), t, TOTAL)))
  const raw = mix(join(tmp, 'sh-raw.wav'), layers, ['highpass', 30, 'gain', '-n', -12])
  return loopify(out, raw, LEN, XF, tmp)
}

/** Park: wind in leaves, distant traffic, blackbirds and tits around. */
function parkBirds(out, tmp) {
  const wind = synth(join(tmp, 'pk-wind.wav'), TOTAL, ['pinknoise'], ['sinc', '150-1800', 'tremolo', 0.17, 55, 'gain', -12])
  const far = synth(join(tmp, 'pk-far.wav'), TOTAL, ['brownnoise'], ['lowpass', 180, 'gain', -12])
  const layers = [wind, far]
  ;[[1.5, 21, 2000], [6, 22, 3400], [11, 23, 1800], [16.5, 24, 3800], [22, 25, 2100], [27, 26, 3000]].forEach(([t, s, f]) =>
    layers.push(placeAt(join(tmp, `pk-bird-at-${s}.wav`), birdPhrase(join(tmp, `pk-bird-${s}.wav`), tmp, s, f), t, TOTAL)))
  const raw = mix(join(tmp, 'pk-raw.wav'), layers, ['highpass', 30, 'gain', '-n', -12])
  return loopify(out, raw, LEN, XF, tmp)
}

/** Harbour: water lapping at the quay, a slow swell, rigging wind, gulls far away. */
function harbourWaves(out, tmp) {
  const swell = synth(join(tmp, 'hw-swell.wav'), TOTAL, ['brownnoise'], ['lowpass', 450, 'tremolo', 0.11, 70, 'gain', -4])
  const lap = synth(join(tmp, 'hw-lap.wav'), TOTAL, ['pinknoise'], ['sinc', '300-1400', 'tremolo', 0.45, 75, 'gain', -14])
  const air = synth(join(tmp, 'hw-air.wav'), TOTAL, ['pinknoise'], ['sinc', '2000-6000', 'tremolo', 0.09, 40, 'gain', -34])
  const layers = [swell, lap, air]
  ;[[4, 31], [17, 32], [26, 33]].forEach(([t, s]) => layers.push(placeAt(join(tmp, `hw-gull-at-${s}.wav`), gullCry(join(tmp, `hw-gull-${s}.wav`), tmp, s), t, TOTAL)))
  const raw = mix(join(tmp, 'hw-raw.wav'), layers, ['highpass', 30, 'gain', '-n', -12])
  return loopify(out, raw, LEN, XF, tmp)
}

/** Open sea: steady wind, surf on the breakwater stones. */
function seaWind(out, tmp) {
  const wind = synth(join(tmp, 'sw-wind.wav'), TOTAL, ['pinknoise'], ['sinc', '200-1200', 'tremolo', 0.06, 60, 'gain', -8])
  const gust = synth(join(tmp, 'sw-gust.wav'), TOTAL, ['pinknoise'], ['sinc', '700-2600', 'tremolo', 0.21, 80, 'gain', -20])
  const surf = synth(join(tmp, 'sw-surf.wav'), TOTAL, ['brownnoise'], ['lowpass', 900, 'tremolo', 0.14, 85, 'gain', -3])
  const raw = mix(join(tmp, 'sw-raw.wav'), [wind, gust, surf], ['highpass', 30, 'gain', '-n', -12])
  return loopify(out, raw, LEN, XF, tmp)
}

/** Bed name → [story slug, maker, description]. */
export const beds = {
  'street-hum': ['my-street', streetHum],
  'park-birds': ['my-street', parkBirds],
  'harbour-waves': ['harbour-at-dawn', harbourWaves],
  'sea-wind': ['harbour-at-dawn', seaWind],
}
