/**
 * editor/sound (issue #6): sound import (sniffed, checked, perhaps converted), the scene's soundscape
 * editor with the mix preview, and the narration recorder. See README.md.
 */
export { SceneSound } from './scene-sound'
export { importSound } from './import-sound'
export type { ImportedSound } from './import-sound'
export { isSoundImportError, SoundImportError } from './sound-import-error'
export { storeSoundFile } from './store-sound'
export type { StoreSound } from './store-sound'
