import { createStore } from 'zustand/vanilla'
import type { GuideProgress, GuideStep } from './guide-steps'
import { freshProgress, markDone, parseProgress } from './guide-steps'

const storageKey = 'storysphere:first-steps-guide'

/** Where progress is kept; tests pass a Map-backed one. */
export type GuideStorage = Pick<Storage, 'getItem' | 'setItem'>

const browserStorage = (): GuideStorage | null => {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null // storage switched off: the guide still works for this page
  }
}

/** The guide's state and what changes it. `announcement` is the latest "Done: …" for the live region. */
export type GuideState = GuideProgress & {
  announcement: string
  complete: (step: GuideStep, announce: (progress: GuideProgress) => string) => void
  setHidden: (hidden: boolean) => void
  restart: () => void
}

/** The first-run guide's store: progress read from and written to localStorage. */
export const createGuideStore = (storage: GuideStorage | null = browserStorage()) => {
  const read = (): GuideProgress => {
    try {
      return parseProgress(storage?.getItem(storageKey) ?? null)
    } catch {
      return freshProgress
    }
  }
  const write = (progress: GuideProgress) => {
    try {
      storage?.setItem(storageKey, JSON.stringify({ done: progress.done, hidden: progress.hidden }))
    } catch {
      // full or switched off: remembered for this page only
    }
  }
  return createStore<GuideState>()((set, get) => ({
    ...read(),
    announcement: '',
    complete: (step, announce) => {
      const before = get()
      const next = markDone(before, step)
      if (next === before) return
      write(next)
      set({ done: next.done, announcement: announce(next) })
    },
    setHidden: (hidden) => {
      write({ ...get(), hidden })
      set({ hidden })
    },
    restart: () => {
      write(freshProgress)
      set({ ...freshProgress, announcement: '' })
    },
  }))
}

/** The one guide of this page. */
export const guideStore = createGuideStore()
