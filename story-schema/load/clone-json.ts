import { limits } from '../limits'
import { isRecord, setOwn } from './plain-data'

/**
 * A deep copy of JSON-like data (plain objects, arrays, primitives), made without recursion so that
 * deep data can never overflow the call stack (B-18). Keys are copied as own data properties
 * (`__proto__` stays an ordinary key). Throws when the data is deeper or larger than the budgets,
 * which also stops cycles; the loader only calls it on data its pre-scan accepted.
 */
export const cloneJson = <T>(value: T, maxDepth: number = limits.maxJsonDepth, maxNodes: number = limits.maxJsonNodes): T => {
  if (typeof value !== 'object' || value === null) return value
  const root = emptyLike(value)
  const stack: [source: object, target: object, depth: number][] = [[value, root, 1]]
  let nodes = 1
  while (stack.length > 0) {
    const [source, target, depth] = stack.pop()!
    if (depth > maxDepth) throw new RangeError(`cloneJson: deeper than ${maxDepth}`)
    const keys = Array.isArray(source) ? source.keys() : Object.keys(source).values()
    for (const key of keys) {
      const child: unknown = (source as Record<string | number, unknown>)[key]
      nodes += 1
      if (nodes > maxNodes) throw new RangeError(`cloneJson: more than ${maxNodes} values`)
      const copy = typeof child === 'object' && child !== null ? emptyLike(child) : child
      if (Array.isArray(target)) target.push(copy)
      else setOwn(target, key as string, copy)
      if (copy !== child) stack.push([child as object, copy as object, depth + 1])
    }
  }
  return root as T
}

const emptyLike = (value: object): object => (Array.isArray(value) ? [] : isRecord(value) ? {} : value)
