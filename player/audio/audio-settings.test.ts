import { describe, expect, it } from 'vitest'
import { audioSettingsKey, defaultAudioSettings, loadAudioSettings, saveAudioSettings } from './audio-settings'
import { memoryStorage } from './testing/memory-storage'

describe('audio settings', () => {
  const custom = { volumes: { narration: 0.8, ambience: 0.3, effects: 0 }, isMuted: true, isMono: true }

  it('round-trips through storage under the versioned key', () => {
    const storage = memoryStorage()
    expect(saveAudioSettings(custom, storage)).toBe(true)
    expect(storage.items.has('storysphere.audio-settings.v1')).toBe(true)
    expect(loadAudioSettings(storage)).toEqual(custom)
  })

  it('gives the defaults (a fresh copy) when nothing, garbage or an invalid value is stored', () => {
    expect(loadAudioSettings(memoryStorage())).toEqual(defaultAudioSettings)
    const corrupt = [
      '{not json',
      'null',
      '[]',
      JSON.stringify({ ...custom, volumes: { ...custom.volumes, ambience: 2 } }),
      JSON.stringify({ ...custom, isMono: 'yes' }),
      JSON.stringify({ ...custom, extra: 1 }),
    ]
    for (const value of corrupt) expect(loadAudioSettings(memoryStorage({ [audioSettingsKey]: value }))).toEqual(defaultAudioSettings)
    const loaded = loadAudioSettings(memoryStorage())
    loaded.volumes.narration = 0
    expect(defaultAudioSettings.volumes.narration).toBe(1)
  })

  it('never throws when storage is missing, blocked or full, or the value is invalid', () => {
    const full = memoryStorage()
    full.isFull = true
    expect(saveAudioSettings(custom, full)).toBe(false)
    expect(saveAudioSettings(custom, undefined)).toBe(false)
    expect(saveAudioSettings({ ...custom, isMuted: 'no' as unknown as boolean }, memoryStorage())).toBe(false)
    const blocked = { getItem: () => { throw new DOMException('blocked', 'SecurityError') }, setItem: () => {} }
    expect(loadAudioSettings(blocked)).toEqual(defaultAudioSettings)
    expect(loadAudioSettings(undefined)).toEqual(defaultAudioSettings)
  })
})
