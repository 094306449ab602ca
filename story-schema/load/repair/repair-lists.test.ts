import { describe, expect, it } from 'vitest'
import { forEachItem, repairMissingList } from './repair-lists'
import { createRepairLog } from './repair-note'

describe('repairMissingList', () => {
  it('adds a missing list as [] and notes it', () => {
    const scene: Record<string, unknown> = {}
    const log = createRepairLog()
    repairMissingList(scene, 'hotspots', ['story', 'scenes', 0], log)
    expect(scene.hotspots).toEqual([])
    expect(log.repairs).toEqual([
      expect.objectContaining({ code: 'added-empty-list', path: ['story', 'scenes', 0, 'hotspots'], before: undefined, after: [] }),
    ])
  })

  it('leaves a field that is there, list or not, for validation', () => {
    const scene = { hotspots: 'none', onEnter: null }
    const log = createRepairLog()
    repairMissingList(scene, 'hotspots', [], log)
    repairMissingList(scene, 'onEnter', [], log)
    repairMissingList('not a record', 'x', [], log)
    expect(scene).toEqual({ hotspots: 'none', onEnter: null })
    expect(log.repairs).toEqual([])
  })
})

describe('forEachItem', () => {
  it('visits each item with its path, and nothing when there is no list', () => {
    const seen: unknown[] = []
    forEachItem({ list: ['a', 'b'] }, 'list', ['story'], (item, path) => seen.push([item, path]))
    forEachItem({ list: 'x' }, 'list', [], (item) => seen.push(item))
    expect(seen).toEqual([
      ['a', ['story', 'list', 0]],
      ['b', ['story', 'list', 1]],
    ])
  })
})
