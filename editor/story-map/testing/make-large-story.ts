import type { Hotspot, Scene, Story } from '@story-schema'
import { fakeLink, fakeScene, fakeStory } from '../../../story-schema/testing/fake-story'

const name = (i: number) => `s${i}`

/** A billboard with two choices, each leading to a scene. */
const billboard = (i: number, targets: [number, number]): Hotspot =>
  ({
    id: `hotspot:ask-${i}`,
    kind: 'billboard',
    yawDeg: 90,
    pitchDeg: 0,
    sizeDeg: 10,
    label: { en: `Question ${i}` },
    title: { en: `Which way from ${i}?` },
    choices: targets.map((target, c) => ({
      id: `choice:c${i}-${c}`,
      label: { en: `Way ${c + 1}` },
      targetSceneId: `scene:${name(target)}`,
      effects: [],
    })),
  }) as unknown as Hotspot

/**
 * A valid, deterministic story of `n` scenes (n ≥ 2) for size tests: each scene links to the next,
 * every third has a billboard whose choices jump ahead and back, every fifth link also runs a `goTo`,
 * and the last scene is an ending. About 2.3 exits per scene.
 */
export const makeLargeStory = (n: number): Story => {
  const scenes: Scene[] = Array.from({ length: n }, (_, i) => {
    if (i === n - 1) return fakeScene(name(i), { title: { en: `Scene ${i}` }, ending: { message: { en: 'The end.' } } })
    const next = fakeLink(`next-${i}`, name(i + 1), {
      label: { en: `On to ${i + 1}` },
      ...(i % 5 === 0 ? { effects: [{ type: 'goTo', sceneId: `scene:${name((i * 7 + 3) % n)}` }] } : {}),
    } as Partial<Hotspot>)
    const hotspots = i % 3 === 0 ? [next, billboard(i, [Math.min(n - 1, i + 2), (i * 13) % n])] : [next]
    return fakeScene(name(i), { title: { en: `Scene ${i}` }, hotspots })
  })
  return fakeStory({ scenes })
}
