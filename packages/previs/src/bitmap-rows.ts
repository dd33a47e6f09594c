/**
 * Row facts about a layer bitmap, measured on the canvas: which rows hold anything at all, and
 * which are fully opaque across the columns the camera can see.
 *
 * Reading a whole layer back (tens of megabytes for a near layer under a dolly) costs far more
 * than painting it, so the columns are combined on the canvas instead, with a compositing
 * operation that keeps the answer exact, and only the resulting one-pixel column is read.
 */
import { createCanvas, type Canvas } from './canvas.js'

const STRIP_WIDTH = 256
/** Folding stops at this width: the last few columns are cheaper to combine here. */
const READ_WIDTH = 16

/**
 * Combine columns [from, to) of `source` with a compositing operation and test each row of the
 * result. Tiles of the bitmap are drawn into a strip (a power of two wide, at most STRIP_WIDTH),
 * which is folded in half down to READ_WIDTH columns; those are read and `test`ed row by row.
 * Every draw covers the whole strip, since operations like 'destination-in' also act where
 * nothing is drawn: a tile narrower than the strip is padded first with `padding` (what leaves a
 * column unchanged).
 */
function combineColumns(
  source: Canvas,
  from: number,
  to: number,
  operation: 'lighter' | 'destination-in',
  padding: 'transparent' | 'opaque',
  test: (alphas: number[]) => boolean,
): Uint8Array {
  const { height } = source
  let width = 1
  while (width < Math.min(STRIP_WIDTH, to - from)) width *= 2
  let strip = createCanvas(width, height)
  let ctx = strip.getContext('2d')
  for (let x = from; x < to; x += width) {
    const w = Math.min(width, to - x)
    let tile: Canvas = source
    let tileX = x
    if (w < width) {
      tile = createCanvas(width, height)
      const tileCtx = tile.getContext('2d')
      tileCtx.drawImage(source, x, 0, w, height, 0, 0, w, height)
      if (padding === 'opaque') tileCtx.fillRect(w, 0, width - w, height)
      tileX = 0
    }
    ctx.globalCompositeOperation = x === from ? 'source-over' : operation
    ctx.drawImage(tile, tileX, 0, width, height, 0, 0, width, height)
  }
  while (width > READ_WIDTH) {
    const half = width / 2
    const folded = createCanvas(half, height)
    const foldedCtx = folded.getContext('2d')
    foldedCtx.drawImage(strip, 0, 0, half, height, 0, 0, half, height)
    foldedCtx.globalCompositeOperation = operation
    foldedCtx.drawImage(strip, half, 0, half, height, 0, 0, half, height)
    ;[strip, ctx, width] = [folded, foldedCtx, half]
  }
  const pixels = ctx.getImageData(0, 0, width, height).data
  const rows = new Uint8Array(height)
  const alphas: number[] = []
  for (let y = 0; y < height; y++) {
    alphas.length = 0
    for (let x = 0; x < width; x++) alphas.push(pixels[(y * width + x) * 4 + 3] as number)
    rows[y] = test(alphas) ? 1 : 0
  }
  return rows
}

/**
 * Whether each row holds any pixel that is not fully transparent: alphas added up ('lighter')
 * are zero only where every alpha is zero.
 */
export function rowsWithContent(canvas: Canvas): (y: number) => boolean {
  const rows = combineColumns(canvas, 0, canvas.width, 'lighter', 'transparent', (alphas) =>
    alphas.some((alpha) => alpha !== 0),
  )
  return (y) => rows[y] === 1
}

/**
 * 1 for each row that is fully opaque in columns [from, to). Alphas multiplied together
 * ('destination-in') stay at 255 only where every alpha is 255; a product of 8-bit alphas below
 * 255 never rounds back up to it.
 */
export function opaqueRows(canvas: Canvas, from: number, to: number): Uint8Array {
  return combineColumns(canvas, from, to, 'destination-in', 'opaque', (alphas) =>
    alphas.every((alpha) => alpha === 255),
  )
}

/**
 * Per row, the runs of fully opaque columns: row y's runs are [bounds[2i], bounds[2i + 1]) for i
 * from offsets[y] to offsets[y + 1].
 */
