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
