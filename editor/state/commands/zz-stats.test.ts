import fc from 'fast-check'
import { it } from 'vitest'
import { isCommandError } from '../command'
import { editorTestStory } from '../testing/editor-test-story'
import { randomCommand } from '../testing/random-command'
it('stats', () => {
  const ok: Record<string, number> = {}, bad: Record<string, number> = {}
  fc.assert(fc.property(fc.gen(), fc.integer({ min: 1, max: 30 }), (g, count) => {
    let story = editorTestStory()
    for (let i = 0; i < count; i++) {
      const step = randomCommand(story, (a) => g(() => a))
      try { const next = step.run(story); if (next !== story) ok[step.name] = (ok[step.name] ?? 0) + 1; story = next } catch (e) { if (!isCommandError(e)) throw e; bad[step.name] = (bad[step.name] ?? 0) + 1 }
    }
  }), { numRuns: 300 })
  console.log(JSON.stringify(ok), JSON.stringify(bad))
})
