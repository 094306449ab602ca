import { describe, expect, it } from 'vitest'
import { labelBoxSize, labelClearOf, labelGapPx } from './label-placement'

const size = labelBoxSize('Back to the front door')
const node = { x: 100, y: 100, width: 208, height: 168 }

describe('labelClearOf', () => {
  it('keeps a label that covers no node where it is', () => {
    expect(labelClearOf(50, 50, size, [node])).toEqual({ x: 50, y: 50 })
  })

  it('moves a label off a node, to the nearer of above and below', () => {
    expect(labelClearOf(200, 130, size, [node])).toEqual({ x: 200, y: 100 - labelGapPx - size.height / 2 })
    expect(labelClearOf(200, 250, size, [node])).toEqual({ x: 200, y: 268 + labelGapPx + size.height / 2 })
  })

  it('tries again when the new place covers another node', () => {
    const below = { x: 100, y: 280, width: 208, height: 168 }
    const placed = labelClearOf(200, 250, size, [node, below])
    expect(placed.y).toBe(100 - labelGapPx - size.height / 2)
  })
})
