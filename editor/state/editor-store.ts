import type { HotspotId, SceneId, Story, View } from '@story-schema'
import type { StoreApi } from 'zustand/vanilla'
import { createStore } from 'zustand/vanilla'
import type { Command, CommandError } from './command'
import { isCommandError } from './command'
import type { History, HistoryEntry, Selection } from './history'
import { coalesceEntry, emptyHistory, rebaseHistory, recordEntry, redoStep, undoStep } from './history'
import type { EditorPanel, SessionState } from './session-state'
import { sessionActions } from './session-actions'
import { fitSession, initialSession, selectionOf, withSelection } from './session-state'

/** How a document change enters the history (architecture.md B5). */
export type CaptureMode = 'record' | 'ignore' | 'coalesce'

/** Options of `applyCommand`. */
export type ApplyOptions = {
  /** The step's name in words, for "Undo Move hotspot". */
  label: string
  /** 'record' (default): one undo step. 'coalesce': joins the newest step with the same key. 'ignore': no step. */
  capture?: CaptureMode
  /** What 'coalesce' changes must share to join (default: the label), e.g. "title:scene:yard:en". */
  key?: string
  /** What to select with the change (the new hotspot); redo selects it again. */
  select?: Partial<Selection>
}

/** What `applyCommand` answers: whether the story changed, or why the command refused. */
export type CommandResult = { ok: true; changed: boolean } | { ok: false; error: CommandError }

/** The editor's state: the document, the session and the history, with every action that changes them. */
export type EditorState = {
  /** The story being written; persisted and undoable. */
  doc: Story
  /** What this tab looks at; never persisted. */
  session: SessionState
  history: History
  /** Runs a command on the document; refusals come back as `{ ok: false, error }` with a message in words. */
  applyCommand: <A>(command: Command<A>, args: A, options: ApplyOptions) => CommandResult
  /** Starts a gesture (a drag): every change until `endGesture` is one step named `label`. */
  beginGesture: (label: string) => void
  /** Ends the gesture, recording one step when the document changed. */
  endGesture: () => void
  /** Ends the gesture and puts the document back as it was when it began (Escape during a drag). */
  cancelGesture: () => void
  /** Undoes the newest step (cancels a gesture in progress); false when there was nothing to undo. */
  undo: () => boolean
  redo: () => boolean
  /** Opens a scene, seen from its initial view, with nothing selected. */
  selectScene: (sceneId: SceneId) => void
  selectHotspot: (hotspotId: HotspotId | null) => void
  /** Turns the view (the placement cursor): yaw wraps, pitch and zoom are kept in range. */
  setView: (view: Partial<View>) => void
  setPanel: (panel: EditorPanel) => void
  /** The language whose texts the forms show and write (one of the story's languages). */
  setLanguage: (language: string) => void
  /** Replaces the whole document (a reload, another tab's save) and forgets the history. */
  resetDoc: (story: Story) => void
}

/** A store for one open story. */
export type EditorStore = StoreApi<EditorState>

/** Options of `createEditorStore`. */
export type EditorStoreOptions = {
  /** Most undo steps kept (default 100). */
  historyLimit?: number
  /** How long after a 'coalesce' change another one may join it, in ms (default 1500). */
  coalesceMs?: number
  /** The clock (tests pass a fake). */
  now?: () => number
  /** Where the session starts (scene, panel, language). */
  session?: Partial<SessionState>
}

/**
 * Creates the store for one open story (a factory, not a module singleton: tests and a future
 * multi-document editor get fresh instances). Every document change goes through `applyCommand`.
 */
export const createEditorStore = (initialStory: Story, options: EditorStoreOptions = {}): EditorStore => {
  const now = options.now ?? (() => Date.now())
  const coalesceMs = options.coalesceMs ?? 1500
  return createStore<EditorState>()((set, get) => {
    /** Sets a new document and the session that fits it. */
    const show = (doc: Story, session: SessionState, history: History) => set({ doc, session: fitSession(doc, session), history })

    /** Moves to a snapshot (undo, redo, cancel) and selects the place that changed. */
    const restore = (history: History, doc: Story, selection: Selection) => {
      set({ doc, history, session: withSelection(doc, get().session, selection) })
      return true
    }

    return {
      doc: initialStory,
      session: initialSession(initialStory, options.session),
      history: emptyHistory(options.historyLimit),

      applyCommand: (command, args, { label, capture = 'record', key, select }) => {
        const { doc, history, session } = get()
        let next: Story
        try {
          next = command(doc, args)
        } catch (error) {
          if (isCommandError(error)) return { ok: false, error }
          throw error
        }
        const nextSession = select ? withSelection(next, session, { ...selectionOf(session), ...select }) : session
        if (next === doc) {
          if (nextSession !== session) set({ session: nextSession })
          return { ok: true, changed: false }
        }
        if (capture === 'ignore') {
          show(next, nextSession, rebaseHistory(history, (story) => command(story, args)))
        } else if (history.gesture) {
          show(next, nextSession, history)
        } else {
          const entry: HistoryEntry = {
            label,
            key: key ?? label,
            before: doc,
            after: next,
            selectionBefore: selectionOf(session),
            selectionAfter: selectionOf(nextSession),
            at: now(),
          }
          show(next, nextSession, capture === 'coalesce' ? coalesceEntry(history, entry, coalesceMs) : recordEntry(history, entry))
        }
        return { ok: true, changed: true }
      },

      beginGesture: (label) => {
        if (get().history.gesture) get().endGesture()
        const { doc, session, history } = get()
        set({ history: { ...history, gesture: { label, base: doc, selection: selectionOf(session) }, openKey: null } })
      },

      endGesture: () => {
        const { doc, session, history } = get()
        const gesture = history.gesture
        if (!gesture) return
        const ended = { ...history, gesture: null }
        if (doc === gesture.base) return set({ history: ended })
        const entry: HistoryEntry = {
          label: gesture.label,
          key: gesture.label,
          before: gesture.base,
          after: doc,
          selectionBefore: gesture.selection,
          selectionAfter: selectionOf(session),
          at: now(),
        }
        set({ history: recordEntry(ended, entry) })
      },

      cancelGesture: () => {
        const { history } = get()
        const gesture = history.gesture
        if (!gesture) return
        restore({ ...history, gesture: null }, gesture.base, gesture.selection)
      },

      undo: () => {
        const { history } = get()
        if (history.gesture) {
          get().cancelGesture()
          return true
        }
        const undone = undoStep(history)
        return undone ? restore(undone.history, undone.entry.before, undone.entry.selectionBefore) : false
      },

      redo: () => {
        const { history } = get()
        if (history.gesture) return false
        const redone = redoStep(history)
        return redone ? restore(redone.history, redone.entry.after, redone.entry.selectionAfter) : false
      },

      ...sessionActions(set, get),

      resetDoc: (story) => {
        const { session, history } = get()
        show(story, session, emptyHistory(history.limit))
      },
    }
  })
}
