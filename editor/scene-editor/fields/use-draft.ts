import { useState } from 'react'

/**
 * A field's text while it can't be stored: what the person typed and why it was refused. The draft
 * belongs to the stored value it started from, so when the story changes under it (undo, another
 * field) the field shows the story again.
 */
export const useDraft = <V>(stored: V) => {
  const [draft, setDraft] = useState<{ base: V; text: string; error: string | null } | null>(null)
  const live = draft !== null && Object.is(draft.base, stored) ? draft : null
  return {
    text: live?.text,
    error: live?.error ?? null,
    /** Keeps `text` on screen (with an error, or none while it still shows the stored value). */
    keep: (text: string, error: string | null) => setDraft({ base: stored, text, error }),
    clear: () => setDraft(null),
  }
}
