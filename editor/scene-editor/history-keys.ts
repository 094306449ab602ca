/** The history command a key press asks for: Ctrl/⌘+Z undo; Shift+Ctrl/⌘+Z or Ctrl+Y redo; else null. */
type Keys = { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }

/** The history command a key press asks for. */
export const historyKeyFor = (event: Keys): 'undo' | 'redo' | null => {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null
  const key = event.key.toLowerCase()
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo'
  if (key === 'y' && event.ctrlKey && !event.metaKey && !event.shiftKey) return 'redo'
  return null
}
