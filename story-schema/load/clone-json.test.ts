import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cloneJson } from './clone-json'

describe('cloneJson', () => {
  it('copies JSON data deeply and equally', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const copy = cloneJson(value)
        expect(copy).toEqual(value)
        if (typeof value === 'object' && value !== null) expect(copy).not.toBe(value)
      }),
    )
  })

  it('shares nothing with the original', () => {
    const original = { a: [{ b: 1 }], c: { d: 'x' } }
    const copy = cloneJson(original)
    copy.a[0]!.b = 2
    copy.c.d = 'y'
    expect(original).toEqual({ a: [{ b: 1 }], c: { d: 'x' } })
  })

  it('keeps a __proto__ key as an own property, never a prototype', () => {
    const copy = cloneJson(JSON.parse('{"__proto__":{"polluted":true}}') as Record<string, unknown>)
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype)
    expect(Object.keys(copy)).toEqual(['__proto__'])
    expect((copy as { polluted?: unknown }).polluted).toBeUndefined()
  })

  it('copies deep data without recursion, and throws past its budgets (which also stops cycles)', () => {
    const deep = JSON.parse(`${'['.repeat(10_000)}${']'.repeat(10_000)}`) as unknown
    expect(() => cloneJson(deep, 20_000)).not.toThrow()
    expect(() => cloneJson(deep, 100)).toThrow(RangeError)
    const cycle: Record<string, unknown> = {}
    cycle.self = cycle
    expect(() => cloneJson(cycle)).toThrow(RangeError)
    expect(() => cloneJson(new Array(20).fill(1), 64, 10)).toThrow(RangeError)
  })
})
