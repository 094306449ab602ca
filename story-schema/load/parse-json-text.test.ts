import { describe, expect, it } from 'vitest'
import { errorOffset, lineAndColumn, parseJsonText } from './parse-json-text'

describe('parseJsonText', () => {
  it('parses JSON', () => {
    expect(parseJsonText('{"a":[1,true,null]}')).toEqual({ ok: true, value: { a: [1, true, null] } })
  })

  it('gives the line and column of a syntax error (B-16)', () => {
    const result = parseJsonText('{\n  "a": 1,\n  "b": 2,,\n}')
    expect(result).toMatchObject({ ok: false, line: 3, column: 10, empty: false })
  })

  it('points at the end for a cut-off file', () => {
    expect(parseJsonText('{\n "a": [1,')).toMatchObject({ ok: false, line: 2 })
  })

  it('knows an empty file', () => {
    expect(parseJsonText('  \n')).toMatchObject({ ok: false, empty: true })
  })

  it('keeps __proto__ as an own key, without touching prototypes', () => {
    const result = parseJsonText('{"__proto__":{"polluted":true}}')
    expect(result.ok && Object.keys(result.value as object)).toEqual(['__proto__'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('lineAndColumn and errorOffset', () => {
  it('counts lines and columns from 1, for \\n, \\r\\n and \\r', () => {
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 })
    expect(lineAndColumn('ab\r\ncd', 5)).toEqual({ line: 2, column: 2 })
    expect(lineAndColumn('ab\rcd', 0)).toEqual({ line: 1, column: 1 })
  })

  it('reads V8 positions, and the end of input', () => {
    expect(errorOffset('Unexpected token } in JSON at position 12', 'x')).toBe(12)
    expect(errorOffset('Unexpected end of JSON input', 'abc')).toBe(3)
    expect(errorOffset('something else', 'abc')).toBeUndefined()
  })
})
