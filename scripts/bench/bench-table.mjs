// The maths and the one table of `npm run bench` (unit-tested in tests/unit/bench-table.test.ts).

/** Median of the numbers in `xs` (null/undefined/NaN ignored); null when there are none. */
export const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number' && !Number.isNaN(x)).sort((a, b) => a - b)
  if (s.length === 0) return null
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

/** ours / reference (lower is better for every bench metric, so < 1 means we are ahead); null if unknown. */
export const ratio = (ours, reference) =>
  typeof ours === 'number' && typeof reference === 'number' && reference > 0 ? ours / reference : null

/** The peer with the lowest value: { name, value }, or null when no peer has a value. */
export const fastest = (values) => {
  let best = null
  for (const [name, value] of Object.entries(values)) {
    if (typeof value !== 'number' || Number.isNaN(value)) continue
    if (!best || value < best.value) best = { name, value }
  }
  return best
}

const fmt = (x, digits = 0) => (typeof x === 'number' && !Number.isNaN(x) ? x.toFixed(digits) : '–')
const fmtRatio = (r) => (r === null ? '–' : `${r.toFixed(2)}×`)

/**
 * One row: { metric, unit, ours, peers: { name: value }, digits?, note? } -> table cells. `three` is
 * the bare three.js page; the fastest peer is picked among all peers (three included).
 */
export const rowCells = (row) => {
  const best = fastest(row.peers ?? {})
  const three = row.peers?.three ?? null
  return [
    row.metric,
    `${fmt(row.ours, row.digits)}${row.unit ? ' ' + row.unit : ''}`,
    best ? `${best.name} ${fmt(best.value, row.digits)}` : '–',
    fmtRatio(best ? ratio(row.ours, best.value) : null),
    three === null ? '–' : fmt(three, row.digits),
    fmtRatio(ratio(row.ours, three)),
    row.note ?? '',
  ]
}

export const TABLE_HEAD = ['metric', 'Storysphere', 'fastest peer', 'ours / fastest', 'bare three.js', 'ours / three', 'note']

/** The Markdown table (also readable as plain text in a terminal). */
export const renderTable = (rows) => {
  const lines = [`| ${TABLE_HEAD.join(' | ')} |`, `|${TABLE_HEAD.map((_, i) => (i === 0 || i === 6 ? '---' : '---:')).join('|')}|`]
  for (const row of rows) lines.push(`| ${rowCells(row).join(' | ')} |`)
  return lines.join('\n')
}
