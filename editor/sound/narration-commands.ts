import type { AssetId, Narration, SceneId } from '@story-schema'
import { sceneSchema } from '@story-schema'
import type { Command } from '../state'
import { checkedRecord } from '../state/support/checked-record'
import { mapScene } from '../state/support/story-edits'
import type { NewSoundAsset } from './sound-asset'
import { assertSoundAsset, withSoundAsset } from './sound-asset'

/** Arguments of `setNarrationAudio`: the sound for `language` (null removes it), and a new asset to add in the same step. */
export type SetNarrationAudioArgs = { sceneId: SceneId; language: string; assetId: AssetId | null; asset?: NewSoundAsset }

/**
 * Sets the audio of a scene's narration in one language, keeping its caption cues and `noWords`
 * (the caption editor's business). A language with no narration gets one (`cues: []`); removing the
 * audio of a narration that has no cues removes the narration.
 */
export const setNarrationAudio: Command<SetNarrationAudioArgs> = (story, { sceneId, language, assetId, asset }) => {
  const withAsset = withSoundAsset(story, asset)
  if (assetId) assertSoundAsset(withAsset, assetId)
  return mapScene(withAsset, sceneId, (scene) => {
    const index = scene.narrations.findIndex((narration) => narration.language === language)
    const old = scene.narrations[index]
    if ((old?.assetId ?? null) === assetId) return scene
    let narrations: Narration[]
    if (!old) narrations = [...scene.narrations, { language, assetId: assetId!, cues: [] }]
    else if (assetId) narrations = scene.narrations.map((n, i) => (i === index ? { ...n, assetId } : n))
    else if (old.cues.length === 0 && !old.noWords) narrations = scene.narrations.filter((_, i) => i !== index)
    else narrations = scene.narrations.map((n, i) => (i === index ? withoutAudio(n) : n))
    return checkedRecord(sceneSchema, { ...scene, narrations })
  })
}

const withoutAudio = (narration: Narration): Narration => {
  const { assetId: _gone, ...rest } = narration
  return rest
}

/** The scene's narration in `language`, if any. */
export const narrationFor = (narrations: readonly Narration[], language: string): Narration | undefined =>
  narrations.find((narration) => narration.language === language)
