import type { Story } from '@story-schema'
import { storySchema } from '@story-schema'
import { expect } from 'vitest'

/** Fails with the schema's first problem when `story` is not a valid story. */
export const expectValid = (story: Story): void => {
  const result = storySchema.safeParse(story)
  expect(result.success ? [] : result.error.issues.slice(0, 3)).toEqual([])
}
