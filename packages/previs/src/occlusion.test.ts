import { describe, expect, it } from 'vitest'
import type { OpaqueRuns } from './bitmap-rows.js'
import { visibleRows, type LayerRows } from './occlusion.js'

const at = (f: number, d = 1) => ({ a: d, b: 0, c: 0, d, e: 0, f })
// Layer bitmaps reach past the frame, as the real ones do: 120 rows for a 100-row screen.
const ROWS = 120
const opaqueFrom = (rows: number, from: number, except: number[] = []) =>
  Uint8Array.from({ length: rows }, (_, row) => (row >= from && !except.includes(row) ? 1 : 0))

describe('rows each layer needs', () => {
  it('draws what stands behind a wall only above the wall', () => {
    const wall: LayerRows = { rows: ROWS, matrix: at(0), opaqueRows: opaqueFrom(ROWS, 30) }
    const sky: LayerRows = { rows: ROWS, matrix: at(0) }
    const [forWall, forSky] = visibleRows([wall, sky], { width: 100, height: 100 }) as number[][][]
    expect(forWall).toEqual([[0, 101]])
    // Screen rows 0..30 are uncovered (row 30 borders a row that is not opaque), and the band
    // reaches one row past them.
    expect(forSky).toEqual([[0, 32]])
  })

  it('lets a row that is not fully opaque show what is behind it', () => {
    const wall: LayerRows = { rows: ROWS, matrix: at(0), opaqueRows: opaqueFrom(ROWS, 30, [60]) }
    const sky: LayerRows = { rows: ROWS, matrix: at(0) }
    const [, forSky] = visibleRows([wall, sky], { width: 100, height: 100 }) as number[][][]
    // Rows 59..61 touch the leaky row 60; with one row either side, bitmap rows 58..62.
    expect(forSky).toEqual([
      [0, 32],
      [58, 63],
    ])
  })

  it('maps screen rows to bitmap rows through the layer transform', () => {
    // The wall's bitmap is drawn at twice its size, 20 px down.
    const wall: LayerRows = { rows: 60, matrix: at(20, 2), opaqueRows: opaqueFrom(60, 10) }
    const sky: LayerRows = { rows: ROWS, matrix: at(0) }
    const [, forSky] = visibleRows([wall, sky], { width: 100, height: 100 }) as number[][][]
    // Wall row 11, the first whose neighbours are opaque too, starts at screen row 42.
    expect(forSky).toEqual([[0, 43]])
  })

  it('combines the cover of every nearer layer', () => {
    const near: LayerRows = { rows: ROWS, matrix: at(0), opaqueRows: opaqueFrom(ROWS, 80) }
    const mid: LayerRows = { rows: ROWS, matrix: at(0), opaqueRows: opaqueFrom(ROWS, 40) }
    const far: LayerRows = { rows: ROWS, matrix: at(0) }
    const [, forMid, forFar] = visibleRows([near, mid, far], {
      width: 100,
      height: 100,
    }) as number[][][]
    expect(forMid).toEqual([[0, 82]])
    expect(forFar).toEqual([[0, 42]])
  })

  it('leaves rolled frames to the caller', () => {
    const rolled = { a: 0.99, b: 0.1, c: -0.1, d: 0.99, e: 0, f: 0 }
    expect(visibleRows([{ rows: 10, matrix: rolled }], { width: 10, height: 10 })).toBeNull()
  })

  it('covers a row where the wall is opaque across just the columns this frame shows', () => {
    // Every wall row from 30 down is opaque only in bitmap columns 40..139 (an alley either side).
    const runs: OpaqueRuns = {
      offsets: Uint32Array.from({ length: ROWS + 1 }, (_, row) => Math.max(0, row - 30)),
      bounds: Int32Array.from({ length: 2 * (ROWS - 30) }, (_, i) => (i % 2 === 0 ? 40 : 140)),
    }
    const sky: LayerRows = { rows: ROWS, matrix: at(0) }
    const wallAt = (e: number): LayerRows => ({
      rows: ROWS,
      matrix: { ...at(0), e },
      opaqueRuns: runs,
    })
    const screen = { width: 80, height: 100 }
    // Columns 50..129 on screen: inside the run, with a column to spare either side.
    expect((visibleRows([wallAt(-50), sky], screen) as number[][][])[1]).toEqual([[0, 32]])
    // Columns 39..118 and 61..140 reach an alley: the sky shows through.
    expect((visibleRows([wallAt(-39), sky], screen) as number[][][])[1]).toEqual([[0, 101]])
    expect((visibleRows([wallAt(-61), sky], screen) as number[][][])[1]).toEqual([[0, 101]])
    // Past the bitmap's left edge nothing is covered.
    expect((visibleRows([wallAt(10), sky], screen) as number[][][])[1]).toEqual([[0, 101]])
  })
})
