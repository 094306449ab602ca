/**
 * editor/state (architecture.md B5): one store per open story with the document, the session and the
 * history; commands as pure functions `(story, args) => story`; selectors. No React here except the
 * `useEditorStore` hook.
 */
export { createEditorStore } from './editor-store'
export type { ApplyOptions, CaptureMode, CommandResult, EditorState, EditorStore, EditorStoreOptions } from './editor-store'
export { useEditorStore } from './use-editor-store'
export { onDocChange } from './subscribe-doc'
export type { EditorPanel, SessionState } from './session-state'
export { fitSession, initialSession } from './session-state'
export type { Gesture, History, HistoryEntry, Selection } from './history'
export { defaultHistoryLimit } from './history'
export type { Command } from './command'
export { CommandError, isCommandError } from './command'
export { stateMessages } from './messages'
export * from './selectors'
export { variableUsages } from './variable-usages'
export type { VariableUsage } from './variable-usages'
export { sceneReferences } from './scene-references'
export type { SceneReference } from './scene-references'
export * from './commands'
