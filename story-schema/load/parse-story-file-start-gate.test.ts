import { describe, expect, it, vi } from 'vitest'
import { serializeStoryFile } from '../story-file'
import { fakeStory } from '../testing/fake-story'
import { parseStoryFile } from './parse-story-file'

// The repairs always point a missing start scene at the first scene, so checkStory's
// "missing-start-scene" cannot happen today; this test makes it happen to check the gate (B-22).
vi.mock('../check/check-story', () => ({
  checkStory: () => [
    { severity: 'error', code: 'missing-start-scene', message: 'The story starts at a scene that does not exist.', where: 'Story › start scene', ref: {} },
    { severity: 'warning', code: 'unreachable-scene', message: 'No way leads here.', where: "Scene 'b'", ref: {} },
  ],
}))

describe('parseStoryFile: no start scene (B-22)', () => {
  it('refuses a story whose start scene does not exist, as invalidStory', () => {
    const result = parseStoryFile(serializeStoryFile(fakeStory()))
    expect(result).toMatchObject({
      ok: false,
      error: {
        type: 'invalidStory',
        problems: [{ where: 'Story › start scene', path: ['story', 'startSceneId'] }],
        message: expect.stringContaining('Story › start scene: The story starts at a scene that does not exist.'),
      },
    })
  })
})
