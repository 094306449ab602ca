import { describe, expect, it } from 'vitest'
import { reuseUnchanged } from './reuse-unchanged'

describe('reuseUnchanged', () => {
  it('keeps the previous object for items equal two levels deep, and takes changed ones', () => {
    const previous = [
      { id: 'a', position: { x: 1, y: 2 }, data: { title: 'A', count: 1 } },
      { id: 'b', position: { x: 3, y: 4 }, data: { title: 'B', count: 1 } },
    ]
    const next = [
      { id: 'a', position: { x: 1, y: 2 }, data: { title: 'A', count: 1 } },
      { id: 'b', position: { x: 3, y: 4 }, data: { title: 'B!', count: 1 } },
      { id: 'c', position: { x: 0, y: 0 }, data: { title: 'C', count: 0 } },
    ]
    const result = reuseUnchanged(previous, next)
    expect(result[0]).toBe(previous[0])
    expect(result[1]).toBe(next[1])
    expect(result[2]).toBe(next[2])
  })

  it('notices added and removed keys', () => {
    const previous: { id: string; data: object; selected?: boolean }[] = [{ id: 'a', data: { title: 'A' } }]
    expect(reuseUnchanged(previous, [{ id: 'a', data: { title: 'A', extra: true } }])[0]).not.toBe(previous[0])
    expect(reuseUnchanged(previous, [{ id: 'a', data: { title: 'A' }, selected: true }])[0]).not.toBe(previous[0])
  })
})
