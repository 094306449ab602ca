import { describe, expect, it } from 'vitest'
import { historyKeyFor } from './history-keys'

const press = (key: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) =>
  historyKeyFor({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods })

describe('historyKeyFor', () => {
  it('undoes with Ctrl+Z or ⌘Z and redoes with Shift added, or Ctrl+Y', () => {
    expect(press('z', { ctrlKey: true })).toBe('undo')
    expect(press('z', { metaKey: true })).toBe('undo')
    expect(press('Z', { ctrlKey: true, shiftKey: true })).toBe('redo')
    expect(press('Z', { metaKey: true, shiftKey: true })).toBe('redo')
    expect(press('y', { ctrlKey: true })).toBe('redo')
  })

  it('leaves other keys alone', () => {
    expect(press('z')).toBeNull()
    expect(press('z', { ctrlKey: true, altKey: true })).toBeNull()
    expect(press('y', { metaKey: true })).toBeNull()
    expect(press('x', { ctrlKey: true })).toBeNull()
  })
})
