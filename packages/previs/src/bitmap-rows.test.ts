import { createCanvas, type Canvas } from './canvas.js'
import { describe, expect, it } from 'vitest'
import { contentBands, opaqueAcross, opaqueRows, rowsWithContent, scanRows } from './bitmap-rows.js'

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

  it("reads back each row's runs of opaque columns and bands holding all its content", () => {
    const canvas = sample()
    const scan = scanRows(canvas)
    expect(scan).not.toBeNull()
    if (!scan) return
    const { width, height } = canvas
    const alpha = canvas.getContext('2d').getImageData(0, 0, width, height).data
    const at = (x: number, y: number) => alpha[(y * width + x) * 4 + 3] as number
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        // A one-column span is opaque exactly where the pixel is.
        expect(opaqueAcross(scan.runs, y, x, x), `${x},${y}`).toBe(at(x, y) === 255)
        if (at(x, y) === 0) continue
        const inBand = scan.bands.some(
          (band) => y >= band.from && y < band.to && x >= band.left && x < band.right,
        )
        expect(inBand, `${x},${y}`).toBe(true)
      }
    }
    // The faint pixel, the lone pixel, the disc and the ground: not one rectangle over all.
    const area = scan.bands.reduce((sum, b) => sum + (b.to - b.from) * (b.right - b.left), 0)
    expect(area).toBeLessThan(width * height * 0.6)
    expect(opaqueAcross(scan.runs, 80, 0, 600)).toBe(true)
    expect(opaqueAcross(scan.runs, 75, 0, 600)).toBe(false) // the hole
  })

  it('splits bands where narrower rectangles save more than a draw call costs', () => {
    const rows = (spans: [number, number][]) =>
      [
        Int32Array.from(spans.map(([left]) => left)),
        Int32Array.from(spans.map(([, right]) => right)),
      ] as const
    // A thin post for 200 rows standing on a wide ground: two bands, not one wide one.
    const post = Array.from({ length: 200 }, () => [500, 510] as [number, number])
    const ground = Array.from({ length: 20 }, () => [0, 2000] as [number, number])
    expect(contentBands(...rows([...post, ...ground]))).toEqual([
      { from: 0, to: 200, left: 500, right: 510 },
      { from: 200, to: 220, left: 0, right: 2000 },
    ])
    // Rows that differ by a few columns stay one band; empty rows belong to none.
    expect(
      contentBands(
        ...rows([
          [10, 100],
          [12, 101],
          [0, 0],
          [11, 99],
        ]),
      ),
    ).toEqual([
      { from: 0, to: 2, left: 10, right: 101 },
      { from: 3, to: 4, left: 11, right: 99 },
    ])
  })

  it('reads back no bitmap larger than the limit', () => {
    expect(scanRows(createCanvas(2000, 1300))).toBeNull()
  })
})
