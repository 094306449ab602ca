/**
 * story-schema: the Storysphere story format (zod 4), its loader, checks and the pure story engine.
 * Imports only zod. Everything a player or editor needs about stories comes from here.
 */
export * from './ids'
export * from './limits'
export * from './text'
export * from './units'
export * from './url'
export * from './records/asset'
export * from './records/condition'
export * from './records/credit'
export * from './records/effect'
export * from './records/hotspot'
export * from './records/meta'
export * from './records/narration'
export * from './records/player-defaults'
export * from './records/scene'
export * from './records/soundscape'
export * from './records/story'
export * from './records/variable'
export * from './story-file'
export { parseStoryFile } from './load/parse-story-file'
export type { LoadLimits, ParseStoryFileOptions } from './load/parse-story-file'
export { storyFileErrorTypes } from './load/load-result'
export type {
  InvalidStoryError,
  LoadProblem,
  LoadResult,
  NotAStoryFileError,
  NotJsonError,
  NotTextError,
  StoryFileError,
  TooDeepError,
  TooLargeError,
  UnsafeKeyError,
  VersionTooNewError,
} from './load/load-result'
export type { RepairCode, RepairNote } from './load/repair/repair-note'
export { describePlace } from './load/describe-place'
export type { Migration } from './migrations/migration'
export { createMigrationRegistry } from './migrations/registry'
export type { MigratedStoryFile, MigrationRegistry, VersionedStoryFile } from './migrations/registry'
export { migrateStoryFile, storyMigrations, storyMigrationSteps } from './migrations/migrate-story-file'
export { storyJsonSchema, storyJsonSchemaText } from './json-schema'
export * from './type-guards'
export {
  assetIdsUsed,
  findAsset,
  findHotspot,
  findScene,
  goToTargets,
  hotspotTargets,
  reachableSceneIds,
  sceneAssetIds,
  sceneEffectLists,
  sceneExitIds,
  sceneWithId,
  variableWithName,
} from './selectors'
export type { IssueSeverity, StoryIssue } from './check/story-issue'
export { checkStory, storyRules } from './check/check-story'
export { angularDistanceDeg, minHotspotSizeDeg } from './check/check-hotspot-layout'
export { maxPanoramaWidthWithoutDerivativePx, panoramaAspectTolerance } from './check/check-images'
export { maxHistoryLength, storyStateSchema } from './engine/story-state'
export type { EndedState, StoryState } from './engine/story-state'
export type { EngineAction, EngineEffect, EngineStep, RefusalReason } from './engine/engine-effect'
export { evaluateCondition } from './engine/evaluate-condition'
export { applyEffects } from './engine/apply-effects'
export type { AppliedEffects } from './engine/apply-effects'
export { maxScenesPerAction } from './engine/enter-scene'
export { initialVariables, startStory } from './engine/start-story'
export type { StartOptions } from './engine/start-story'
export { availableActions, availableChoices, visibleHotspots } from './engine/visible-hotspots'
export { choose } from './engine/choose'
export { goBack } from './engine/go-back'
export { matchLanguage, pickLanguage, setLanguage } from './engine/pick-language'
export { restoreState, serializeState, validateState } from './engine/serialize-state'
export { parseWebVtt, serializeWebVtt, webVttLimits } from './captions/webvtt'
export type { WebVttProblem, WebVttResult } from './captions/webvtt'
export { formatVttTimestamp, parseVttTimestamp } from './captions/vtt-timestamp'
export { cueProblems } from './captions/cue-problems'
export type { CueProblem } from './captions/cue-problems'
