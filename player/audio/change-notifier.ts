/**
 * Listeners told after each change, at most once per outer `batch` (an API call that changes many
 * voices notifies once). `beforeNotify` runs first on every flush (the mixer re-checks ducking there).
 * A listener that throws is reported and the others still run: the player never stops on a UI bug.
 */
export const createChangeNotifier = (beforeNotify: () => void, onError: (message: string, error: unknown) => void) => {
  const listeners = new Set<() => void>()
  let depth = 0
  let isDirty = false

  const flush = () => {
    beforeNotify()
    if (!isDirty) return
    isDirty = false
    for (const listener of [...listeners]) {
      try {
        listener()
      } catch (error) {
        onError('An audio state listener failed.', error)
      }
    }
  }

  return {
    /** Something changed: listeners are told now, or at the end of the outer batch. */
    changed(): void {
      isDirty = true
      if (depth === 0) flush()
    },
    /** Runs `run`, telling listeners once at the end. */
    batch<T>(run: () => T): T {
      depth++
      try {
        return run()
      } finally {
        depth--
        if (depth === 0) flush()
      }
    },
    /** Adds a listener; returns a function that removes it. */
    subscribe(listener: () => void): () => void {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    clear: (): void => listeners.clear(),
  }
}
