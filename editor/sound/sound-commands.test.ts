import type { AmbientBed, AssetId, PositionalSound, SceneId, SoundId, Story } from '@story-schema'
import { describe, expect, it } from 'vitest'
import { editorTestStory } from '../state/testing/editor-test-story'
import { expectValid } from '../state/testing/expect-valid'
import { setNarrationAudio } from './narration-commands'
import type { NewSoundAsset } from './sound-asset'
import { addBed, addPositionalSound, removeBed, removePositionalSound, updateBed, updatePositionalSound } from './soundscape-commands'

const story = editorTestStory()
const a = 'scene:a' as SceneId
const bell = 'asset:bell' as AssetId
const bedId = 'sound:wind' as SoundId
const bed: AmbientBed = { id: bedId, assetId: bell, gain: 0.5, loop: true, fadeInMs: 1000, fadeOutMs: 800 }
const recorded: NewSoundAsset = {
  id: 'asset:voice' as AssetId, fileName: 'Narration a.wav', mime: 'audio/wav', bytes: 4410, sha256: 'a'.repeat(64), durationMs: 2000,
}
const refusal = (run: () => Story) => {
  try {
    run()
    return null
  } catch (error) {
    return (error as Error).message
  }
}

describe('soundscape commands', () => {
  it('adds, changes and removes a background sound, sharing the other scenes', () => {
    const added = addBed(story, { sceneId: a, bed })
    expect(added.scenes[0]!.soundscape.beds).toEqual([bed])
    expect(added.scenes[1]).toBe(story.scenes[1])
    const louder = updateBed(added, { sceneId: a, bedId, changes: { gain: 0.9, fadeInMs: 0, loop: false } })
    expect(louder.scenes[0]!.soundscape.beds[0]).toEqual({ ...bed, gain: 0.9, fadeInMs: 0, loop: false })
    expect(updateBed(louder, { sceneId: a, bedId, changes: { gain: 0.9 } })).toBe(louder)
    expect(removeBed(louder, { sceneId: a, bedId }).scenes[0]!.soundscape.beds).toEqual([])
    expectValid(louder)
  })

  it('adds a newly stored sound as an audio asset in the same step, under audio/ with a free name', () => {
    const next = addBed(story, { sceneId: a, bed: { ...bed, assetId: recorded.id }, asset: recorded })
    expect(next.assets.at(-1)).toEqual({
      id: 'asset:voice', kind: 'audio', path: 'audio/narration-a.wav', mime: 'audio/wav', bytes: 4410, sha256: 'a'.repeat(64), durationMs: 2000,
    })
    const again = addBed(next, { sceneId: a, bed: { ...bed, id: 'sound:two' as SoundId, assetId: 'asset:v2' as AssetId }, asset: { ...recorded, id: 'asset:v2' as AssetId } })
    expect(again.assets.at(-1)!.path).toBe('audio/narration-a-2.wav')
    expectValid(again)
  })

  it('refuses, in words, what would make the story invalid', () => {
    expect(refusal(() => addBed(story, { sceneId: a, bed: { ...bed, assetId: 'asset:map' as AssetId } }))).toBe('“asset:map” is not a sound of this story.')
    expect(refusal(() => updateBed(addBed(story, { sceneId: a, bed }), { sceneId: a, bedId, changes: { fadeInMs: -5 } }))).toMatch(/too small/)
    expect(refusal(() => updateBed(story, { sceneId: a, bedId, changes: { gain: 1 } }))).toBe('There is no background sound “sound:wind” in this scene.')
    const twice = addBed(story, { sceneId: a, bed })
    expect(refusal(() => addBed(twice, { sceneId: a, bed }))).toMatch(/sound:wind/)
  })

  it('places a sound in one direction, wraps its turn, edits its caption per language, and removes it', () => {
    const sound: PositionalSound = { id: 'sound:gull' as SoundId, assetId: bell, yawDeg: 200, pitchDeg: 10, distanceM: 3, gain: 0.8, loop: true }
    const added = addPositionalSound(story, { sceneId: a, sound })
    expect(added.scenes[0]!.soundscape.sounds[0]!.yawDeg).toBe(-160)
    const captioned = updatePositionalSound(added, { sceneId: a, soundId: sound.id, changes: { caption: '[gulls]', yawDeg: 90, pitchDeg: -5 } })
    expect(captioned.scenes[0]!.soundscape.sounds[0]).toMatchObject({ caption: { en: '[gulls]' }, yawDeg: 90, pitchDeg: -5 })
    const cleared = updatePositionalSound(captioned, { sceneId: a, soundId: sound.id, changes: { caption: '' } })
    expect(cleared.scenes[0]!.soundscape.sounds[0]!.caption).toBeUndefined()
    expect(refusal(() => updatePositionalSound(added, { sceneId: a, soundId: sound.id, changes: { pitchDeg: 95 } }))).toMatch(/too large/)
    expectValid(cleared)
    expect(removePositionalSound(cleared, { sceneId: a, soundId: sound.id }).scenes[0]!.soundscape.sounds).toEqual([])
  })
})

describe('setNarrationAudio', () => {
  it('saves a recording as the narration of a language, keeping cues that the caption editor wrote', () => {
    const saved = setNarrationAudio(story, { sceneId: a, language: 'en', assetId: recorded.id, asset: recorded })
    expect(saved.scenes[0]!.narrations).toEqual([{ language: 'en', assetId: 'asset:voice', cues: [] }])
    const cue = { startMs: 0, endMs: 900, text: 'Hello.' }
    const withCues = { ...saved, scenes: saved.scenes.map((s, i) => (i === 0 ? { ...s, narrations: [{ ...s.narrations[0]!, cues: [cue] }] } : s)) }
    const retake = setNarrationAudio(withCues, { sceneId: a, language: 'en', assetId: bell })
    expect(retake.scenes[0]!.narrations).toEqual([{ language: 'en', assetId: bell, cues: [cue] }])
    expect(setNarrationAudio(retake, { sceneId: a, language: 'en', assetId: null }).scenes[0]!.narrations).toEqual([{ language: 'en', cues: [cue] }])
    expect(setNarrationAudio(saved, { sceneId: a, language: 'en', assetId: null }).scenes[0]!.narrations).toEqual([])
    expect(setNarrationAudio(story, { sceneId: a, language: 'en', assetId: null })).toBe(story)
    expectValid(retake)
  })
})
