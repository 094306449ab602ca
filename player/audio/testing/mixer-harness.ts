import type { AudioAsset, Story } from '@story-schema'
import type { AudioSettings } from '../audio-settings'
import type { MixerTiming } from '../mixer-timing'
import { createStoryMixer } from '../story-mixer'
import { createFakeBackend } from './fake-backend'
import { createFakeClock } from './fake-clock'

/** A mixer over a fake clock and a fake backend, with helpers to read what is playing. */
export const mixerHarness = (
  story: Story,
  options: {
    autoLoadMs?: number
    timing?: Partial<MixerTiming>
    settings?: AudioSettings
    language?: string
    resolveAssetUrl?: (asset: AudioAsset) => string | undefined
  } = {},
) => {
  const clock = createFakeClock(1000)
  const backend = createFakeBackend(clock, { autoLoadMs: options.autoLoadMs })
  const errors: unknown[] = []
  const mixer = createStoryMixer({
    backend,
    clock,
    story,
    resolveAssetUrl: options.resolveAssetUrl ?? ((asset) => `https://example.test/${asset.path}`),
    timing: options.timing,
    settings: options.settings,
    language: options.language,
    onError: (_message, error) => errors.push(error),
  })
  /** The one active backend voice of `asset:<name>` (fails the test when there is not exactly one). */
  const voiceOf = (name: string) => {
    const voices = backend.activeVoices(`asset:${name}`)
    if (voices.length !== 1) throw new Error(`expected one voice of asset:${name}, found ${voices.length}`)
    return voices[0]!
  }
  /** The backend gain of `asset:<name>`'s one voice now. */
  const gainOf = (name: string) => backend.gainOf(voiceOf(name).id)
  /** The mixer's state entry for the voice with this key. */
  const stateOf = (key: string) => mixer.getState().voices.find((voice) => voice.key === key)
  return { clock, backend, mixer, errors, voiceOf, gainOf, stateOf }
}
