/**
 * The player's public surface. The editor and the standalone page use only what is exported here.
 */
export { StoryPlayer } from './story-player'
export type { StoryPlayerProps } from './story-player'
export type { PlayerOptions } from './options'
export type { PlayerSettings } from './runtime/settings'
export { StoryErrorScreen } from './ui/story-error-screen'
export { PanoramaEditorView, hasWebGl } from './authoring/panorama-editor-view'
export type { AuthoringView, PanoramaEditorViewProps, PlaceMethod } from './authoring/authoring-props'
export type { PanoramaDirection } from './authoring/screen-direction'
