import type { SettingsStorage } from '../stored-setting'

/** A Map-backed storage for settings tests; `isFull` makes `setItem` throw like a full quota. */
export const memoryStorage = (initial: Record<string, string> = {}) => {
  const items = new Map(Object.entries(initial))
  const storage: SettingsStorage & { items: Map<string, string>; isFull: boolean } = {
    items,
    isFull: false,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      if (storage.isFull) throw new DOMException('full', 'QuotaExceededError')
      items.set(key, value)
    },
  }
  return storage
}
