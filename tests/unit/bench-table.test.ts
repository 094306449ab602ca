import { describe, expect, it } from 'vitest'
import { fastest, median, ratio, renderTable, rowCells } from '../../scripts/bench/bench-table.mjs'

/** The maths of `npm run bench`'s one table (scripts/bench/bench-table.mjs; tests/bench/README.md). */
describe('bench table maths', () => {
  it('median ignores missing values and averages the middle pair', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([null, 5, undefined, Number.NaN])).toBe(5)
    expect(median([])).toBeNull()
  })

  it('ratio is ours over the reference, unknown when either is missing or the reference is 0', () => {
    expect(ratio(150, 100)).toBe(1.5)
    expect(ratio(50, 100)).toBe(0.5)
    expect(ratio(null, 100)).toBeNull()
    expect(ratio(10, 0)).toBeNull()
  })

  it('the fastest peer is the lowest value among the peers that have one', () => {
    expect(fastest({ pannellum: 900, marzipano: 800, three: 1300, psv: null })).toEqual({ name: 'marzipano', value: 800 })
    expect(fastest({ a: null })).toBeNull()
  })

  it('a row shows ours, the fastest peer, bare three.js and both ratios', () => {
    const cells = rowCells({ metric: 'first frame @4096', unit: 'ms', ours: 1200, peers: { pannellum: 950, three: 1500 } })
    expect(cells).toEqual(['first frame @4096', '1200 ms', 'pannellum 950', '1.26×', '1500', '0.80×', ''])
  })

  it('a row without peers (editor metrics) has dashes for the comparisons', () => {
    expect(rowCells({ metric: 'editor import', unit: 'ms', ours: 2500, note: 'no peer' })).toEqual(['editor import', '2500 ms', '–', '–', '–', '–', 'no peer'])
  })

  it('renders one Markdown table with a header and one line per row', () => {
    const table = renderTable([
      { metric: 'a', ours: 1, peers: { three: 2 } },
      { metric: 'b', ours: null },
    ])
    const lines = table.split('\n')
    expect(lines).toHaveLength(4)
    expect(lines[0]).toBe('| metric | Storysphere | fastest peer | ours / fastest | bare three.js | ours / three | note |')
    expect(lines[2]).toBe('| a | 1 | three 2 | 0.50× | 2 | 0.50× |  |')
    expect(lines[3]).toBe('| b | – | – | – | – | – |  |')
  })
})
