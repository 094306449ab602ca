import { describe, expect, it } from 'vitest'
import { dagrePositions, forwardEdges } from './dagre-positions'

const node = (id: string) => ({ id, widthPx: 100, heightPx: 50 })
const edge = (source: string, target: string) => ({ id: `${source}>${target}`, source, target })

describe('dagrePositions', () => {
  const nodes = ['a', 'b', 'c', 'd', 'x'].map(node)
  const edges = [edge('a', 'b'), edge('b', 'c'), edge('c', 'a'), edge('a', 'c'), edge('b', 'd'), edge('x', 'c'), edge('a', 'b')]

  it('lays out only edges one step further from the start (back links and jumps are left out)', () => {
    expect(forwardEdges(nodes, edges, 'a').map((e) => e.id)).toEqual(['a>b', 'a>c', 'b>d', 'x>c', 'a>b'])
    expect(forwardEdges(nodes, edges, 'x').map((e) => e.id)).toEqual(['a>b', 'c>a', 'b>d', 'x>c', 'a>b'])
  })

  it('places nodes left to right, in whole pixels, the same every time', () => {
    const positions = dagrePositions(nodes, edges, 'a')
    const x = (id: string) => positions.get(id)!.x
    expect(x('a')).toBeLessThan(x('b'))
    expect(x('a')).toBeLessThan(x('c'))
    expect(x('b')).toBeLessThan(x('d'))
    expect([...positions.values()].every((p) => Number.isInteger(p.x) && Number.isInteger(p.y))).toBe(true)
    expect(dagrePositions([...nodes], [...edges].reverse(), 'a')).toEqual(dagrePositions(nodes, [...edges].reverse(), 'a'))
  })
})
