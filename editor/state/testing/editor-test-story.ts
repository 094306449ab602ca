import type { Asset, Hotspot, Story } from '@story-schema'
import { fakeLink, fakeScene, fakeStory } from '../../../story-schema/testing/fake-story'

const hash = (digit: string) => digit.repeat(64)

/** A billboard with two choices (one leads to "b", one sets "score") and a condition on "hasKey". */
export const testBillboard = {
  id: 'hotspot:sign',
  kind: 'billboard',
  yawDeg: 90,
  pitchDeg: 0,
  sizeDeg: 10,
  label: { en: 'Sign' },
  title: { en: 'Welcome' },
  visibleIf: { type: 'compare', variable: 'hasKey', op: 'eq', value: true },
  choices: [
    { id: 'choice:go', label: { en: 'Go on' }, targetSceneId: 'scene:b', effects: [] },
    { id: 'choice:stay', label: { en: 'Stay' }, effects: [{ type: 'add', variable: 'score', amount: 1 }] },
  ],
} as unknown as Hotspot

const audio = {
  id: 'asset:bell',
  kind: 'audio',
  path: 'audio/bell.mp3',
  mime: 'audio/mpeg',
  bytes: 100,
  sha256: hash('1'),
  durationMs: 1000,
} as unknown as Asset

const image = {
  id: 'asset:map',
  kind: 'image',
  path: 'images/map.png',
  mime: 'image/png',
  bytes: 100,
  sha256: hash('2'),
  widthPx: 400,
  heightPx: 300,
  derivatives: [],
  description: { en: 'A map.' },
} as unknown as Asset

/**
 * A small valid story for editor tests: scenes "a" (a link "Door" to b, the billboard "Sign"),
 * "b" (an ending) and "c" (a "go to b" on entering); variables hasKey (flag) and score (number);
 * a panorama per scene, a sound and a flat picture.
 */
export const editorTestStory = (): Story => {
  const base = fakeStory({
    scenes: [
      fakeScene('a', { hotspots: [fakeLink('door', 'b', { label: { en: 'Door' } }), testBillboard] }),
      fakeScene('b', { ending: { message: { en: 'The end.' } } }),
      fakeScene('c', { onEnter: [{ type: 'goTo', sceneId: 'scene:b' }] } as never),
    ],
  })
  return {
    ...base,
    variables: [
      { name: 'hasKey', type: 'flag', initial: false },
      { name: 'score', type: 'number', initial: 0 },
    ],
    assets: [...base.assets, audio, image],
  }
}
