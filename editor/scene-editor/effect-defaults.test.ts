import type { SceneId } from '@story-schema'
import { describe, expect, it } from 'vitest'
import { editorTestStory } from '../state/testing/editor-test-story'
import { effectTypes, newEffect } from './effect-defaults'

const story = editorTestStory()
const a = 'scene:a' as SceneId

describe('newEffect', () => {
  it('fills each type in from the story', () => {
    expect(effectTypes.map((type) => newEffect(type, story, a))).toEqual([
      { type: 'set', variable: 'hasKey', value: true },
      { type: 'add', variable: 'score', amount: 1 },
      { type: 'toggle', variable: 'hasKey' },
      { type: 'goTo', sceneId: 'scene:b' },
      { type: 'playSound', assetId: 'asset:bell' },
      { type: 'end' },
    ])
  })

  it('is null when the story has nothing to name', () => {
    const bare = { ...story, variables: [], assets: [] }
    expect(effectTypes.map((type) => newEffect(type, bare, a) !== null)).toEqual([false, false, false, true, false, true])
  })
})
