import { describe, expect, it } from 'vitest'
import { createBoxColumns } from './box-columns'

describe('createBoxColumns', () => {
  it('finds every box that shares a strip with a range, each once, and leaves out far ones', () => {
    const columns = createBoxColumns()
    const wide = { x: 100, y: 0, width: 1200, height: 20 }
    const near = { x: 600, y: 50, width: 10, height: 10 }
    const far = { x: 5000, y: 0, width: 10, height: 10 }
    const negative = { x: -300, y: 0, width: 10, height: 10 }
    for (const box of [wide, near, far, negative]) columns.add(box)
    expect(columns.near(550, 700)).toEqual([wide, near])
    expect(columns.near(1250, 1260)).toEqual([wide])
    expect(columns.near(-290, -280)).toEqual([negative])
    expect(columns.near(9000, 9100)).toEqual([])
  })
})
