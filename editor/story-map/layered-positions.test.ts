import { describe, expect, it } from 'vitest'
import { layeredPositions, layeredSpacingPx } from './layered-positions'

const node = (id: string, heightPx = 50) => ({ id, widthPx: 100, heightPx })
const edge = (source: string, target: string) => ({ id: `${source}>${target}`, source, target })
type Box = { x: number; y: number; width: number; height: number }
const boxes = (nodes: ReturnType<typeof node>[], positions: Map<string, { x: number; y: number }>): Box[] =>
  nodes.map((n) => ({ ...positions.get(n.id)!, width: n.widthPx, height: n.heightPx }))
const apart = (a: Box, b: Box) => a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y

describe('layeredPositions', () => {
  it('puts each node one column further than the node that first reaches it; back links and loops move nothing', () => {
    const nodes = ['a', 'b', 'c', 'd'].map((id) => node(id))
    const chain = [edge('a', 'b'), edge('b', 'c'), edge('c', 'd')]
    const plain = layeredPositions(nodes, chain, 'a')
    const xs = nodes.map((n) => plain.get(n.id)!.x)
    expect(xs).toEqual([0, 1, 2, 3].map((i) => layeredSpacingPx.margin + i * (100 + layeredSpacingPx.ranksep)))
    // A chain stays on one line.
    expect(new Set(nodes.map((n) => plain.get(n.id)!.y))).toEqual(new Set([layeredSpacingPx.margin]))
    expect(layeredPositions(nodes, [...chain, edge('d', 'a'), edge('c', 'b'), edge('c', 'c')], 'a')).toEqual(plain)
  })

  it('stacks children of one scene around it, in author order, without overlaps, and starts unreached scenes in the first column', () => {
    const nodes = [node('root'), node('x', 80), node('y'), node('z'), node('lonely')]
    const positions = layeredPositions(nodes, [edge('root', 'x'), edge('root', 'y'), edge('root', 'z')], 'root')
    const y = (id: string) => positions.get(id)!.y
    expect(y('x')).toBeLessThan(y('y'))
    expect(y('y')).toBeLessThan(y('z'))
    expect(positions.get('lonely')!.x).toBe(positions.get('root')!.x)
    // The middle child is (nearly) level with its parent.
    expect(Math.abs(y('y') - y('root'))).toBeLessThan(20)
    const laid = boxes(nodes, positions)
    for (const [i, a] of laid.entries()) for (const b of laid.slice(i + 1)) expect(apart(a, b)).toBe(true)
    expect(Math.min(...laid.map((b) => b.y))).toBe(layeredSpacingPx.margin)
    expect([...positions.values()].every((p) => Number.isInteger(p.x) && Number.isInteger(p.y))).toBe(true)
  })

  it('is deterministic and handles 3000 scenes in linear time (no quadratic step)', () => {
    const nodes = Array.from({ length: 3000 }, (_, i) => node(`n${i}`))
    const edges = nodes.flatMap((n, i) => [edge(n.id, `n${(i + 1) % 3000}`), edge(n.id, `n${(i * 7 + 3) % 3000}`)])
    const first = layeredPositions(nodes, edges, 'n0')
    expect(layeredPositions([...nodes], [...edges], 'n0')).toEqual(first)
    expect(first.size).toBe(3000)
    expect(new Set([...first.values()].map((p) => `${p.x},${p.y}`)).size).toBe(3000)
  })
})
