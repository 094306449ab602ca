import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Condition } from '../records/condition'
import { compareOps } from '../records/condition'
import type { Effect } from '../records/effect'
import type { Choice, Hotspot } from '../records/hotspot'
import type { Story } from '../records/story'
import { storySchema } from '../records/story'
import { findScene } from '../selectors'
import { fakeLink, fakeScene, fakeStory } from '../testing/fake-story'
import { choose } from './choose'
import type { RefusalReason } from './engine-effect'
import { goBack } from './go-back'
import { setLanguage } from './pick-language'
import { restoreState, serializeState } from './serialize-state'
import { startStory } from './start-story'
import type { StoryState } from './story-state'
import { assetId, fakeAudio, fakeBillboard, fakeChoice, fakeSoundHotspot, sceneId } from './testing-fakes'
import { availableActions, availableChoices, visibleHotspots } from './visible-hotspots'

/**
 * Property tests: random valid stories (scene graphs of links, billboards whose choices set / add /
 * toggle variables, visibleIf conditions, goTo effects, endings, paths to missing scenes, goTo loops)
 * and random walks through them.
 */
const maxScenes = 7
const sceneName = (index: number) => (index >= maxScenes ? 'missing' : `s${index}`)
const variableName = fc.oneof({ arbitrary: fc.constantFrom('f0', 'f1', 'n0', 't0'), weight: 8 }, { arbitrary: fc.constant('undeclared'), weight: 1 })
const value = fc.oneof(fc.boolean(), fc.integer({ min: -3, max: 3 }), fc.constantFrom('a', 'b'))

type HotspotPlan =
  | { kind: 'link'; target: number; effects: Effect[]; visibleIf?: Condition }
  | { kind: 'billboard'; choices: { target: number | null; effects: Effect[]; visibleIf?: Condition }[]; visibleIf?: Condition }
  | { kind: 'sound'; visibleIf?: Condition }

/** Plans for a story of `count` scenes: targets are mostly scenes it has, sometimes scene:missing. */
const plansFor = (count: number) => {
  const target = fc.oneof(
    { arbitrary: fc.noBias(fc.integer({ min: 0, max: count - 1 })), weight: 12 },
    { arbitrary: fc.constant(maxScenes), weight: 1 },
  )
  const targetId = target.map((i) => sceneId(sceneName(i)))
  const condition: fc.Arbitrary<Condition> = fc.letrec<{ c: Condition }>((tie) => ({
    c: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.record({ type: fc.constant('compare' as const), variable: variableName, op: fc.constantFrom(...compareOps), value }),
      fc.record({ type: fc.constant('visited' as const), sceneId: targetId }),
      fc.record({ type: fc.constant('not' as const), condition: tie('c') }),
      fc.record({ type: fc.constantFrom('all' as const, 'any' as const), conditions: fc.array(tie('c'), { maxLength: 3 }) }),
    ),
  })).c
  const effect: fc.Arbitrary<Effect> = fc.oneof(
    { arbitrary: fc.record({ type: fc.constant('set' as const), variable: variableName, value }), weight: 6 },
    { arbitrary: fc.record({ type: fc.constant('add' as const), variable: variableName, amount: fc.integer({ min: -5e8, max: 5e8 }) }), weight: 6 },
    { arbitrary: fc.record({ type: fc.constant('toggle' as const), variable: variableName }), weight: 6 },
    { arbitrary: fc.record({ type: fc.constant('goTo' as const), sceneId: targetId }), weight: 2 },
    { arbitrary: fc.record({ type: fc.constant('playSound' as const), assetId: fc.constant(assetId('bell')) }), weight: 2 },
    { arbitrary: fc.constant({ type: 'end' as const }), weight: 1 },
  )
  const effects = fc.array(effect, { maxLength: 2 })
  const visibleIf = fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary: condition, weight: 1 })
  const hotspot: fc.Arbitrary<HotspotPlan> = fc.oneof(
    { arbitrary: fc.record({ kind: fc.constant('link' as const), target, effects, visibleIf }), weight: 3 },
    {
      arbitrary: fc.record({
        kind: fc.constant('billboard' as const),
        choices: fc.array(fc.record({ target: fc.option(target, { freq: 3 }), effects, visibleIf }), { minLength: 1, maxLength: 3 }),
        visibleIf,
      }),
      weight: 3,
    },
    { arbitrary: fc.record({ kind: fc.constant('sound' as const), visibleIf }), weight: 1 },
  )
  const scene = fc.record({
    hotspots: fc.array(hotspot, { minLength: 1, maxLength: 4 }),
    onEnter: fc.oneof({ arbitrary: fc.constant<Effect[]>([]), weight: 3 }, { arbitrary: fc.array(effect, { maxLength: 2 }), weight: 1 }),
    ending: fc.nat(5).map((n) => n === 0),
  })
  return fc.array(scene, { minLength: count, maxLength: count })
}

const withIf = <T extends object>(record: T, condition: Condition | undefined): T => (condition ? { ...record, visibleIf: condition } : record)

const buildHotspot = (plan: HotspotPlan, name: string, index: number): Hotspot => {
  const place = { yawDeg: -170 + index * 40, pitchDeg: 0 }
  if (plan.kind === 'link') return withIf(fakeLink(name, sceneName(plan.target), { ...place, effects: plan.effects }), plan.visibleIf)
  if (plan.kind === 'sound') return withIf(fakeSoundHotspot(name, 'bell', place), plan.visibleIf)
  const choices = plan.choices.map((c, k): Choice => {
    const choice = fakeChoice(`${name}-c${k}`, c.target === null ? undefined : sceneName(c.target), { effects: c.effects })
    return withIf(choice, c.visibleIf)
  })
  return withIf(fakeBillboard(name, choices, place), plan.visibleIf)
}

