import type { Asset, AssetKind, Hotspot, Scene, SceneId, Story, StoryIssue } from '@story-schema'
import { checkStory, findAsset, findScene, localize } from '@story-schema'
import type { EditorState } from './editor-store'

/** The open scene (the first one if the session's scene has gone). */
export const activeScene = (state: Pick<EditorState, 'doc' | 'session'>): Scene =>
  findScene(state.doc, state.session.activeSceneId) ?? state.doc.scenes[0]!

/** The selected hotspot of the open scene, if any. */
export const selectedHotspot = (state: Pick<EditorState, 'doc' | 'session'>): Hotspot | undefined => {
  const id = state.session.selectedHotspotId
  return id === null ? undefined : activeScene(state).hotspots.find((hotspot) => hotspot.id === id)
}

/** The label of the step Undo would undo ("Move hotspot"), or null when there is none. */
export const undoLabel = (state: Pick<EditorState, 'history'>): string | null =>
  state.history.gesture ? state.history.gesture.label : (state.history.past.at(-1)?.label ?? null)

/** The label of the step Redo would redo, or null. */
export const redoLabel = (state: Pick<EditorState, 'history'>): string | null =>
  state.history.gesture ? null : (state.history.future.at(-1)?.label ?? null)

const issueCache = new WeakMap<Story, StoryIssue[]>()

/** `checkStory(doc)`, computed once per document (documents are immutable values). */
export const storyIssues = (doc: Story): StoryIssue[] => {
  let issues = issueCache.get(doc)
  if (!issues) {
    issues = checkStory(doc)
    issueCache.set(doc, issues)
  }
  return issues
}

/** True when `storyIssues(doc)` has run for this document already (answering it costs nothing). */
export const hasStoryIssues = (doc: Story): boolean => issueCache.has(doc)

/** The issues about a scene, or about one hotspot of it. */
export const issuesAt = (issues: readonly StoryIssue[], sceneId: SceneId, hotspotId?: string): StoryIssue[] =>
  issues.filter((issue) => issue.ref.sceneId === sceneId && (hotspotId === undefined || issue.ref.hotspotId === hotspotId))

/** A scene's title in `language` (falling back to the story's language). */
export const sceneTitle = (story: Story, scene: Scene, language: string): string => localize(scene.title, language, story.language)

/** The story's assets of one kind, in order. */
export const assetsOfKind = <K extends AssetKind>(story: Story, kind: K): Extract<Asset, { kind: K }>[] =>
  story.assets.filter((asset): asset is Extract<Asset, { kind: K }> => asset.kind === kind)

type Picture = { path: string; widthPx: number }

const picturesOf = (story: Story, scene: Scene): Picture[] => {
  const asset = findAsset(story, scene.panoramaAssetId)
  if (!asset || asset.kind === 'audio') return []
  return [...asset.derivatives, asset].sort((a, b) => a.widthPx - b.widthPx)
}

/** The package path of a scene's smallest picture (its preview), for a thumbnail; undefined when its photo is missing. */
export const sceneThumbnailPath = (story: Story, scene: Scene): string | undefined => picturesOf(story, scene)[0]?.path

/** The package path of the smallest picture of a scene at least `minWidthPx` wide (else its largest), for the flat view. */
export const scenePicturePath = (story: Story, scene: Scene, minWidthPx = 2048): string | undefined => {
  const pictures = picturesOf(story, scene)
  return (pictures.find((picture) => picture.widthPx >= minWidthPx) ?? pictures.at(-1))?.path
}
