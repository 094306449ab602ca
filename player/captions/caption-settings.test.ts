import { describe, expect, it } from 'vitest'
import { memoryStorage } from '../audio/testing/memory-storage'
import { captionSettingsKey, defaultCaptionSettings, loadCaptionSettings, saveCaptionSettings } from './caption-settings'

describe('caption settings (C-12)', () => {
  it('round-trips under the versioned key', () => {
    const storage = memoryStorage()
    const settings = { size: 'large', plateOpacity: 0.6, position: 'bottom' } as const
    expect(saveCaptionSettings(settings, storage)).toBe(true)
    expect(storage.items.has('storysphere.caption-settings.v1')).toBe(true)
    expect(loadCaptionSettings(storage)).toEqual(settings)
  })

  it('defaults to head-locked below the centre on an opaque-enough plate (C-11)', () => {
    expect(defaultCaptionSettings.position).toBe('head-locked-below-centre')
    expect(defaultCaptionSettings.plateOpacity).toBeGreaterThanOrEqual(0.8)
    expect(loadCaptionSettings(memoryStorage())).toEqual(defaultCaptionSettings)
  })

  it('gives the defaults for a corrupt or out-of-range value and refuses to save one', () => {
    for (const value of ['{', '"large"', JSON.stringify({ size: 'huge', plateOpacity: 1, position: 'bottom' }), JSON.stringify({ size: 'small', plateOpacity: 0.2, position: 'bottom' })]) {
      expect(loadCaptionSettings(memoryStorage({ [captionSettingsKey]: value }))).toEqual(defaultCaptionSettings)
    }
    expect(saveCaptionSettings({ ...defaultCaptionSettings, plateOpacity: 0.5 }, memoryStorage())).toBe(false)
  })
})
