import { createCanvas, type Canvas } from './canvas.js'
import { describe, expect, it } from 'vitest'
import { opaqueRows, rowsWithContent } from './bitmap-rows.js'

/** The same facts read back pixel by pixel. */
function readRows(canvas: Canvas, from: number, to: number) {
  const { width, height } = canvas
  const alpha = canvas.getContext('2d').getImageData(0, 0, width, height).data
  const rows = Array.from({ length: height }, (_, y) =>
    Array.from({ length: to - from }, (_, i) => alpha[(y * width + from + i) * 4 + 3] as number),
  )
  return {
    content: rows.map((row) => row.some((a) => a !== 0)),
    opaque: rows.map((row) => (row.every((a) => a === 255) ? 1 : 0)),
  }
}

/** An odd-sized bitmap: a faint pixel, a lone opaque pixel at the edge, soft shapes, a ground. */
function sample(): Canvas {
  const canvas = createCanvas(601, 90)
  const ctx = canvas.getContext('2d')
  ctx.fillStyle = 'rgba(10, 20, 30, 0.004)' // alpha 1
  ctx.fillRect(300, 5, 1, 1)
  ctx.fillStyle = '#123'
  ctx.fillRect(600, 12, 1, 1)
  ctx.fillStyle = 'rgba(200, 40, 30, 0.6)'
  ctx.beginPath()
  ctx.arc(150, 40, 25.5, 0, Math.PI * 2)
  ctx.fill()
  ctx.fillStyle = '#456'
  ctx.fillRect(0, 60.5, 601, 29.5) // half-covered top row, then solid ground
  ctx.clearRect(599, 75, 2, 1) // a hole near the right edge
  return canvas
}

describe('bitmap rows', () => {
  it('finds every row with any visible pixel, exactly as reading the pixels does', () => {
    const canvas = sample()
    const expected = readRows(canvas, 0, canvas.width).content
    const hasContent = rowsWithContent(canvas)
    expect(expected.map((_, y) => hasContent(y))).toEqual(expected)
  })

  it.each([
    [0, 601],
    [0, 598],
    [37, 300],
    [200, 201],
  ])('finds the fully opaque rows in columns %i..%i', (from, to) => {
    const canvas = sample()
    expect([...opaqueRows(canvas, from, to)]).toEqual(readRows(canvas, from, to).opaque)
  })
})
