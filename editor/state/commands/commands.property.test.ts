import { storySchema } from '@story-schema'
import fc from 'fast-check'
import { describe, it } from 'vitest'
import { isCommandError } from '../command'
import { editorTestStory } from '../testing/editor-test-story'
import { randomCommand } from '../testing/random-command'

describe('every command keeps the story valid', () => {
  it('random command sequences from a valid story always give a story storySchema accepts', () => {
    fc.assert(
      fc.property(fc.gen(), fc.integer({ min: 1, max: 30 }), (g, count) => {
        let story = editorTestStory()
        const done: string[] = []
        for (let i = 0; i < count; i++) {
          const step = randomCommand(story, (arbitrary) => g(() => arbitrary))
          try {
            story = step.run(story)
            done.push(step.name)
          } catch (error) {
            if (!isCommandError(error)) throw error
            done.push(`${step.name} (refused: ${error.message})`)
          }
          const result = storySchema.safeParse(story)
          if (!result.success) throw new Error(`After ${done.join(', ')}: ${JSON.stringify(result.error.issues.slice(0, 2))}`)
        }
      }),
      { numRuns: 300 },
    )
  }, 30_000) // ≈ 2 s alone; the default 5 s is too tight when the whole suite shares two cores
})
