import { describe, expect, it } from 'vitest'
import { backSwingPx, exitEdgePath, fanStepPx, shortEdgeLabel } from './exit-edge-path'

const ends = { sourceX: 100, sourceY: 50, targetX: 300, targetY: 150, isLoop: false, parallelIndex: 0, parallelCount: 1 }

describe('exitEdgePath', () => {
  it('puts the label at the middle of a forward curve', () => {
    expect(exitEdgePath(ends)).toEqual({ path: 'M100,50 C200,50 200,150 300,150', labelX: 200, labelY: 100 })
  })

  it('fans parallel edges and their labels apart', () => {
    const first = exitEdgePath({ ...ends, parallelIndex: 0, parallelCount: 2 })
    const second = exitEdgePath({ ...ends, parallelIndex: 1, parallelCount: 2 })
    expect(second.labelY - first.labelY).toBe(fanStepPx * 2 * 0.75)
    expect(first.path).not.toBe(second.path)
  })

  it('swings a link back to the left below, away from the forward link between the same scenes', () => {
    const forward = exitEdgePath(ends)
    const back = exitEdgePath({ ...ends, sourceX: 300, targetX: 100, sourceY: 150, targetY: 50 })
    expect(back.labelY - forward.labelY).toBe(backSwingPx * 0.75)
  })

  it('loops over the node when a scene leads to itself', () => {
    const loop = exitEdgePath({ ...ends, isLoop: true, sourceX: 208, targetX: 0, targetY: 50 })
    expect(loop.labelX).toBe(104)
    expect(loop.labelY).toBeLessThan(-50)
  })
})

describe('shortEdgeLabel', () => {
  it('shortens long labels with an ellipsis, counting characters not UTF-16 units', () => {
    expect(shortEdgeLabel('Red door')).toBe('Red door')
    expect(shortEdgeLabel('Choice: walk all the way down to the old harbour', 20)).toBe('Choice: walk all th…')
    expect(shortEdgeLabel('😀'.repeat(40), 10)).toBe(`${'😀'.repeat(9)}…`)
  })
})
