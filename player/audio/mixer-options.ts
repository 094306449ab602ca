import type { AudioAsset, Story } from '@story-schema'
import type { AudioBackend } from './audio-backend'
import type { AudioSettings } from './audio-settings'
import type { Clock } from './clock'
import type { MixerTiming } from './mixer-timing'

/** What `createStoryMixer` needs: the story, an audio backend, where files are, and optional clock, settings and timing. */
export type StoryMixerOptions = {
  backend: AudioBackend
  story: Story
  /** Where to fetch an audio asset from (package path → URL); undefined marks it unavailable. */
  resolveAssetUrl: (asset: AudioAsset) => string | undefined
  /** Time source; the real clock by default. */
  clock?: Clock
  /** Remembered settings (see `loadAudioSettings`); the defaults otherwise. */
  settings?: AudioSettings
  /** Narration language; the story language by default. */
  language?: string
  timing?: Partial<MixerTiming>
  /** Called after every settings change, e.g. with `saveAudioSettings`. */
  onSettingsChange?: (settings: AudioSettings) => void
  /** Reports a listener that threw (the mixer carries on); `console.warn` by default. */
  onError?: (message: string, error: unknown) => void
}
