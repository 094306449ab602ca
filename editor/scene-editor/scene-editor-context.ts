import type { StoryIssue } from '@story-schema'
import { createContext, useCallback, useContext } from 'react'
import type { ApplyOptions, Command, EditorState, EditorStore, StoredPhotoHashes } from '../state'
import { useEditorStore } from '../state'
import type { ImportedPhoto } from '../photo-import'
import { sceneEditorStrings } from './strings'
import type { StoreSound } from '../sound/store-sound'

/** What every part of the scene editor reaches through context: the store and the app shell's services. */
export type SceneEditorServices = {
  store: EditorStore
  /** Turns a package path ("images/yard.jpg") into a URL the browser can load. */
  resolveAssetUrl: (path: string) => string
  /** Stores an imported photo's files and answers their sha-256s; without it, new scenes reuse the story's photos. */
  storePhoto?: (photo: ImportedPhoto) => Promise<StoredPhotoHashes>
  /** Stores a sound's bytes and answers their sha-256; without it, sounds can't be imported or recorded. */
  storeSound?: StoreSound
  /** Says something in the editor's status line (a polite live region). */
  announce: (text: string) => void
  /** Moves the keyboard focus to the details panel's heading after the next render. */
  focusDetails: () => void
  /** This tab may only look (the story is edited in another tab, A-F10): fields are read-only, no add/delete/move, no undo. */
  readOnly: boolean
  /** Opens a check's place outside the scene editor (the story screen's Credits or Languages); false when it has none. */
  onOpenIssue?: (issue: StoryIssue) => boolean
}

/** The scene editor's services; provided by `SceneEditor`. */
export const SceneEditorContext = createContext<SceneEditorServices | null>(null)

/** The scene editor's services (inside `SceneEditor` only). */
export const useSceneEditor = (): SceneEditorServices => {
  const services = useContext(SceneEditorContext)
  if (!services) throw new Error('useSceneEditor must be used inside <SceneEditor>.')
  return services
}

/** Reads the editor store (shallowly compared). */
export const useEditor = <T>(selector: (state: EditorState) => T): T => useEditorStore(useSceneEditor().store, selector)

/** Whether this scene editor may only look (false outside a `SceneEditor`). */
export const useReadOnly = (): boolean => useContext(SceneEditorContext)?.readOnly ?? false

/** A command runner for forms: answers null when it worked, or the refusal in words to show next to the field. */
export type Commit = <A>(command: Command<A>, args: A, options: ApplyOptions) => string | null

/** Runs commands on the editor store and answers refusals as words (see `Commit`). */
export const useCommit = (): Commit => {
  const { store, readOnly } = useSceneEditor()
  return useCallback<Commit>((command, args, options) => {
    if (readOnly) return sceneEditorStrings.readOnlyRefused
    const result = store.getState().applyCommand(command, args, options)
    return result.ok ? null : result.error.message
  }, [store, readOnly])
}
