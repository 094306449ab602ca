import type { z } from 'zod'
import type { StoryFile } from '../story-file'
import { storyFileSchema } from '../story-file'
import { describePlace } from './describe-place'
import { issueWords, valueAt } from './issue-message'
import type { LoadProblem } from './load-result'
import type { JsonPath } from './plain-data'
import { toJsonPath } from './plain-data'

/**
 * Validation with the strict current schema (architecture.md B4 step 6): the file either is a
 * `StoryFile`, or comes back as a list of problems, each with its place in words taken from the data
 * itself ("Scene 'Harbour' › hotspot 'Door' › target: must be an id like …"). Fields the schema does
 * not know are problems too: the format is strict so that typos surface (B-20).
 */
export type ValidateResult = { ok: true; file: StoryFile } | { ok: false; problems: LoadProblem[] }

/** At most this many problems are listed; a hopeless file does not need ten thousand. */
export const maxProblems = 100

const problemOf = (issue: z.core.$ZodIssue, data: unknown, language: string | undefined): LoadProblem => {
  let path: JsonPath = toJsonPath(issue.path)
  let found = valueAt(data, issue.path)
  if (issue.code === 'invalid_key') {
    found = path[path.length - 1]
    path = path.slice(0, -1)
  }
  const where = describePlace(data, path, language)
  return { where, message: `${where}: ${issueWords(issue, found)}`, path }
}

/** Validates `data` (a whole file, envelope and story) against `storyFileSchema`. */
export const validateStoryFile = (data: unknown, language?: string): ValidateResult => {
  const result = storyFileSchema.safeParse(data)
  if (result.success) return { ok: true, file: result.data }
  const problems: LoadProblem[] = []
  const seen = new Set<string>()
  for (const issue of result.error.issues) {
    const problem = problemOf(issue, data, language)
    if (seen.has(problem.message)) continue
    seen.add(problem.message)
    problems.push(problem)
    if (problems.length >= maxProblems) break
  }
  return { ok: false, problems }
}
