import type { AudioAsset, Story } from '@story-schema'
import { useEffect, useRef, useState } from 'react'
import type { AudioBackend } from './audio-backend'
import { loadAudioSettings, saveAudioSettings } from './audio-settings'
import { createHowlerBackend } from './howler-backend'
import type { MixerState } from './mixer-state'
import { createStoryMixer, type StoryMixer } from './story-mixer'

/** Options of `useStoryAudio`. */
export type UseStoryAudioOptions = {
  story: Story
  /** Where an audio asset's file is (may change identity between renders; the latest is used). */
  resolveAssetUrl: (asset: AudioAsset) => string | undefined
  /** The viewer's language; the narration follows it. */
  language: string
  /** The audio engine; howler by default (tests and the editor preview may pass another). */
  createBackend?: () => AudioBackend
}

/**
 * One story mixer for the life of a story in a React tree: created in an effect (so StrictMode's
 * mount–unmount–mount gets a fresh one), disposed on unmount or when the story changes, with the
 * viewer's remembered audio settings loaded and every change saved. Returns the mixer (null until
 * created) and its state, re-read on every change. Frame-rate calls (`setListenerOrientation`,
 * `narrationPositionMs`) go straight to the mixer, never through React state.
 */
export const useStoryAudio = ({ story, resolveAssetUrl, language, createBackend }: UseStoryAudioOptions) => {
  const [mixer, setMixer] = useState<StoryMixer | null>(null)
  const [state, setState] = useState<MixerState | null>(null)
  const resolveRef = useRef(resolveAssetUrl)
  const languageRef = useRef(language)
  const createBackendRef = useRef(createBackend)
  useEffect(() => {
    resolveRef.current = resolveAssetUrl
    createBackendRef.current = createBackend
  })

  useEffect(() => {
    const created = createStoryMixer({
      backend: (createBackendRef.current ?? createHowlerBackend)(),
      story,
      resolveAssetUrl: (asset) => resolveRef.current(asset),
      settings: loadAudioSettings(),
      language: languageRef.current,
      onSettingsChange: (settings) => saveAudioSettings(settings),
    })
    setMixer(created)
    setState(created.getState())
    const unsubscribe = created.subscribe(() => setState(created.getState()))
    return () => {
      unsubscribe()
      created.dispose()
    }
  }, [story])

  useEffect(() => {
    languageRef.current = language
    mixer?.setLanguage(language)
  }, [mixer, language])

  return { mixer, state }
}
