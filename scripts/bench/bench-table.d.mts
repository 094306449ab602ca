export type BenchRow = {
  metric: string
  unit?: string
  ours: number | null
  peers?: Record<string, number | null>
  digits?: number
  note?: string
}
export declare const median: (xs: readonly (number | null | undefined)[]) => number | null
export declare const ratio: (ours: number | null | undefined, reference: number | null | undefined) => number | null
export declare const fastest: (values: Record<string, number | null | undefined>) => { name: string; value: number } | null
export declare const rowCells: (row: BenchRow) => string[]
export declare const TABLE_HEAD: string[]
export declare const renderTable: (rows: readonly BenchRow[]) => string
