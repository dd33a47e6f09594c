import { describe, expect, it } from 'vitest'
import { createCanvas, type Canvas } from './canvas.js'
import { drawBitmapRects, isTranslation, type BitmapRect } from './layer-draw.js'
import type { Affine } from './projection.js'
import { createRandom } from './random.js'

const SCREEN = { width: 320, height: 180 }

/** A layer with opaque, half-transparent and empty parts, and antialiased edges. */
function layer(): Canvas {
  const canvas = createCanvas(400, 150)
  const ctx = canvas.getContext('2d')
  const random = createRandom(11)
  for (let i = 0; i < 60; i++) {
    ctx.fillStyle = `rgba(${random.int(0, 255)},${random.int(0, 255)},${random.int(0, 255)},${random.pick([1, 0.5, 0.2])})`
    ctx.beginPath()
    ctx.arc(random.range(0, 400), random.range(0, 150), random.range(3, 30), 0, Math.PI * 2)
    ctx.fill()
  }
  return canvas
}

/** The screen after drawing the rectangles one way or the other. */
function screen(
  bitmap: Canvas,
  m: Affine,
  rects: BitmapRect[],
  draw: 'source rectangles' | 'drawBitmapRects',
): Buffer {
  const canvas = createCanvas(SCREEN.width, SCREEN.height)
  const ctx = canvas.getContext('2d', { alpha: false })
  ctx.imageSmoothingEnabled = false
  ctx.fillStyle = '#203040'
  ctx.fillRect(0, 0, SCREEN.width, SCREEN.height)
  if (draw === 'drawBitmapRects') drawBitmapRects(ctx, bitmap, m, rects)
  else {
    ctx.setTransform(m.a, m.b, m.c, m.d, m.e, m.f)
    for (const { left, top, width, height } of rects) {
      ctx.drawImage(bitmap, left, top, width, height, left, top, width, height)
    }
  }
  return Buffer.from(ctx.getImageData(0, 0, SCREEN.width, SCREEN.height).data)
}

describe('drawing rectangles of a layer', () => {
  const bitmap = layer()
  const rects: BitmapRect[] = [
    { left: 0, top: 0, width: 400, height: 40 },
    { left: 30, top: 40, width: 90, height: 35 },
    { left: 150, top: 40, width: 200, height: 35 },
    { left: 0, top: 75, width: 400, height: 75 },
  ]

  it('gives the same pixels as drawing the source rectangles when the layer only moves', () => {
    const random = createRandom(5)
    const offsets = [0, 0.5, -0.5, 0.25, 0.75, 10.5, -37.5, 0.4999, 0.5001]
    const moves = [
      ...offsets.map((x) => ({ x: x - 40, y: x + 12 })),
      ...Array.from({ length: 24 }, () => ({ x: random.range(-80, 0), y: random.range(-20, 40) })),
    ]
    for (const { x, y } of moves) {
      const m = { a: 1, b: 0, c: 0, d: 1, e: x, f: y }
      expect(isTranslation(m)).toBe(true)
      const expected = screen(bitmap, m, rects, 'source rectangles')
      expect(screen(bitmap, m, rects, 'drawBitmapRects').equals(expected), `moved ${x}, ${y}`).toBe(
        true,
      )
    }
  })

  it('draws only the rectangles, not the rest of the layer', () => {
    const m = { a: 1, b: 0, c: 0, d: 1, e: -20.3, f: 7.6 }
    const everything = screen(
      bitmap,
      m,
      [{ left: 0, top: 0, width: 400, height: 150 }],
      'drawBitmapRects',
    )
    const some = screen(bitmap, m, rects.slice(1, 3), 'drawBitmapRects')
    expect(some.equals(everything)).toBe(false)
    expect(some.equals(screen(bitmap, m, rects.slice(1, 3), 'source rectangles'))).toBe(true)
  })

  it('samples the source rectangles of a scaled layer', () => {
    const m = { a: 0.93, b: 0, c: 0, d: 0.93, e: -20.3, f: 7.6 }
    expect(isTranslation(m)).toBe(false)
    expect(
      screen(bitmap, m, rects, 'drawBitmapRects').equals(
        screen(bitmap, m, rects, 'source rectangles'),
      ),
    ).toBe(true)
  })
})
