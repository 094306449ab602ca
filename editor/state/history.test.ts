import type { SceneId, Story } from '@story-schema'
import { describe, expect, it } from 'vitest'
import type { HistoryEntry } from './history'
import { coalesceEntry, emptyHistory, rebaseHistory, recordEntry, redoStep, undoStep } from './history'
import { editorTestStory } from './testing/editor-test-story'

const selection = { activeSceneId: 'scene:a' as SceneId, selectedHotspotId: null }
const doc = (title: string): Story => ({ ...editorTestStory(), title: { en: title } })
const entry = (label: string, before: Story, after: Story, at = 0, key = label): HistoryEntry => ({
  label,
  key,
  before,
  after,
  selectionBefore: selection,
  selectionAfter: selection,
  at,
})

describe('history', () => {
  it('records, undoes, redoes, and a new step clears redo', () => {
    const [a, b, c] = [doc('a'), doc('b'), doc('c')]
    let history = recordEntry(recordEntry(emptyHistory(), entry('one', a, b)), entry('two', b, c))
    const undone = undoStep(history)!
    expect(undone.entry.label).toBe('two')
    history = undone.history
    expect(history.future.map((e) => e.label)).toEqual(['two'])
    expect(redoStep(history)!.entry.after).toBe(c)
    history = recordEntry(history, entry('three', b, a))
    expect(history.future).toEqual([])
    expect(undoStep(emptyHistory())).toBeNull()
  })

  it('coalesces only the newest open step with the same key within the window', () => {
    const [a, b, c, d] = [doc('a'), doc('b'), doc('c'), doc('d')]
    let history = coalesceEntry(emptyHistory(), entry('Type', a, b, 0), 1000)
    history = coalesceEntry(history, entry('Type', b, c, 900), 1000)
    expect(history.past).toHaveLength(1)
    expect(history.past[0]).toMatchObject({ before: a, after: c, at: 900 })
    history = coalesceEntry(history, entry('Type', c, d, 2000), 1000)
    expect(history.past).toHaveLength(2)
    history = coalesceEntry(history, entry('Type', d, a, 2100, 'other'), 1000)
    expect(history.past).toHaveLength(3)
  })

  it('caps the undo stack at the limit (at least 1)', () => {
    let history = emptyHistory(2)
    for (const label of ['1', '2', '3']) history = recordEntry(history, entry(label, doc(label), doc(label)))
    expect(history.past.map((e) => e.label)).toEqual(['2', '3'])
    expect(emptyHistory(0).limit).toBe(1)
  })

  it('rebases snapshots and drops the steps beyond one that cannot take the change', () => {
    const [a, b, c] = [doc('a'), doc('b'), doc('c')]
    const history = recordEntry(recordEntry(emptyHistory(), entry('one', a, b)), entry('two', b, c))
    const tag = (story: Story) => {
      if (story === a) throw new Error('does not apply')
      return { ...story, summary: { en: 'tagged' } }
    }
    const rebased = rebaseHistory(history, tag)
    expect(rebased.past.map((e) => e.label)).toEqual(['two'])
    expect(rebased.past[0]!.before.summary).toEqual({ en: 'tagged' })
    expect(rebased.past[0]!.after.summary).toEqual({ en: 'tagged' })
  })
})
