import type { JsonPath } from '../plain-data'
import { isRecord, ownValue, setOwn } from '../plain-data'
import type { RepairLog } from './repair-note'
import { repairLanguageTag } from './repair-text'
import { languageTagPattern } from '../../text'

/**
 * Repairs the story's `language` and `languages`: tags in canonical case, and the story language
 * first in `languages` (added when missing, moved when elsewhere; a missing list becomes just it).
 */
export const repairLanguages = (story: unknown, path: JsonPath, log: RepairLog): void => {
  if (!isRecord(story)) return
  repairLanguageTag(story, 'language', path, log)
  const languages = ownValue(story, 'languages')
  if (Array.isArray(languages)) languages.forEach((_, index) => repairLanguageTag(languages, index, [...path, 'languages'], log))
  const language = ownValue(story, 'language')
  if (typeof language !== 'string' || !languageTagPattern.test(language)) return
  const languagesPath = [...path, 'languages']
  if (languages === undefined) {
    setOwn(story, 'languages', [language])
    log.add({
      code: 'added-story-language',
      path: languagesPath,
      before: undefined,
      after: [language],
      reason: `The list of languages was missing, so it was made with the story's language, "${language}".`,
    })
    return
  }
  if (!Array.isArray(languages) || languages[0] === language) return
  const before = [...languages]
  const at = languages.indexOf(language)
  if (at >= 0) languages.splice(at, 1)
  languages.unshift(language)
  log.add({
    code: at >= 0 ? 'moved-story-language-first' : 'added-story-language',
    path: languagesPath,
    before,
    after: [...languages],
    reason:
      at >= 0
        ? `The story's language, "${language}", must come first in the list of languages, so it was moved there.`
        : `The story's language, "${language}", was missing from the list of languages, so it was added first.`,
  })
}
