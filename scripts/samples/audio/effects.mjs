// Positional sounds (a bus idling, a blackbird, a gull, a foghorn) and hotspot sound effects (bells).
import { join } from 'node:path'
import { synth, mix, placeAt } from './sox.mjs'
import { birdPhrase, gullCry, bellStrike } from './voices.mjs'

/** A diesel bus idling: low sawtooth pair beating against each other, rattle, a little hiss. 4 s loop. */
function busIdle(out, tmp) {
  const hum = synth(join(tmp, 'bus-hum.wav'), 4, ['sawtooth', 37, 'sawtooth', 'mix', 74.5], ['lowpass', 380, 'tremolo', 12.5, 45, 'gain', -8])
  const rattle = synth(join(tmp, 'bus-rattle.wav'), 4, ['brownnoise'], ['lowpass', 700, 'tremolo', 25, 60, 'gain', -14])
  return mix(out, [hum, rattle], ['gain', '-n', -3])
}

function blackbird(out, tmp) {
  const a = birdPhrase(join(tmp, 'bb-a.wav'), tmp, 41, 2100), b = birdPhrase(join(tmp, 'bb-b.wav'), tmp, 42, 1800)
  return mix(out, [a, placeAt(join(tmp, 'bb-b-at.wav'), b, 2.4, 5)], ['pad', 0, 0.4, 'gain', '-n', -3])
}

function gull(out, tmp) {
  const a = gullCry(join(tmp, 'g-a.wav'), tmp, 51), b = gullCry(join(tmp, 'g-b.wav'), tmp, 53)
  return mix(out, [a, placeAt(join(tmp, 'g-b-at.wav'), b, 1.9, 4.4)], ['pad', 0, 0.3, 'gain', '-n', -3])
}

/** Foghorn: two slightly detuned low reeds with a slow attack, a long release and harbour echo. */
function foghorn(out, tmp) {
  const reed = synth(join(tmp, 'fh-reed.wav'), 4, ['sawtooth', 98, 'sawtooth', 'mix', 98.8], ['lowpass', 520, 'fade', 'q', 0.6, 4, 1.2, 'pad', 0.1, 2])
  return mix(out, [reed], ['reverb', 70, 40, 100, 'gain', '-n', -3])
}

/** Shop door bell: two quick strikes of a small brass bell. */
function shopBell(out, tmp) {
  const a = bellStrike(join(tmp, 'sb-a.wav'), tmp, 2093, 1.4, [1, 2.01, 3.0, 4.2], 'sb-a')
  const b = bellStrike(join(tmp, 'sb-b.wav'), tmp, 2349, 1.2, [1, 2.01, 3.0, 4.2], 'sb-b')
  return mix(out, [a, placeAt(join(tmp, 'sb-b-at.wav'), b, 0.16, 1.6)], ['reverb', 20, 50, 40, 'gain', '-n', -3])
}

/** Ship's bell: three rings of a bronze bell, outdoors. */
function shipBell(out, tmp) {
  const strikes = [0, 0.7, 1.4].map((t, i) => {
    const s = bellStrike(join(tmp, `shb-${i}.wav`), tmp, 523, 2.4, [1, 2.0, 2.76, 5.4, 8.9], `shb-${i}`)
    return placeAt(join(tmp, `shb-at-${i}.wav`), s, t, 4)
  })
  return mix(out, strikes, ['reverb', 35, 50, 70, 'gain', '-n', -3])
}

/** Effect name → [story slug, maker]. */
export const effects = {
  'bus-idle': ['my-street', busIdle],
  blackbird: ['my-street', blackbird],
  'shop-bell': ['my-street', shopBell],
  gull: ['harbour-at-dawn', gull],
  foghorn: ['harbour-at-dawn', foghorn],
  'ship-bell': ['harbour-at-dawn', shipBell],
}