/** A random story whose start scene exists; its links may lead to scene:missing and its goTo effects may loop. */
const storyArbitrary: fc.Arbitrary<Story> = fc
  .record({ scenes: fc.noBias(fc.integer({ min: 1, max: maxScenes })).chain(plansFor), twoLanguages: fc.boolean() })
  .map(({ scenes, twoLanguages }) => {
    const story = fakeStory({
      languages: twoLanguages ? ['en', 'nb'] : ['en'],
      variables: [
        { name: 'f0', type: 'flag', initial: false },
        { name: 'f1', type: 'flag', initial: true },
        { name: 'n0', type: 'number', initial: 0 },
        { name: 't0', type: 'text', initial: 'a' },
      ],
      scenes: scenes.map((plan, i) =>
        fakeScene(sceneName(i), {
          hotspots: plan.hotspots.map((h, j) => buildHotspot(h, `s${i}-h${j}`, j)),
          onEnter: plan.onEnter,
          ...(plan.ending && i > 0 ? { ending: { message: { en: `End ${i}` } } } : {}),
        }),
      ),
    })
    return deepFreeze({ ...story, assets: [...story.assets, fakeAudio('bell')] })
  })

/** Freezes a value all the way down, so any mutation by the engine throws. */
const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}

type Step = { kind: 'act'; pick: number } | { kind: 'back' } | { kind: 'language' } | { kind: 'save' }
const steps = fc.array(
  fc.oneof(
    { arbitrary: fc.record({ kind: fc.constant('act' as const), pick: fc.noBias(fc.nat(1000)) }), weight: 8 },
    { arbitrary: fc.constant({ kind: 'back' as const }), weight: 1 },
    { arbitrary: fc.constant({ kind: 'language' as const }), weight: 1 },
    { arbitrary: fc.constant({ kind: 'save' as const }), weight: 1 },
  ),
  { minLength: 3, maxLength: 30, size: 'max' },
)

const refusals: RefusalReason[] = ['missing-scene', 'goto-loop']

/** Checks the invariants of one state in a story. */
const expectSound = (story: Story, state: StoryState) => {
  expect(findScene(story, state.sceneId)).toBeDefined()
  expect(state.history.at(-1)).toBe(state.sceneId)
  expect(new Set(state.visited).size).toBe(state.visited.length)
  expect(Object.keys(state.variables)).toEqual(story.variables.map((v) => v.name))
  expect(restoreState(story, serializeState(state))).toEqual(state)
  expect(serializeState(restoreState(story, serializeState(state))!)).toBe(serializeState(state))
  if (state.ended) expect(availableActions(story, state)).toEqual([])
}

/** Walks a story, checking every available action at every state; returns the states seen. */
const walk = (story: Story, plan: Step[]): StoryState[] => {
  let state = deepFreeze(startStory(story).state)
  const seen = [state]
  for (const step of plan) {
    expectSound(story, state)
    const actions = availableActions(story, state)
    for (const action of actions) {
      const result = choose(story, state, action)
      if (result.ok) expect(findScene(story, result.state.sceneId)).toBeDefined()
      else expect(refusals).toContain(result.reason)
    }
    let next: StoryState = state
    if (step.kind === 'act' && actions.length > 0) {
      const result = choose(story, state, actions[step.pick % actions.length]!)
      if (result.ok) next = result.state
    } else if (step.kind === 'back') {
      const result = goBack(story, state)
      if (result.ok) next = result.state
    } else if (step.kind === 'language') {
      next = setLanguage(story, state, state.language === 'en' ? 'nb' : 'en')
    } else if (step.kind === 'save') {
      next = restoreState(story, serializeState(state))!
    }
    expect(next.visited.slice(0, state.visited.length)).toEqual(state.visited)
    state = deepFreeze(next)
    seen.push(state)
  }
  expectSound(story, state)
  return seen
}

describe('engine properties', () => {
  it('generates stories the schema accepts', () => {
    fc.assert(
      fc.property(storyArbitrary, (story) => {
        expect(storySchema.safeParse(story).error).toBeUndefined()
      }),
      { numRuns: 50 },
    )
  }, 60_000)

  it('on random walks: actions lead to existing scenes or refuse cleanly, states round-trip, visited only grows', () => {
    fc.assert(
      fc.property(storyArbitrary, steps, (story, plan) => {
        walk(story, plan)
      }),
      { numRuns: 300 },
    )
  }, 60_000)

  it('never throws, whatever hotspot or choice id is asked for', () => {
    const anyId = fc.oneof(fc.string(), fc.constantFrom('hotspot:s0-h0', 'hotspot:s0-h1', 'hotspot:s1-h0', 'choice:s0-h0-c0'))
    const ask = fc.record({ hotspotId: anyId, choiceId: fc.option(anyId, { nil: undefined }) })
    fc.assert(
      fc.property(storyArbitrary, steps, fc.array(ask, { maxLength: 10 }), (story, plan, asks) => {
        const states = walk(story, plan)
        for (const state of states) {
          for (const request of asks) {
            const result = choose(story, state, request)
            if (result.ok) expect(findScene(story, result.state.sceneId)).toBeDefined()
            visibleHotspots(story, state)
            availableChoices(story, state, request.hotspotId)
          }
        }
      }),
      { numRuns: 100 },
    )
  }, 60_000)
})
