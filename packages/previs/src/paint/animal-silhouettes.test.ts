/**
 * Dogs, cats, cattle and pigs are not small horses: painted at the same length, the legs below a
 * dog's, a cat's or a pig's body are shorter than a horse's, for the length of the animal, and a
 * cow's body is deeper. Grazing, an animal's head is down at the grass.
 */
import { describe, expect, it } from 'vitest'
import { createCanvas } from '../canvas.js'
import { css } from '../color.js'
import { createRandom } from '../random.js'
import { subjectWidth } from '../subject-words.js'
import { drawFigure, figureStyle } from './figures.js'

/** The canvas is 600 px square; every animal is painted 400 px wide about its centre, standing still. */
const SIZE = 600
const WIDE = 400

/**
 * How many pixels are painted (at least half opaque) in each row, from the ground up, and how
 * many columns hold any.
 */
function paint(noun: string, grazes: boolean): Uint8ClampedArray {
  const canvas = createCanvas(SIZE, SIZE)
  const ctx = canvas.getContext('2d')
  const px = WIDE / subjectWidth('animal', noun)
  const style = figureStyle(createRandom(1), 'animal', (material) => css(material), {
    backlit: false,
    lampsLit: false,
  })
  ctx.setTransform(px, 0, 0, -px, SIZE / 2, SIZE - 50)
  const still = { kind: 'still' as const, speed: 0, towardCamera: 0 }
  drawFigure(
    ctx,
    { kind: 'animal', noun, motion: still, ...(grazes ? { grazes: true as const } : {}) },
    style,
    0,
  )
  return ctx.getImageData(0, 0, SIZE, SIZE).data
}

function coverage(noun: string, grazes = false): { rows: number[]; length: number } {
  const alpha = paint(noun, grazes)
  const rows: number[] = []
  const columns = new Set<number>()
  for (let y = SIZE - 1; y >= 0; y--) {
    let count = 0
    for (let x = 0; x < SIZE; x++) {
      if ((alpha[(y * SIZE + x) * 4 + 3] ?? 0) < 128) continue
      count++
      columns.add(x)
    }
    rows.push(count)
  }
  // Drop the empty rows under the feet.
  return { rows: rows.slice(rows.findIndex((count) => count > 0)), length: columns.size }
}

/**
 * The height of the legs under the body, from the ground up to the first row at least 40% as wide
 * as the widest, as a share of the animal's painted length nose to tail.
 */
function legShare(noun: string): number {
  const { rows, length } = coverage(noun)
  const widest = Math.max(...rows)
  const legs = rows.findIndex((count) => count >= 0.4 * widest)
  return legs / length
}

describe('dogs and cats are drawn as themselves, not as small horses', () => {
  it('has shorter legs under a dog, a wolf, a fox, a puppy and a cat than under a horse', () => {
    const horse = legShare('horse')
    for (const noun of ['dog', 'wolf', 'fox', 'puppy', 'cat']) {
      expect(legShare(noun), `${noun} against a horse's ${horse}`).toBeLessThan(0.8 * horse)
    }
  })

  it('keeps horses, deer and sheep on the long-legged four-legged model', () => {
    for (const noun of ['horse', 'stallion', 'deer', 'sheep']) {
      expect(legShare(noun), noun).toBeGreaterThan(0.33)
    }
  })
})

/** Rows at least 40% as wide as the widest (the body, not legs, neck or tail), for the length. */
function bodyDepth(noun: string): number {
  const { rows, length } = coverage(noun)
  const widest = Math.max(...rows)
  return rows.filter((count) => count >= 0.4 * widest).length / length
}

describe('cattle and pigs are drawn as themselves', () => {
  it('gives a cow, a bull and a calf a deeper body than a horse for their length', () => {
    const horse = bodyDepth('horse')
    for (const noun of ['cow', 'bull', 'calf', 'ox']) {
      expect(bodyDepth(noun), `${noun} against a horse's ${horse}`).toBeGreaterThan(1.2 * horse)
    }
  })

  it('stands a pig and a piglet on shorter legs than a horse, for their length', () => {
    const horse = legShare('horse')
    for (const noun of ['pig', 'piglet', 'sow']) {
      expect(legShare(noun), `${noun} against a horse's ${horse}`).toBeLessThan(0.8 * horse)
    }
  })

  it("puts a grazing animal's head down at the grass", () => {
    for (const noun of ['horse', 'cow', 'sheep', 'pig']) {
      // The head is the front of the animal (it faces right): there, the highest painted pixel
      // is lower, and the lowest reaches down to the grass.
      const standing = frontRows(noun, false)
      const grazing = frontRows(noun, true)
      expect(grazing.top, noun).toBeLessThan(0.8 * standing.top)
      expect(grazing.bottom, noun).toBeLessThan(standing.bottom)
      expect(grazing.bottom, noun).toBeLessThan(12)
    }
  })
})

/** In the frontmost tenth of an animal's painted columns, its highest and lowest painted rows, in pixels over its feet. */
function frontRows(noun: string, grazes: boolean): { top: number; bottom: number } {
  const alpha = paint(noun, grazes)
  const painted = (x: number, y: number) => (alpha[(y * SIZE + x) * 4 + 3] ?? 0) >= 128
  const columns: number[] = []
  let ground = 0
  for (let x = 0; x < SIZE; x++) {
    for (let y = 0; y < SIZE; y++) {
      if (!painted(x, y)) continue
      columns.push(x)
      break
    }
  }
  for (let y = 0; y < SIZE; y++) for (let x = 0; x < SIZE; x++) if (painted(x, y)) ground = y
  const front = columns.slice(-Math.ceil(columns.length / 10))
  let top = Number.POSITIVE_INFINITY
  let bottom = Number.NEGATIVE_INFINITY
  for (const x of front) {
    for (let y = 0; y < SIZE; y++) {
      if (!painted(x, y)) continue
      top = Math.min(top, y)
      bottom = Math.max(bottom, y)
    }
  }
  return { top: ground - top, bottom: ground - bottom }
}
