import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { progressKey, savedSceneId } from './saved-scene'

describe('savedSceneId: the scene a saved, unfinished run resumes in', () => {
  const store = new Map<string, string>()
  beforeEach(() => {
    store.clear()
    vi.stubGlobal('localStorage', { getItem: (key: string) => store.get(key) ?? null })
  })
  afterEach(() => vi.unstubAllGlobals())

  it('reads the saved scene of an unfinished run, nothing for a finished one or odd data', () => {
    store.set(progressKey('story:1'), JSON.stringify({ sceneId: 'scene:gate', ended: null, visited: [] }))
    expect(savedSceneId('story:1')).toBe('scene:gate')
    store.set(progressKey('story:1'), JSON.stringify({ sceneId: 'scene:gate', ended: { sceneId: 'scene:gate' } }))
    expect(savedSceneId('story:1')).toBeUndefined()
    for (const text of ['{', '42', 'null', JSON.stringify({ sceneId: 7 })]) {
      store.set(progressKey('story:1'), text)
      expect(savedSceneId('story:1'), text).toBeUndefined()
    }
    expect(savedSceneId('story:other')).toBeUndefined()
  })
})
