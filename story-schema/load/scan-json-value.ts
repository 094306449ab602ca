import type { JsonPath } from './plain-data'

/**
 * The pre-scan (B-17, B-18, B-19): walks a parsed value WITHOUT recursion before anything else reads
 * it, so that 200,000 nested arrays give a clean error instead of a stack overflow, and refuses
 * keys that could reach JavaScript object internals. `JSON.parse` makes `__proto__` an own key, so
 * keys are read with `Object.keys`. Values that JSON cannot hold (functions, Maps, class instances,
 * getters) are refused too, since the same scan guards objects handed in by code.
 */
export type ScanLimits = {
  /** Deepest nesting of objects and arrays; the outermost one is depth 1. */
  maxJsonDepth: number
  /** Most values in total (objects, arrays and primitives). */
  maxJsonNodes: number
  /** Longest string, key or value, in UTF-16 code units. */
  maxStringLength: number
}

/** What the scan found wrong, with the path to it. */
export type ScanFinding =
  | { kind: 'tooDeep'; maxDepth: number; path: JsonPath }
  | { kind: 'tooManyValues'; maxValues: number; path: JsonPath }
  | { kind: 'longString'; length: number; maxLength: number; path: JsonPath }
  | { kind: 'unsafeKey'; key: string; path: JsonPath }
  | { kind: 'notPlainData'; what: string; path: JsonPath }

/** Keys refused anywhere in a file. */
export const unsafeKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])

type Frame = { value: unknown; depth: number; key: string | number; parent: Frame | undefined }

const pathOf = (frame: Frame | undefined): JsonPath => {
  const path: JsonPath = []
  for (let at = frame; at && at.parent; at = at.parent) path.push(at.key)
  return path.reverse()
}

const describeValue = (value: unknown): string | undefined => {
  if (value === null) return undefined
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return undefined
    case 'object': {
      if (Array.isArray(value)) return undefined
      const proto: unknown = Object.getPrototypeOf(value)
      if (proto === null || Object.getPrototypeOf(proto) === null) return undefined
      return 'an object that is not plain data'
    }
    default:
      return `a value of type ${typeof value}`
  }
}

/** Scans `root`; returns the first problem found, or undefined when the value is plain, small JSON data. */
export const scanJsonValue = (root: unknown, scanLimits: ScanLimits): ScanFinding | undefined => {
  const { maxJsonDepth, maxJsonNodes, maxStringLength } = scanLimits
  const stack: Frame[] = [{ value: root, depth: 1, key: '', parent: undefined }]
  let count = 1
  while (stack.length > 0) {
    const frame = stack.pop()!
    const { value } = frame
    const what = describeValue(value)
    if (what) return { kind: 'notPlainData', what, path: pathOf(frame) }
    if (typeof value === 'string') {
      if (value.length > maxStringLength) {
        return { kind: 'longString', length: value.length, maxLength: maxStringLength, path: pathOf(frame) }
      }
      continue
    }
    if (typeof value !== 'object' || value === null) continue
    if (frame.depth > maxJsonDepth) return { kind: 'tooDeep', maxDepth: maxJsonDepth, path: pathOf(frame) }
    const isList = Array.isArray(value)
    const keys = isList ? [] : Object.keys(value)
    count += isList ? value.length : keys.length
    if (count > maxJsonNodes) return { kind: 'tooManyValues', maxValues: maxJsonNodes, path: pathOf(frame) }
    const children: Frame[] = []
    if (isList) {
      for (let index = 0; index < value.length; index += 1) {
        if (!Object.hasOwn(value, index)) return { kind: 'notPlainData', what: 'a list with a gap', path: pathOf(frame) }
        children.push({ value: value[index], depth: frame.depth + 1, key: index, parent: frame })
      }
    }
    for (const key of keys) {
      if (unsafeKeys.has(key)) return { kind: 'unsafeKey', key, path: [...pathOf(frame), key] }
      if (key.length > maxStringLength) {
        return { kind: 'longString', length: key.length, maxLength: maxStringLength, path: pathOf(frame) }
      }
      const descriptor = Object.getOwnPropertyDescriptor(value, key)
      if (!descriptor || !('value' in descriptor)) {
        return { kind: 'notPlainData', what: 'a computed property', path: [...pathOf(frame), key] }
      }
      children.push({ value: descriptor.value, depth: frame.depth + 1, key, parent: frame })
    }
    // Reverse so that the walk visits children in file order and reports the first problem first.
    for (let index = children.length - 1; index >= 0; index -= 1) stack.push(children[index]!)
  }
  return undefined
}
