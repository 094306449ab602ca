import type { Story } from '../records/story'
import { fakeLink, fakeScene, fakeStory } from '../testing/fake-story'
import { assetId, fakeAudio, fakeBillboard, fakeChoice, fakeSoundHotspot, sceneId } from './testing-fakes'

/**
 * A small story that uses every engine feature, for the engine's tests:
 * yard (start) ─ to-hall (+1 coin) → hall (plays an echo) ─ to-yard → yard
 * yard ─ chest: "take" (sets hasKey, only while not taken) / "leave" → street, which goes straight on to square
 * yard ─ door (only with the key) → vault (an ending); yard ─ bell (a sound)
 * square ─ to-nowhere → a scene that does not exist; square ─ quit: "stop" ends the story
 */
export const engineTestStory = (): Story => {
  const story = fakeStory({
    languages: ['en', 'nb'],
    variables: [
      { name: 'hasKey', type: 'flag', initial: false },
      { name: 'coins', type: 'number', initial: 0 },
      { name: 'name', type: 'text', initial: '' },
    ],
    scenes: [
      fakeScene('yard', {
        onEnter: [{ type: 'set', variable: 'name', value: 'yard' }],
        hotspots: [
          fakeLink('to-hall', 'hall', { effects: [{ type: 'add', variable: 'coins', amount: 1 }] }),
          fakeBillboard('chest', [
            fakeChoice('take', undefined, {
              effects: [{ type: 'set', variable: 'hasKey', value: true }],
              visibleIf: { type: 'compare', variable: 'hasKey', op: 'eq', value: false },
            }),
            fakeChoice('leave', 'street'),
          ]),
          fakeLink('door', 'vault', { visibleIf: { type: 'compare', variable: 'hasKey', op: 'eq', value: true } }),
          fakeSoundHotspot('bell', 'bell'),
        ],
      }),
      fakeScene('hall', {
      onEnter: [{ type: 'playSound', assetId: assetId('echo'), gain: 0.3 }],
      hotspots: [fakeLink('to-yard', 'yard')],
    }),
      fakeScene('vault', { ending: { message: { en: 'Rich!', nb: 'Rik!' } } }),
      fakeScene('street', { onEnter: [{ type: 'goTo', sceneId: sceneId('square') }] }),
      fakeScene('square', {
        hotspots: [
          fakeLink('to-nowhere', 'nowhere'),
          fakeBillboard('quit', [fakeChoice('stop', undefined, { effects: [{ type: 'end', message: { en: 'Bye.' } }] })]),
        ],
      }),
    ],
  })
  return { ...story, assets: [...story.assets, fakeAudio('bell'), fakeAudio('echo')] }
}
