/**
 * A cart's wheels roll with the distance it goes: turned a little it looks different, turned by
 * a whole circumference the same; and its shafts reach forward to where the animal's shoulder is.
 */
import { describe, expect, it } from 'vitest'
import { paintedPoints, plainStyle } from '../test-support/painted-points.js'
import { drawCart, SHAFT_TIP } from './carts.js'

const GRID = { pxPerMetre: 60, size: 420, origin: { x: 150, y: 300 } }
const drawn = (shape: 'cart' | 'carriage', travelled: number) =>
  paintedPoints((ctx) => drawCart(ctx, plainStyle('object'), shape, travelled, null), GRID)

describe('a cart', () => {
  it('turns its wheels by the distance rolled', () => {
    const still = JSON.stringify(drawn('cart', 0))
    expect(JSON.stringify(drawn('cart', 0.3))).not.toEqual(still)
    // The cart's one pair of wheels, 0.65 m across the radius: a whole turn is 2 pi r.
    expect(JSON.stringify(drawn('cart', 2 * Math.PI * 0.65))).toEqual(still)
  })

  it('reaches its shafts forward to the shoulder, and stands on the ground', () => {
    for (const shape of ['cart', 'carriage'] as const) {
      const points = drawn(shape, 0)
      expect(Math.max(...points.map((p) => p.x)), shape).toBeCloseTo(SHAFT_TIP.x, 1)
      expect(Math.min(...points.map((p) => p.y)), shape).toBeCloseTo(0, 1)
    }
  })
})
