import { setUiLocale } from '@i18n'
import type { AssetId, SceneId, SoundId } from '@story-schema'
import { afterEach, describe, expect, it } from 'vitest'
import { fakeStory } from '../../story-schema/testing/fake-story'
import { removeBed } from '../sound/soundscape-commands'
import { addScene } from './commands/add-scene'
import { deleteScene } from './commands/delete-scene'
import { stateMessages } from './messages'
import { editorTestStory } from './testing/editor-test-story'

/** editor/state's words and the sound commands' refusals come from catalogues read when a command runs (C-26). */
const story = editorTestStory()
const pano = 'asset:pano-a' as AssetId

afterEach(() => setUiLocale('en'))

describe('command words follow the interface language of the moment (C-26)', () => {
  it('a new scene is named in the language active when it is added', () => {
    setUiLocale('nb')
    const nb = addScene(story, { id: 'scene:ny' as SceneId, panoramaAssetId: pano })
    setUiLocale('en')
    const en = addScene(nb, { id: 'scene:new' as SceneId, panoramaAssetId: pano })
    expect(en.scenes.slice(3).map((scene) => scene.title.en)).toEqual(['Ny scene', 'New scene'])
  })

  it('refusals are made in the active language, English by default', () => {
    const one = fakeStory({ scenes: [story.scenes[1]!] })
    const refuse = () => deleteScene(one, { sceneId: 'scene:b' as SceneId })
    expect(refuse).toThrow('A story needs at least one scene')
    setUiLocale('nb')
    expect(refuse).toThrow('En fortelling trenger minst én scene')
    expect(() => removeBed(story, { sceneId: 'scene:a' as SceneId, bedId: 'sound:none' as SoundId })).toThrow('Det finnes ingen bakgrunnslyd «sound:none»')
  })

  it('field names are looked up by any path part, with nothing for an unknown one', () => {
    setUiLocale('nb')
    expect(stateMessages.fieldNames['title']).toBe('Tittelen')
    expect(stateMessages.fieldNames['noSuchField']).toBeUndefined()
    expect(stateMessages.typeNames['flag']).toBe('sann eller usann')
  })
})
