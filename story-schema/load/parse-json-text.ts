/**
 * `JSON.parse` behind a try/catch (B-16): a broken file becomes a result with the line and column
 * of the problem, worked out from V8's "at position N" when the message has one.
 */
export type ParseJsonResult =
  | { ok: true; value: unknown }
  | { ok: false; detail: string; line?: number; column?: number; empty: boolean }

/** The 1-based line and column of a 0-based character offset in `text`. */
export const lineAndColumn = (text: string, offset: number): { line: number; column: number } => {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)))
  const lines = before.split(/\r\n|\r|\n/)
  return { line: lines.length, column: (lines[lines.length - 1] ?? '').length + 1 }
}

/** Where a `JSON.parse` error happened, when its message says so (or the end, for "end of JSON input"). */
export const errorOffset = (message: string, text: string): number | undefined => {
  const position = /position (\d+)/.exec(message)
  if (position) return Number(position[1])
  if (/end of (JSON|data)/i.test(message)) return text.length
  return undefined
}

/** Parses JSON text without throwing. */
export const parseJsonText = (text: string): ParseJsonResult => {
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    const empty = text.trim() === ''
    const offset = errorOffset(detail, text)
    if (offset === undefined || empty) return { ok: false, detail, empty }
    return { ok: false, detail, empty, ...lineAndColumn(text, offset) }
  }
}
