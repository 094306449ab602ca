/** Compares names as a person hears them: ignoring case and runs of spaces. */
export const nameKey = (name: string): string => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase()

/**
 * `base` when no name in `taken` sounds the same, else "base 2", "base 3", … (the first free one), as
 * in “Door”, “Door 2”. Keeps labels unique and speakable (C-9).
 */
export const uniqueName = (base: string, taken: Iterable<string>): string => {
  const used = new Set([...taken].map(nameKey))
  if (!used.has(nameKey(base))) return base
  for (let n = 2; ; n++) {
    const candidate = `${base} ${n}`
    if (!used.has(nameKey(candidate))) return candidate
  }
}
