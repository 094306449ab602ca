/**
 * The scene editor (issue #5): `<SceneEditor store resolveAssetUrl storePhoto? />`, mounted by the app
 * shell at `#/story/<id>` with a store from editor/state's `createEditorStore`.
 */
export { SceneEditor } from './scene-editor'
export type { SceneEditorProps } from './scene-editor'
export { sceneEditorStrings } from './strings'
