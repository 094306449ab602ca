import type { AssetId, ChoiceId, HotspotId, SceneId } from '../ids'

/**
 * A problem found in a story, for the author: how bad it is, a stable code for tests and
 * translations, a plain-language message, and where it is, in words and as ids.
 */
export type IssueSeverity = 'error' | 'warning' | 'info'

export type StoryIssue = {
  severity: IssueSeverity
  /** Stable kebab-case code, e.g. "missing-target", "unreachable-scene". */
  code: string
  /** Plain-language message, e.g. "No scene has this id." */
  message: string
  /** The place in words, e.g. "Scene 'Harbour' › hotspot 'Door' › target". */
  where: string
  ref: { sceneId?: SceneId; hotspotId?: HotspotId; choiceId?: ChoiceId; assetId?: AssetId; variable?: string; language?: string }
}
