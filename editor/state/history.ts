import type { HotspotId, SceneId, Story } from '@story-schema'

/** What was selected, so undo and redo can show the place that changed. */
export type Selection = { activeSceneId: SceneId; selectedHotspotId: HotspotId | null }

/**
 * One undo step: the document before and after (structural sharing makes keeping both cheap), a human
 * label ("Move hotspot"), the key that lets later changes of the same kind join it, and when it was
 * last changed.
 */
export type HistoryEntry = {
  label: string
  key: string
  before: Story
  after: Story
  selectionBefore: Selection
  selectionAfter: Selection
  at: number
}

/** A gesture in progress (a drag): where it started, so it can be recorded as one step or cancelled. */
export type Gesture = { label: string; base: Story; selection: Selection }

/**
 * Undo and redo stacks (newest last), the gesture in progress, the most steps kept, and the key of the
 * newest step while later 'coalesce' changes may still join it (cleared by anything else).
 */
export type History = {
  past: readonly HistoryEntry[]
  future: readonly HistoryEntry[]
  gesture: Gesture | null
  limit: number
  openKey: string | null
}

/** How many undo steps are kept unless the store is told otherwise. */
export const defaultHistoryLimit = 100

/** No steps yet. */
export const emptyHistory = (limit = defaultHistoryLimit): History => ({
  past: [],
  future: [],
  gesture: null,
  limit: Math.max(1, limit),
  openKey: null,
})

const capped = (past: readonly HistoryEntry[], limit: number) => (past.length > limit ? past.slice(past.length - limit) : past)

/** Adds a step; redo is no longer possible; the oldest steps go beyond the limit. */
export const recordEntry = (history: History, entry: HistoryEntry): History => ({
  ...history,
  past: capped([...history.past, entry], history.limit),
  future: [],
  openKey: null,
})

/**
 * Joins `entry` to the newest step when that step has the same key, nothing else happened since, and
 * it changed at most `windowMs` ago (typing a title is one step); otherwise adds it as a new step.
 */
export const coalesceEntry = (history: History, entry: HistoryEntry, windowMs: number): History => {
  const top = history.past.at(-1)
  if (top && history.openKey === entry.key && top.key === entry.key && entry.at - top.at <= windowMs) {
    const merged: HistoryEntry = { ...top, after: entry.after, selectionAfter: entry.selectionAfter, at: entry.at }
    return { ...history, past: [...history.past.slice(0, -1), merged], future: [], openKey: entry.key }
  }
  return { ...recordEntry(history, entry), openKey: entry.key }
}

/** The newest step moved to the redo stack, or null when there is nothing to undo. */
export const undoStep = (history: History): { history: History; entry: HistoryEntry } | null => {
  const entry = history.past.at(-1)
  if (!entry) return null
  return { entry, history: { ...history, past: history.past.slice(0, -1), future: [...history.future, entry], openKey: null } }
}

/** The newest undone step moved back, or null when there is nothing to redo. */
export const redoStep = (history: History): { history: History; entry: HistoryEntry } | null => {
  const entry = history.future.at(-1)
  if (!entry) return null
  return { entry, history: { ...history, past: [...history.past, entry], future: history.future.slice(0, -1), openKey: null } }
}

/**
 * Carries a change that is not an undo step ('ignore': a repair, an imported photo's asset) into every
 * snapshot, so undoing or redoing never loses it. Steps where the change does not apply (it throws)
 * are dropped with every step beyond them: the older ones from the undo stack, the newer ones from
 * the redo stack.
 */
export const rebaseHistory = (history: History, apply: (story: Story) => Story): History => {
  const rebase = (entry: HistoryEntry): HistoryEntry | null => {
    try {
      return { ...entry, before: apply(entry.before), after: apply(entry.after) }
    } catch {
      return null
    }
  }
  const keepUntilFailure = (entries: readonly HistoryEntry[]): HistoryEntry[] => {
    const kept: HistoryEntry[] = []
    for (const entry of entries) {
      const rebased = rebase(entry)
      if (!rebased) break
      kept.push(rebased)
    }
    return kept
  }
  const past = keepUntilFailure([...history.past].reverse()).reverse()
  const future = keepUntilFailure([...history.future].reverse()).reverse()
  let gesture = history.gesture
  if (gesture) {
    try {
      gesture = { ...gesture, base: apply(gesture.base) }
    } catch {
      // The gesture's start can't take the change; cancelling it then returns to where it began.
    }
  }
  return { ...history, past, future, gesture }
}
