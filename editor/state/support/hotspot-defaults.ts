import type { AssetId, Hotspot, HotspotKind, Scene, SceneId, Story } from '@story-schema'
import { findAsset, findScene, localize } from '@story-schema'
import { CommandError } from '../command'
import { stateMessages } from '../messages'
import { uniqueName } from './unique-name'

/** A label no other hotspot of the scene has in `language`: "Door", then "Door 2", … (C-9). */
export const defaultHotspotLabel = (story: Story, scene: Scene, kind: HotspotKind, language: string): string =>
  uniqueName(
    stateMessages.defaultLabels[kind],
    scene.hotspots.map((hotspot) => localize(hotspot.label, language, story.language)),
  )

/** Choices for the kind-specific fields; anything left out gets a sensible default. */
export type KindFieldOptions = { language: string; label: string; targetSceneId?: SceneId; assetId?: AssetId }

type CommonField = 'id' | 'yawDeg' | 'pitchDeg' | 'sizeDeg' | 'label' | 'description' | 'visibleIf' | 'meta'
type KindFields<K extends HotspotKind> = Omit<Extract<Hotspot, { kind: K }>, CommonField>

/**
 * The fields a hotspot of `kind` has beyond the common ones: a link leads to the next scene (or back to
 * its own when the story has one scene) through a door; a billboard is titled like its label and has
 * no choices yet; a sound plays the story's first sound once at full volume (refused when there is none).
 */
export const kindFields = (
  story: Story,
  sceneId: SceneId,
  kind: HotspotKind,
  options: KindFieldOptions,
): KindFields<HotspotKind> => {
  switch (kind) {
    case 'link': {
      if (options.targetSceneId !== undefined && !findScene(story, options.targetSceneId)) {
        throw new CommandError(stateMessages.noScene(options.targetSceneId), 'targetSceneId')
      }
      const others = story.scenes.filter((scene) => scene.id !== sceneId)
      const here = story.scenes.findIndex((scene) => scene.id === sceneId)
      const next = story.scenes[here + 1] ?? others[0]
      const targetSceneId = options.targetSceneId ?? next?.id ?? sceneId
      const fields: KindFields<'link'> = { kind, targetSceneId, icon: 'door', effects: [] }
      return fields
    }
    case 'billboard': {
      const fields: KindFields<'billboard'> = { kind, title: { [options.language]: options.label }, choices: [] }
      return fields
    }
    case 'sound': {
      const assetId = options.assetId ?? story.assets.find((asset) => asset.kind === 'audio')?.id
      if (!assetId) throw new CommandError(stateMessages.noSoundYet, 'assetId')
      if (findAsset(story, assetId)?.kind !== 'audio') throw new CommandError(stateMessages.notAnAudio(assetId), 'assetId')
      const fields: KindFields<'sound'> = { kind, assetId, gain: 1, loop: false }
      return fields
    }
  }
}
