/**
 * Drawing a rectangle of a layer bitmap where a matrix puts it, with nearest-neighbour sampling
 * (the frame painter turns smoothing off).
 *
 * When the matrix only moves the layer (no scale, rotation or shear), the whole bitmap is drawn
 * at its place, clipped to the screen pixels whose centres the rectangle covers: the library
 * copies a moved bitmap on a cheaper path than it samples a source rectangle (about a third
 * cheaper for a street's layers, measured), and the pixels are the same to the byte (tested).
 * Any other matrix draws the source rectangle.
 */
import type { Canvas, SKRSContext2D } from './canvas.js'
import type { Affine } from './projection.js'

/** Whether a matrix only moves (no scale, rotation or shear). */
export const isTranslation = (m: Affine): boolean =>
  m.a === 1 && m.b === 0 && m.c === 0 && m.d === 1

/** A rectangle of a bitmap, in its pixels. */
export type BitmapRect = { left: number; top: number; width: number; height: number }

/** Draw these rectangles of `canvas` where `m` maps its pixels on screen; leaves `m` set. */
export function drawBitmapRects(
  ctx: SKRSContext2D,
  canvas: Canvas,
  m: Affine,
  rects: readonly BitmapRect[],
): void {
  ctx.setTransform(m.a, m.b, m.c, m.d, m.e, m.f)
  if (!isTranslation(m)) {
    for (const { left, top, width, height } of rects) {
      ctx.drawImage(canvas, left, top, width, height, left, top, width, height)
    }
    return
  }
  // Sampling the nearest source pixel, the library draws a pixel whose centre lies right of
  // (below) an edge at e, and a centre exactly on it only at the far edge: from floor(e - 0.5)
  // + 1. Source pixel 0 lands on the pixel from the layer's own edge, so the whole-layer draw is
  // moved by that many whole pixels (moved by half a pixel, it would round the other way).
  const edge = (at: number) => Math.floor(at - 0.5) + 1
  const moveX = edge(m.e)
  const moveY = edge(m.f)
  for (const { left, top, width, height } of rects) {
    const x = edge(left + m.e)
    const y = edge(top + m.f)
    ctx.save()
    ctx.setTransform(1, 0, 0, 1, 0, 0)
    ctx.beginPath()
    ctx.rect(x, y, edge(left + width + m.e) - x, edge(top + height + m.f) - y)
    ctx.clip()
    ctx.setTransform(1, 0, 0, 1, moveX, moveY)
    ctx.drawImage(canvas, 0, 0)
    ctx.restore()
  }
}
