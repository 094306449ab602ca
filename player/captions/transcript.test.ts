import { describe, expect, it } from 'vitest'
import type { Narration, Scene } from '@story-schema'
import { positional, soundHotspot, soundScene } from '../audio/testing/audio-story'
import { sceneTranscript } from './transcript'

const scene: Scene = soundScene('harbour', {
  soundscape: {
    beds: [],
    sounds: [
      positional('gulls', 'gulls', -90, { caption: { en: '[gulls, to the left]', nb: '[måker, til venstre]' } }),
      positional('quiet', 'quiet', 0),
    ],
  },
  narrations: [
    { language: 'en', cues: [{ startMs: 0, endMs: 2000, speaker: 'Sam', text: 'Welcome.' }, { startMs: 2000, endMs: 3000, text: 'Look left.' }] },
    { language: 'nb', cues: [{ startMs: 0, endMs: 2500, text: 'Velkommen.' }] },
  ] as Narration[],
  hotspots: [soundHotspot('bell', 'bell', { caption: { en: '[a bell rings]' } }), soundHotspot('mute', 'x')],
})

describe('sceneTranscript (C-13)', () => {
  it('lists sounds and speech in time order, then the sounds the viewer can start', () => {
    expect(sceneTranscript(scene, { language: 'en', storyLanguage: 'en' })).toEqual([
      { kind: 'sound', startMs: 0, endMs: null, speaker: null, text: '[gulls, to the left]', sourceId: 'sound:gulls' },
      { kind: 'speech', startMs: 0, endMs: 2000, speaker: 'Sam', text: 'Welcome.', sourceId: 'en' },
      { kind: 'speech', startMs: 2000, endMs: 3000, speaker: null, text: 'Look left.', sourceId: 'en' },
      { kind: 'hotspot-sound', startMs: null, endMs: null, speaker: null, text: '[a bell rings]', sourceId: 'hotspot:bell' },
    ])
  })

  it('follows the language, falling back per text, and can start with the description', () => {
    const nb = sceneTranscript(scene, { language: 'nb', storyLanguage: 'en', includeDescription: true })
    expect(nb.map((entry) => entry.text)).toEqual([
      'The place called harbour.',
      '[måker, til venstre]',
      'Velkommen.',
      '[a bell rings]',
    ])
    expect(sceneTranscript(soundScene('empty'), { language: 'en', storyLanguage: 'en' })).toEqual([])
  })
})