export type OpaqueRuns = { offsets: Uint32Array; bounds: Int32Array }

/** Rows [from, to) of a bitmap whose content lies in columns [left, right); nothing outside. */
export type ContentBand = { from: number; to: number; left: number; right: number }

/** Row facts read back from a bitmap's pixels. */
export type RowScan = {
  /** Each row's runs of fully opaque columns. */
  runs: OpaqueRuns
  /** Rows [from, to) and the columns [left, right) holding every pixel that is not transparent. */
  bands: ContentBand[]
}

/** Past this many pixels a bitmap is not read back (reading back costs more than it saves). */
export const SCAN_MAX_PIXELS = 2_500_000
/** Rows are read back about this many bytes at a time, so the buffers stay small and reused. */
const BAND_BYTES = 1 << 20
/**
 * A draw call costs about as much as compositing this many pixels: a band of rows is split where
 * drawing its rows in two narrower rectangles saves more than that.
 */
const DRAW_COST_PIXELS = 4000

/** Read the bitmap back and scan it, row by row; null for one larger than SCAN_MAX_PIXELS. */
export function scanRows(canvas: Canvas): RowScan | null {
  const { width, height } = canvas
  if (width * height > SCAN_MAX_PIXELS) return null
  const ctx = canvas.getContext('2d')
  const offsets = new Uint32Array(height + 1)
  const bounds: number[] = []
  const lefts = new Int32Array(height)
  const rights = new Int32Array(height)
  const band = Math.max(1, Math.floor(BAND_BYTES / (width * 4)))
  for (let top = 0; top < height; top += band) {
    const rows = Math.min(band, height - top)
    const data = ctx.getImageData(0, top, width, rows).data
    for (let y = 0; y < rows; y++) {
      offsets[top + y] = bounds.length / 2
      let start = -1
      let left = width
      let right = 0
      for (let x = 0, i = y * width * 4 + 3; x < width; x++, i += 4) {
        const alpha = data[i] as number
        if (alpha !== 0) {
          if (x < left) left = x
          right = x + 1
        }
        if (alpha === 255) {
          if (start < 0) start = x
        } else if (start >= 0) {
          bounds.push(start, x)
          start = -1
        }
      }
      if (start >= 0) bounds.push(start, width)
      lefts[top + y] = left
      rights[top + y] = right
    }
  }
  offsets[height] = bounds.length / 2
  return {
    runs: { offsets, bounds: Int32Array.from(bounds) },
    bands: contentBands(lefts, rights),
  }
}

/**
 * Group rows into bands whose content columns are drawn as one rectangle each: a row joins the
 * band above it unless drawing the two apart costs less than the draw call it adds. Empty rows
 * (left >= right) belong to no band.
 */
export function contentBands(lefts: Int32Array, rights: Int32Array): ContentBand[] {
  const bands: ContentBand[] = []
  let band: ContentBand | null = null
  let area = 0 // pixels holding content-bearing columns in the band's rows, row by row
  for (let y = 0; y < lefts.length; y++) {
    const left = lefts[y] as number
    const right = rights[y] as number
    if (left >= right) {
      band = null
      continue
    }
    if (band) {
      const l = Math.min(band.left, left)
      const r = Math.max(band.right, right)
      const together = (band.to - band.from + 1) * (r - l)
      const apart = area + (right - left) + DRAW_COST_PIXELS
      if (together <= apart) {
        band.to = y + 1
        band.left = l
        band.right = r
        area += right - left
        continue
      }
    }
    band = { from: y, to: y + 1, left, right }
    area = right - left
    bands.push(band)
  }
  return bands
}

/** Whether row `y` is fully opaque in every column from `first` to `last`, both included. */
export function opaqueAcross(runs: OpaqueRuns, y: number, first: number, last: number): boolean {
  const { offsets, bounds } = runs
  const end = offsets[y + 1] as number
  for (let i = offsets[y] as number; i < end; i++) {
    if ((bounds[2 * i] as number) <= first && (bounds[2 * i + 1] as number) > last) return true
  }
  return false
}
