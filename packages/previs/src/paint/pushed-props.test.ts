/**
 * Things pushed along: a wheelbarrow at rest stands on its wheel and legs; pushed, it is lifted
 * onto its wheel, its grips up at hand height and its legs off the ground.
 */
import { describe, expect, it } from 'vitest'
import { createCanvas } from '../canvas.js'
import { css } from '../color.js'
import { createRandom } from '../random.js'
import { objectLook } from '../subject-objects.js'
import { figureStyle } from './figures.js'
import { drawObjectProp } from './object-props.js'

const PX = 200
const SIZE = 400

/** Painted (at least half opaque) pixels of a drawing, in metres: x from its middle, y up. */
function painted(noun: string, moving: boolean): { x: number; y: number }[] {
  const canvas = createCanvas(SIZE, SIZE)
  const ctx = canvas.getContext('2d')
  const style = figureStyle(createRandom(1), 'object', (material) => css(material), {
    backlit: false,
    lampsLit: false,
  })
  ctx.setTransform(PX, 0, 0, -PX, SIZE / 2, SIZE - 20)
  drawObjectProp(ctx, objectLook(noun, []), style, { moving })
  const alpha = ctx.getImageData(0, 0, SIZE, SIZE).data
  const points: { x: number; y: number }[] = []
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      if ((alpha[(y * SIZE + x) * 4 + 3] ?? 0) < 128) continue
      points.push({ x: (x - SIZE / 2) / PX, y: (SIZE - 20 - y) / PX })
    }
  }
  return points
}

describe('a wheelbarrow', () => {
  it('is lifted onto its wheel when pushed: grips at hand height, legs off the ground', () => {
    // The grips are the back end of it: its leftmost painted pixels (it faces right).
    const grips = (points: { x: number; y: number }[]) => {
      const back = Math.min(...points.map((p) => p.x))
      return Math.max(...points.filter((p) => p.x < back + 0.03).map((p) => p.y))
    }
    // The back leg stands under the back of the tray, between the grips and the wheel.
    const legFoot = (points: { x: number; y: number }[]) =>
      Math.min(...points.filter((p) => p.x > -0.45 && p.x < -0.2 && p.y > 0.03).map((p) => p.y))
    const resting = painted('wheelbarrow', false)
    const pushed = painted('wheelbarrow', true)
    expect(grips(resting)).toBeLessThan(0.75)
    expect(grips(pushed)).toBeGreaterThan(0.85)
    expect(legFoot(resting)).toBeLessThan(0.06)
    expect(legFoot(pushed)).toBeGreaterThan(0.1)
  })

  it('is drawn the same for a trolley or a pram, pushed or not', () => {
    for (const noun of ['trolley', 'pram']) {
      expect(painted(noun, true)).toEqual(painted(noun, false))
    }
  })
})
