import { describe, expect, it } from 'vitest'
import { repairLanguages } from './repair-languages'
import { createRepairLog } from './repair-note'

const run = (story: Record<string, unknown>) => {
  const log = createRepairLog()
  repairLanguages(story, ['story'], log)
  return { story, codes: log.repairs.map((repair) => repair.code) }
}

describe('repairLanguages', () => {
  it('leaves a story whose language comes first alone', () => {
    expect(run({ language: 'en', languages: ['en', 'nb'] })).toEqual({ story: { language: 'en', languages: ['en', 'nb'] }, codes: [] })
  })

  it('puts a missing story language first', () => {
    expect(run({ language: 'nb', languages: ['en'] })).toEqual({ story: { language: 'nb', languages: ['nb', 'en'] }, codes: ['added-story-language'] })
  })

  it('moves the story language to the front', () => {
    expect(run({ language: 'nb', languages: ['en', 'nb'] })).toEqual({
      story: { language: 'nb', languages: ['nb', 'en'] },
      codes: ['moved-story-language-first'],
    })
  })

  it('makes a missing list of just the story language', () => {
    expect(run({ language: 'en' })).toEqual({ story: { language: 'en', languages: ['en'] }, codes: ['added-story-language'] })
  })

  it('canonicalises tags first, so "EN" and "en" are the same language', () => {
    expect(run({ language: 'EN', languages: ['nb', 'en'] })).toEqual({
      story: { language: 'en', languages: ['en', 'nb'] },
      codes: ['tidied-language-tag', 'moved-story-language-first'],
    })
  })

  it('does nothing it cannot be sure of: no language, a bad tag, languages not a list', () => {
    expect(run({ languages: ['en'] }).codes).toEqual([])
    expect(run({ language: 'english', languages: ['en'] }).codes).toEqual([])
    expect(run({ language: 'en', languages: 'en' }).codes).toEqual([])
  })
})
