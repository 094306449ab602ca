import type { AssetId, Hotspot, HotspotId, HotspotKind, SceneId } from '@story-schema'
import { hotspotSchema, localize } from '@story-schema'
import type { Command } from '../command'
import { checkedRecord } from '../support/checked-record'
import { kindFields } from '../support/hotspot-defaults'
import { mapHotspot } from '../support/story-edits'

/** Arguments of `setHotspotKind`: optional target (link) or clip (sound) for the new kind. */
export type SetHotspotKindArgs = {
  sceneId: SceneId
  hotspotId: HotspotId
  kind: HotspotKind
  language?: string
  targetSceneId?: SceneId
  assetId?: AssetId
}

/**
 * Turns a hotspot into another kind (a link into a billboard, …). It keeps its id, place, size, label,
 * description and condition; the old kind's own fields (a link's target and effects, a billboard's
 * text and choices, a sound's clip) are replaced by the new kind's defaults. Undo brings them back.
 */
export const setHotspotKind: Command<SetHotspotKindArgs> = (story, args) => {
  const language = args.language ?? story.language
  return mapHotspot(story, args.sceneId, args.hotspotId, (hotspot) => {
    if (hotspot.kind === args.kind) return hotspot
    const { id, yawDeg, pitchDeg, sizeDeg, label, description, visibleIf, meta } = hotspot
    const labelText = localize(label, language, story.language)
    const fields = kindFields(
      story,
      args.sceneId,
      args.kind,
      { language, label: labelText, targetSceneId: args.targetSceneId, assetId: args.assetId },
    )
    const next = { id, yawDeg, pitchDeg, sizeDeg, label, ...fields } as Hotspot
    if (description) next.description = description
    if (visibleIf) next.visibleIf = visibleIf
    if (meta) next.meta = meta
    return checkedRecord(hotspotSchema, next)
  })
}
