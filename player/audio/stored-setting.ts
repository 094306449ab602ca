import type { z } from 'zod'

/**
 * Viewer preferences kept in localStorage as JSON, validated with zod on the way in and out. Storage
 * can be missing, blocked (private modes, sandboxed frames), full or hand-edited: every problem gives
 * the fallback, and nothing here ever throws.
 */

/** The part of `Storage` a setting uses (inject a fake in tests). */
export type SettingsStorage = Pick<Storage, 'getItem' | 'setItem'>

/** `localStorage`, or undefined where it is missing or blocked. */
export const browserStorage = (): SettingsStorage | undefined => {
  try {
    return globalThis.localStorage ?? undefined
  } catch {
    return undefined
  }
}

/** Reads the value under `key` with `schema`; missing, unparsable or invalid gives `fallback`. */
export const loadSetting = <T>(storage: SettingsStorage | undefined, key: string, schema: z.ZodType<T>, fallback: T): T => {
  try {
    const text = storage?.getItem(key)
    if (text == null) return fallback
    const parsed = schema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : fallback
  } catch {
    return fallback
  }
}

/** Writes `value` under `key` if `schema` accepts it; false when invalid or storage is missing or full. */
export const saveSetting = <T>(storage: SettingsStorage | undefined, key: string, schema: z.ZodType<T>, value: T): boolean => {
  try {
    const parsed = schema.safeParse(value)
    if (!storage || !parsed.success) return false
    storage.setItem(key, JSON.stringify(parsed.data))
    return true
  } catch {
    return false
  }
}
