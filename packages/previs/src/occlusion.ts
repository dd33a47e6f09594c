/**
 * Which rows of each layer a frame needs. A layer row that is opaque across the whole frame (its
 * ground, a stretch of facades, an interior wall) hides everything behind it, so layers further
 * back are drawn only in the screen rows no nearer layer covers.
 *
 * Exact for frames without roll: screen row y of a layer drawn with nearest-neighbour sampling
 * shows bitmap row floor((y + 0.5 - f) / d), and screen column x bitmap column
 * floor((x + 0.5 - e) / a). A screen row counts as covered only if that bitmap row and its
 * neighbours are opaque in every column the frame shows and one more either side, and each band
 * drawn behind extends one bitmap row past its ends, into covered rows the nearer layer paints
 * over anyway.
 */
import { opaqueAcross, type OpaqueRuns } from './bitmap-rows.js'
import type { Affine } from './projection.js'

export type LayerRows = {
  /** Bitmap rows, in its own pixels. */
  rows: number
  /** Bitmap to screen. */
  matrix: Affine
  /** 1 for each bitmap row opaque in every column any frame of the take shows. */
  opaqueRows?: Uint8Array
  /** Each bitmap row's runs of opaque columns: what hides what is behind in this frame. */
  opaqueRuns?: OpaqueRuns
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

/**
 * Flag the screen rows an unrolled layer hides: those whose bitmap row and both its neighbours are
 * opaque across the frame (by the layer's runs where it has them, else by its rows opaque all
 * take long).
 */
export function coverRows(layer: LayerRows, covered: Uint8Array, screenWidth: number): void {
  const { rows, matrix, opaqueRows, opaqueRuns } = layer
  const { a, d, e, f } = matrix
  let opaque: (row: number) => boolean
  if (opaqueRuns && a > 0) {
    const leftmost = Math.floor((0.5 - e) / a)
    if (leftmost < 0) return // the frame shows past the bitmap's left edge
    const first = Math.max(0, leftmost - 1)
    const last = Math.floor((screenWidth - 0.5 - e) / a) + 1
    opaque = (row) => row >= 0 && row < rows && opaqueAcross(opaqueRuns, row, first, last)
  } else if (opaqueRows) {
    opaque = (row) => row >= 0 && row < rows && opaqueRows[row] === 1
  } else return
  // Each bitmap row the frame shows (and one beyond either end) is tested once.
  const rowAt = (y: number) => Math.floor((y + 0.5 - f) / d)
  const low = rowAt(0) - 1
  const flags = new Uint8Array(rowAt(covered.length - 1) + 2 - low)
  for (let i = 0; i < flags.length; i++) flags[i] = opaque(low + i) ? 1 : 0
  for (let y = 0; y < covered.length; y++) {
    const i = rowAt(y) - low
    if (flags[i - 1] && flags[i] && flags[i + 1]) covered[y] = 1
  }
}

/** Bitmap row ranges [from, to) to draw, for layers listed front to back; null if the frame is rolled. */
export function visibleRows(
  frontToBack: LayerRows[],
  screen: { width: number; height: number },
): number[][][] | null {
  if (frontToBack.some(({ matrix }) => isRolled(matrix))) return null
  const covered = new Uint8Array(screen.height)
  return frontToBack.map((layer) => {
    const ranges = uncoveredRows(layer, covered)
    coverRows(layer, covered, screen.width)
    return ranges
  })
}
