/**
 * Which rows of each layer a frame needs. A layer's fully opaque rows (its ground, a continuous
 * row of facades, an interior wall) hide everything behind them across the whole frame, so
 * layers further back are drawn only in the screen rows no nearer layer covers.
 *
 * Exact for frames without roll: screen row y of a layer drawn with nearest-neighbour sampling
 * shows bitmap row floor((y + 0.5 - f) / d). A screen row counts as covered only if that bitmap
 * row and its neighbours are opaque, and each band drawn behind extends one bitmap row past its
 * ends, into covered rows the nearer layer paints over anyway.
 */
import type { Affine } from './projection.js'

export type LayerRows = {
  /** Bitmap rows, in its own pixels. */
  rows: number
  /** Bitmap to screen. */
  matrix: Affine
  /** 1 for each bitmap row that hides whatever is behind it. */
  opaqueRows?: Uint8Array
}

/** Whether a layer drawn with this matrix is rolled, sheared or flipped (no row occlusion then). */
export function isRolled(m: Affine): boolean {
  return m.b !== 0 || m.c !== 0 || m.d <= 0
}

/**
 * Bitmap row ranges [from, to) of one unrolled layer that show in the screen rows not yet
 * `covered` (one flag per screen row), each extended one bitmap row past its ends.
 */
export function uncoveredRows(layer: LayerRows, covered: Uint8Array): number[][] {
  const {
    rows,
    matrix: { d, f },
  } = layer
  const screenHeight = covered.length
  const sourceRow = (y: number) => Math.floor((y + 0.5 - f) / d)
  const ranges: number[][] = []
  for (let y = 0; y < screenHeight;) {
    if (covered[y]) {
      y++
      continue
    }
    const start = y
    while (y < screenHeight && !covered[y]) y++
    const from = Math.max(0, sourceRow(start) - 1)
    const to = Math.min(rows, sourceRow(y - 1) + 2)
    const last = ranges[ranges.length - 1]
    if (to <= from) continue
    if (last && from <= (last[1] as number)) last[1] = Math.max(last[1] as number, to)
    else ranges.push([from, to])
  }
  return ranges
}

/** Flag the screen rows an unrolled layer's opaque rows hide (a row and both its neighbours opaque). */
export function coverRows(layer: LayerRows, covered: Uint8Array): void {
  const {
    rows,
    matrix: { d, f },
    opaqueRows,
  } = layer
  if (!opaqueRows) return
  const opaque = (row: number) => row >= 0 && row < rows && opaqueRows[row] === 1
  for (let y = 0; y < covered.length; y++) {
    const row = Math.floor((y + 0.5 - f) / d)
    if (opaque(row - 1) && opaque(row) && opaque(row + 1)) covered[y] = 1
  }
}

/** Bitmap row ranges [from, to) to draw, for layers listed front to back; null if the frame is rolled. */
export function visibleRows(frontToBack: LayerRows[], screenHeight: number): number[][][] | null {
  if (frontToBack.some(({ matrix }) => isRolled(matrix))) return null
  const covered = new Uint8Array(screenHeight)
  return frontToBack.map((layer) => {
    const ranges = uncoveredRows(layer, covered)
    coverRows(layer, covered)
    return ranges
  })
}
