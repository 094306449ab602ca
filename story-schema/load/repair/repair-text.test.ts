import { describe, expect, it } from 'vitest'
import { createRepairLog } from './repair-note'
import { repairLanguageTag, repairLocalizedText, repairPlainText, repairTextFields } from './repair-text'

describe('repairPlainText', () => {
  it('removes bidi overrides and control characters, keeping joiners and line breaks (B-24)', () => {
    const record = { name: 'Sam\u202E Lee\u0007', body: 'a\u200Db\nc' }
    const log = createRepairLog()
    repairPlainText(record, 'name', ['story'], log)
    repairPlainText(record, 'body', ['story'], log)
    expect(record).toEqual({ name: 'Sam Lee', body: 'a\u200Db\nc' })
    expect(log.repairs).toEqual([
      expect.objectContaining({ code: 'removed-hidden-characters', path: ['story', 'name'], before: 'Sam\u202E Lee\u0007', after: 'Sam Lee' }),
    ])
  })

  it('keeps HTML exactly as written: it is shown as text (B-25)', () => {
    const record = { body: '<img src=x onerror=alert(1)>' }
    const log = createRepairLog()
    repairPlainText(record, 'body', [], log)
    expect(record.body).toBe('<img src=x onerror=alert(1)>')
    expect(log.repairs).toEqual([])
  })

  it('never shortens text', () => {
    const record = { title: 'x'.repeat(5000) }
    repairPlainText(record, 'title', [], createRepairLog())
    expect(record.title).toHaveLength(5000)
  })
})

describe('repairLanguageTag', () => {
  it('puts tags into canonical case, and leaves what is not a tag', () => {
    const record = { a: 'EN-gb', b: 'pt_br', c: 'english', d: 'nb' }
    const log = createRepairLog()
    for (const key of ['a', 'b', 'c', 'd']) repairLanguageTag(record, key, [], log)
    expect(record).toEqual({ a: 'en-GB', b: 'pt-BR', c: 'english', d: 'nb' })
    expect(log.repairs.map((repair) => repair.code)).toEqual(['tidied-language-tag', 'tidied-language-tag'])
  })
})

describe('repairLocalizedText', () => {
  it('canonicalises language keys in order, unless that would clash, and cleans every text', () => {
    const record = { title: { EN: 'Hi\u202E', 'pt-br': 'Oi', nb: 'Hei', NB: 'Hei!' } }
    const log = createRepairLog()
    repairLocalizedText(record, 'title', ['story'], log)
    expect(Object.entries(record.title)).toEqual([
      ['en', 'Hi'],
      ['pt-BR', 'Oi'],
      ['nb', 'Hei'],
      ['NB', 'Hei!'],
    ])
    expect(log.repairs.map((repair) => [repair.code, repair.path])).toEqual([
      ['tidied-language-tag', ['story', 'title', 'en']],
      ['tidied-language-tag', ['story', 'title', 'pt-BR']],
      ['removed-hidden-characters', ['story', 'title', 'en']],
    ])
  })

  it('ignores values that are not text per language', () => {
    const record = { title: 'plain', label: ['x'] }
    const log = createRepairLog()
    repairTextFields(record, [], log, { localized: ['title', 'label', 'missing'] })
    expect(record).toEqual({ title: 'plain', label: ['x'] })
    expect(log.repairs).toEqual([])
  })
})
