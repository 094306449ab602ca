/**
 * True when two plain JSON records hold the same values, so a command that was asked to set what is
 * already there can return the old record (and the story) unchanged: no history entry, no save.
 */
export const sameRecord = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b)
