import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { scanJsonValue } from './scan-json-value'

const caps = { maxJsonDepth: 4, maxJsonNodes: 50, maxStringLength: 10 }

describe('scanJsonValue', () => {
  it('accepts plain data within the limits', () => {
    expect(scanJsonValue({ a: [1, 'x', null, true, { b: [] }] }, caps)).toBeUndefined()
    expect(scanJsonValue(Object.assign(Object.create(null) as object, { a: 1 }), caps)).toBeUndefined()
  })

  it('counts depth from 1 at the outermost object or list (B-18)', () => {
    expect(scanJsonValue([[[[1]]]], caps)).toBeUndefined()
    expect(scanJsonValue([[[[[1]]]]], caps)).toEqual({ kind: 'tooDeep', maxDepth: 4, path: [0, 0, 0, 0] })
  })

  it('walks 200,000 nested lists without recursion', () => {
    const deep = JSON.parse(`${'['.repeat(200_000)}${']'.repeat(200_000)}`) as unknown
    expect(scanJsonValue(deep, { ...caps, maxJsonDepth: 64, maxJsonNodes: 500_000 })).toMatchObject({ kind: 'tooDeep', maxDepth: 64 })
  })

  it('stops at too many values, before walking them', () => {
    expect(scanJsonValue(new Array(60).fill(0), caps)).toMatchObject({ kind: 'tooManyValues', maxValues: 50 })
  })

  it('refuses long strings, as values and as keys (B-17)', () => {
    expect(scanJsonValue({ a: ['x'.repeat(11)] }, caps)).toEqual({ kind: 'longString', length: 11, maxLength: 10, path: ['a', 0] })
    expect(scanJsonValue({ ['k'.repeat(11)]: 1 }, caps)).toMatchObject({ kind: 'longString', path: [] })
  })

  it('refuses __proto__, constructor and prototype keys anywhere (B-19)', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const value = JSON.parse(`{"a":[{"${key}":{}}]}`) as unknown
      expect(scanJsonValue(value, caps)).toEqual({ kind: 'unsafeKey', key, path: ['a', 0, key] })
    }
    expect(scanJsonValue({ toString: 1, proto: 2 }, caps)).toBeUndefined()
  })

  it('refuses what JSON cannot hold: functions, class instances, getters, gaps, undefined', () => {
    expect(scanJsonValue({ a: () => 1 }, caps)).toMatchObject({ kind: 'notPlainData', path: ['a'] })
    expect(scanJsonValue({ a: new Date(0) }, caps)).toMatchObject({ kind: 'notPlainData', path: ['a'] })
    expect(scanJsonValue({ a: new Map() }, caps)).toMatchObject({ kind: 'notPlainData' })
    expect(scanJsonValue({ a: undefined }, caps)).toMatchObject({ kind: 'notPlainData' })
    expect(scanJsonValue({ a: 1n }, caps)).toMatchObject({ kind: 'notPlainData' })
    const getter = Object.defineProperty({}, 'a', { get: () => 1, enumerable: true })
    expect(scanJsonValue(getter, caps)).toMatchObject({ kind: 'notPlainData', path: ['a'] })
    // eslint-disable-next-line no-sparse-arrays
    expect(scanJsonValue([1, , 3], caps)).toMatchObject({ kind: 'notPlainData' })
  })

  it('stops a cycle as too deep', () => {
    const cycle: Record<string, unknown> = {}
    cycle.self = cycle
    expect(scanJsonValue(cycle, caps)).toMatchObject({ kind: 'tooDeep' })
  })

  it('accepts any small JSON value and reports the first problem in file order', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (value) => {
        const finding = scanJsonValue(value, { maxJsonDepth: 64, maxJsonNodes: 100_000, maxStringLength: 100_000 })
        expect(finding === undefined || finding.kind === 'unsafeKey').toBe(true)
      }),
    )
    expect(scanJsonValue({ a: 'x'.repeat(11), b: { constructor: 1 } }, caps)).toMatchObject({ kind: 'longString', path: ['a'] })
  })
})
