/**
 * Dogs and cats are not small horses: painted at the same length, the legs below a dog's or a
 * cat's body are shorter than a horse's, for the length of the animal.
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
function coverage(noun: string): { rows: number[]; length: number } {
  const canvas = createCanvas(SIZE, SIZE)
  const ctx = canvas.getContext('2d')
  const px = WIDE / subjectWidth('animal', noun)
  const style = figureStyle(createRandom(1), 'animal', (material) => css(material), {
    backlit: false,
    lampsLit: false,
  })
  ctx.setTransform(px, 0, 0, -px, SIZE / 2, SIZE - 50)
  const still = { kind: 'still' as const, speed: 0, towardCamera: 0 }
  drawFigure(ctx, { kind: 'animal', noun, motion: still }, style, 0)
  const alpha = ctx.getImageData(0, 0, SIZE, SIZE).data
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

  it('keeps horses, cows, deer and sheep on the long-legged four-legged model', () => {
    for (const noun of ['horse', 'stallion', 'cow', 'deer', 'sheep']) {
      expect(legShare(noun), noun).toBeGreaterThan(0.33)
    }
  })
})
