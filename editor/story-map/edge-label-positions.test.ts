import { readFileSync } from 'node:fs'
import { parseStoryFile } from '@story-schema'
import { describe, expect, it } from 'vitest'
import { edgeLabelPositions } from './edge-label-positions'
import { shortEdgeLabel } from './exit-edge-path'
import type { Box } from './label-placement'
import { labelBoxSize } from './label-placement'
import { layoutStoryMap } from './layout-story-map'

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
const labelBox = (at: { x: number; y: number }, text: string): Box => {
  const size = labelBoxSize(shortEdgeLabel(text))
  return { x: at.x - size.width / 2, y: at.y - size.height / 2, ...size }
}

describe('edgeLabelPositions', () => {
  it('puts a label on its curve when that is free, and moves a second one off the first', () => {
    const nodes = new Map([
      ['a', { x: 0, y: 0, width: 208, height: 168 }],
      ['b', { x: 458, y: 0, width: 208, height: 168 }],
    ])
    const edge = { source: 'a', target: 'b', parallelIndex: 0, parallelCount: 1 }
    const placed = edgeLabelPositions([{ ...edge, id: 'one', label: 'Over the road' }, { ...edge, id: 'two', label: 'Same way' }], nodes)
    expect(placed.get('one')).toEqual({ x: 333, y: 84 })
    expect(overlaps(labelBox(placed.get('one')!, 'Over the road'), labelBox(placed.get('two')!, 'Same way'))).toBe(false)
  })

  it('on the My street sample, no label covers a scene or another label', () => {
    const parsed = parseStoryFile(readFileSync('samples/my-street/story.json', 'utf8'))
    if (!parsed.ok) throw new Error('sample does not load')
    const { nodes, edges } = layoutStoryMap(parsed.story)
    const nodeBoxes = nodes.map((node) => ({ ...node.position, width: node.width!, height: node.height! }))
    const labels = edges.map((edge) => labelBox(edge.data!.labelAt!, edge.data!.edgeLabel))
    expect(labels).toHaveLength(13)
    labels.forEach((label, i) => {
      expect(nodeBoxes.filter((node) => overlaps(label, node))).toEqual([])
      expect(labels.filter((other, j) => j !== i && overlaps(label, other))).toEqual([])
    })
  })
})
