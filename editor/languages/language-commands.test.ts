import type { SceneId } from '@story-schema'
import { checkStory } from '@story-schema'
import { describe, expect, it } from 'vitest'
import { editorTestStory } from '../state/testing/editor-test-story'
import { expectValid } from '../state/testing/expect-valid'
import { addStoryLanguage, removeStoryLanguage } from './language-commands'
import { setTextAt } from './set-text-at'
import { translatableTexts } from './translatable-texts'

const story = editorTestStory()
const untranslated = (s: typeof story, language: string) =>
  checkStory(s).filter((issue) => issue.code === 'untranslated-text' && issue.ref.language === language).length

describe('languages of a story', () => {
  it('adds a language in canonical case and refuses bad, repeated and 21st tags', () => {
    const next = addStoryLanguage(story, { language: 'PT_br' })
    expect(next.languages).toEqual(['en', 'pt-BR'])
    expectValid(next)
    expect(() => addStoryLanguage(next, { language: 'pt-BR' })).toThrow('already offered')
    expect(() => addStoryLanguage(next, { language: 'not a tag' })).toThrow('not a language tag')
    const many = { ...story, languages: ['en', ...'abcdefghijklmnopqrs'.split('').map((c) => `a${c}`)] }
    expect(() => addStoryLanguage(many, { language: 'nb' })).toThrow('at most 20')
  })

  it('removes a language and its narrations, never the original', () => {
    const withNb = {
      ...addStoryLanguage(story, { language: 'nb' }),
      scenes: story.scenes.map((scene, i) => (i === 0 ? { ...scene, narrations: [{ language: 'nb', cues: [{ startMs: 0, endMs: 10, text: 'Hei' }] }] } : scene)),
    }
    const next = removeStoryLanguage(withNb, { language: 'nb' })
    expect(next.languages).toEqual(['en'])
    expect(next.scenes[0]!.narrations).toEqual([])
    expect(next.scenes[1]).toBe(withNb.scenes[1])
    expect(() => removeStoryLanguage(withNb, { language: 'en' })).toThrow('can’t be removed')
  })
})

describe('translatableTexts and setTextAt', () => {
  const nb = addStoryLanguage(story, { language: 'nb' })

  it('lists exactly the texts the untranslated check counts', () => {
    const texts = translatableTexts(nb)
    expect(texts.length).toBe(untranslated(nb, 'nb'))
    expect(texts.map((text) => text.place)).toContain('Scene 1 “a” › hotspot 2 “Sign” › choice 1 “Go on” › label')
    expect(texts.map((text) => text.place)).toContain('Scene 2 “b” › ending message')
  })

  it('writes a translation at its path, sharing the rest, and clears it again', () => {
    const label = translatableTexts(nb).find((text) => text.place.endsWith('choice 1 “Go on” › label'))!
    const next = setTextAt(nb, { path: label.path, language: 'nb', value: 'Gå videre' })
    expectValid(next)
    expect(untranslated(next, 'nb')).toBe(untranslated(nb, 'nb') - 1)
    expect(next.scenes[1]).toBe(nb.scenes[1])
    expect(translatableTexts(next).find((text) => text.key === label.key)?.text).toEqual({ en: 'Go on', nb: 'Gå videre' })
    expect(setTextAt(next, { path: label.path, language: 'nb', value: 'Gå videre' })).toBe(next)
    expect(setTextAt(next, { path: label.path, language: 'nb', value: '' })).toEqual(nb)
  })

  it('refuses a too long translation and a path that is gone, in words', () => {
    const title = translatableTexts(nb)[0]!
    expect(() => setTextAt(nb, { path: title.path, language: 'nb', value: 'x'.repeat(500) })).toThrow(/The title is too long/)
    expect(() => setTextAt(nb, { path: ['scenes', 9, 'title'], language: 'nb', value: 'x' })).toThrow('no longer in the story')
    expect(() => setTextAt(nb, { path: ['scenes', 0 as unknown as SceneId, 'title'], language: 'en', value: '' })).toThrow(/must not be empty/)
  })
})
