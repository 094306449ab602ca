/**
 * Small helpers for reading data that has not been validated yet (the loader's view of a file).
 * Nothing here trusts the shape of what it reads, and nothing copies keys with `Object.assign`.
 */

/** A path into a story file, from the envelope down: `['story', 'scenes', 2, 'hotspots', 1, 'yawDeg']`. */
export type JsonPath = (string | number)[]

/** A plain object that may hold anything (not an array, not null). */
export type UnknownRecord = Record<string, unknown>

/** True for objects that are not arrays or null. */
export const isRecord = (value: unknown): value is UnknownRecord =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** True for a finite number. */
export const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value)

/** Reads an own property only (never one inherited through the prototype chain). */
export const ownValue = (holder: unknown, key: string | number): unknown => {
  if (typeof holder !== 'object' || holder === null) return undefined
  return Object.hasOwn(holder, key) ? (holder as Record<string | number, unknown>)[key] : undefined
}

/**
 * Sets an own data property. Used for every key that comes from a file, so that a key such as
 * `__proto__` can only ever become an ordinary property (B-19), never a prototype change.
 */
export const setOwn = (holder: object, key: string, value: unknown): void => {
  Object.defineProperty(holder, key, { value, writable: true, enumerable: true, configurable: true })
}

/** Converts a zod-style path (which may contain symbols) to a JSON path. */
export const toJsonPath = (path: readonly PropertyKey[]): JsonPath =>
  path.map((part) => (typeof part === 'number' ? part : String(part)))

/** A path written with dots, for technical details: `story.scenes.2.hotspots.1.yawDeg`. */
export const pathToString = (path: readonly (string | number)[]): string => path.join('.')
