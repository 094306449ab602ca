import type { Condition, Effect, Story } from '@story-schema'
import fc from 'fast-check'

/** Picks the `index`-th item (wrapping), or undefined from an empty list. */
export const pick = <T>(list: readonly T[], index: number): T | undefined => (list.length === 0 ? undefined : list[index % list.length])

/** An index into whatever list the story has when the step runs. */
export const index = fc.nat({ max: 40 })

/** Text a person might type or paste: ordinary words, empty, too long, line breaks, hidden controls, joiners. */
export const typedText = fc.oneof(
  { weight: 4, arbitrary: fc.string({ minLength: 1, maxLength: 12 }) },
  { weight: 2, arbitrary: fc.constantFrom('Door', 'Red door', 'ന്‍', 'tab\there', ' ') },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.constantFrom('', 'a\nb', 'bad\u202Eword', 'x'.repeat(130), 'x'.repeat(201)) },
)

/** Any number a field might produce, including the awkward ones. */
export const anyNumber = fc.oneof(
  fc.double({ min: -1000, max: 1000, noNaN: true }),
  fc.integer({ min: -400, max: 400 }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 180, -180, 179.96, 90.04, 0.004, 1e10),
)

/** A variable name: one the story has, a new one, a reserved one or a malformed one. */
export const variableName = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('hasKey', 'score') },
  { weight: 2, arbitrary: fc.constantFrom('coins', 'Score', '__proto__', 'constructor', 'my name', '1st', '') },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,8}$/) },
)

/** A variable value of any type (some out of range). */
export const anyValue = fc.oneof(fc.boolean(), anyNumber, typedText)

const sceneIdOf = (story: Story, i: number) => pick(story.scenes, i)?.id ?? 'scene:none'

/** A condition built against the story (depth ≤ 3), sometimes naming what does not exist. */
export const conditionFor = (story: Story): fc.Arbitrary<Condition> =>
  fc.letrec<{ condition: Condition }>((tie) => ({
    condition: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.record({ type: fc.constant('compare' as const), variable: variableName, op: fc.constantFrom('eq', 'ne', 'lt', 'le', 'gt', 'ge'), value: anyValue }),
      index.map((i) => ({ type: 'visited' as const, sceneId: sceneIdOf(story, i) as never })),
      tie('condition').map((condition) => ({ type: 'not' as const, condition })),
      fc.array(tie('condition'), { maxLength: 2 }).map((conditions) => ({ type: 'all' as const, conditions })),
    ),
  })).condition.filter((condition) => JSON.stringify(condition).split('"type"').length <= 4)

/** An effect built against the story, sometimes with values the format refuses. */
export const effectFor = (story: Story): fc.Arbitrary<Effect> =>
  fc.oneof(
    fc.record({ type: fc.constant('set' as const), variable: variableName, value: anyValue }),
    fc.record({ type: fc.constant('add' as const), variable: variableName, amount: anyNumber }),
    fc.record({ type: fc.constant('toggle' as const), variable: variableName }),
    index.map((i) => ({ type: 'goTo' as const, sceneId: sceneIdOf(story, i) as never })),
    fc.record({ type: fc.constant('playSound' as const), assetId: fc.constantFrom('asset:bell', 'asset:gone', 'bell'), gain: anyNumber }),
    fc
      .option(typedText, { nil: undefined })
      .map((message) => ({ type: 'end' as const, ...(message === undefined ? {} : { message: { en: message } }) })),
  ) as fc.Arbitrary<Effect>
