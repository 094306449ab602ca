import type { SceneId } from '@story-schema'
import { describe, expect, it } from 'vitest'
import { editorTestStory } from '../state/testing/editor-test-story'
import { expectValid } from '../state/testing/expect-valid'
import { setCaptionTranslation, setNarrationCues, setNarrationNoWords } from './narration-commands'

const story = { ...editorTestStory(), languages: ['en', 'nb'] }
const a = 'scene:a' as SceneId

describe('narration captions (C-10, C-11)', () => {
  it('makes a captions-only narration, keeps cues in time order and removes an empty one', () => {
    const next = setNarrationCues(story, { sceneId: a, language: 'en', cues: [{ startMs: 2000, endMs: 3000, text: 'b' }, { startMs: 0, endMs: 1000, speaker: 'Ada', text: 'a' }] })
    expect(next.scenes[0]!.narrations).toEqual([{ language: 'en', cues: [{ startMs: 0, endMs: 1000, speaker: 'Ada', text: 'a' }, { startMs: 2000, endMs: 3000, text: 'b' }] }])
    expectValid(next)
    expect(setNarrationCues(next, { sceneId: a, language: 'en', cues: [] }).scenes[0]!.narrations).toEqual([])
  })

  it('refuses a cue that ends before it starts, in words', () => {
    expect(() => setNarrationCues(story, { sceneId: a, language: 'en', cues: [{ startMs: 2000, endMs: 1000, text: 'b' }] })).toThrow('must end after it starts')
  })

  it('marks and unmarks "no words", keeping the sound', () => {
    const withSound = { ...story, scenes: story.scenes.map((s, i) => (i === 0 ? { ...s, narrations: [{ language: 'en', assetId: 'asset:bell', cues: [] }] } : s)) } as typeof story
    const marked = setNarrationNoWords(withSound, { sceneId: a, language: 'en', noWords: true })
    expect(marked.scenes[0]!.narrations[0]).toEqual({ language: 'en', assetId: 'asset:bell', cues: [], noWords: true })
    expect(setNarrationNoWords(marked, { sceneId: a, language: 'en', noWords: false }).scenes[0]!.narrations[0]).toEqual({ language: 'en', assetId: 'asset:bell', cues: [] })
  })

  it('translates a caption with the original timing and speaker, and removes it when emptied', () => {
    const next = setCaptionTranslation(story, { sceneId: a, language: 'nb', startMs: 600, endMs: 1900, speaker: 'Ada', value: 'Hør.' })
    expect(next.scenes[0]!.narrations).toEqual([{ language: 'nb', cues: [{ startMs: 600, endMs: 1900, speaker: 'Ada', text: 'Hør.' }] }])
    const edited = setCaptionTranslation(next, { sceneId: a, language: 'nb', startMs: 600, endMs: 1900, value: 'Hør!' })
    expect(edited.scenes[0]!.narrations[0]!.cues[0]).toEqual({ startMs: 600, endMs: 1900, speaker: 'Ada', text: 'Hør!' })
    expect(setCaptionTranslation(edited, { sceneId: a, language: 'nb', startMs: 600, endMs: 1900, value: '' }).scenes[0]!.narrations).toEqual([])
  })
})
