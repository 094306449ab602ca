import type { Story } from '@story-schema'
import { parseStoryFile } from '@story-schema'

/**
 * The one door for story files into the player: story-schema's parseStoryFile (migrate, repair,
 * validate, check), with its error turned into words for the error screen. Repairs are applied
 * silently and logged (architecture.md B4).
 */
export type StoryLoad = { ok: true; story: Story } | { ok: false; message: string; problems: string[] }

export const loadStoryText = (text: string | ArrayBuffer): StoryLoad => {
  const result = parseStoryFile(text)
  if (result.ok) {
    if (result.repairs.length > 0) console.info('Storysphere repaired the story while loading it:', result.repairs)
    return { ok: true, story: result.story }
  }
  const { error } = result
  const problems = error.type === 'invalidStory' ? error.problems.slice(0, 20).map((problem) => problem.message) : []
  return { ok: false, message: error.message, problems }
}
