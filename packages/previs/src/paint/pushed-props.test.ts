/**
 * Things pushed along: a wheelbarrow at rest stands on its wheel and legs; pushed, it is lifted
 * onto its wheel, its grips up at hand height and its legs off the ground.
 */
import { describe, expect, it } from 'vitest'
import { objectLook } from '../subject-objects.js'
import { paintedPoints, plainStyle } from '../test-support/painted-points.js'
import { drawObjectProp } from './object-props.js'

/** Painted points of a prop (m): x from its middle, y up. */
const painted = (noun: string, moving: boolean) =>
  paintedPoints(
    (ctx) => drawObjectProp(ctx, objectLook(noun, []), plainStyle('object'), { moving }),
    {
      pxPerMetre: 200,
      size: 400,
      origin: { x: 200, y: 380 },
    },
  )

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
