/**
 * Hats as drawn: each kind's top where the framing expects it (subject-hats.ts HAT_TOPS), over
 * the head and not floating above it, a hood round the back of the head with the face left bare,
 * and a hatted figure's drawing.
 */
import { describe, expect, it } from 'vitest'
import { hex } from '../color.js'
import { HAT_TOPS, type HatKind } from '../subject-hats.js'
import { paintedPoints, plainStyle } from '../test-support/painted-points.js'
import { drawHat } from './hats.js'
import { head } from './person.js'

const KINDS = Object.keys(HAT_TOPS) as HatKind[]
const style = plainStyle('person')

/** The points (m) a hat alone covers, on a grown-up standing at the origin. */
const hatPoints = (kind: HatKind) =>
  paintedPoints((ctx) => drawHat(ctx, style, { kind, colour: hex('#884422') }), {
    pxPerMetre: 400,
    size: 360,
    origin: { x: 160, y: 860 },
  })

/** The points (m) the head covers, bare or hatted. */
const headPoints = (kind?: HatKind) =>
  paintedPoints((ctx) => head(ctx, style, undefined, kind ? { kind, colour: null } : undefined), {
    pxPerMetre: 400,
    size: 360,
    origin: { x: 160, y: 860 },
  })

describe('hats as drawn', () => {
  it.each(KINDS)('draws a %s with its top where the framing expects it', (kind) => {
    const points = hatPoints(kind)
    expect(points.length).toBeGreaterThan(50)
    const top = Math.max(...points.map((p) => p.y))
    expect(Math.abs(top - HAT_TOPS[kind])).toBeLessThan(0.012)
    // On the head: it comes down to the top of the head, or below it.
    expect(Math.min(...points.map((p) => p.y))).toBeLessThan(1.76)
  })

  it('puts a hood round the back of the head and leaves the face bare', () => {
    const hood = new Set(hatPoints('hood').map((p) => `${p.x.toFixed(2)},${p.y.toFixed(2)}`))
    const covered = (x: number, y: number) => hood.has(`${x.toFixed(2)},${y.toFixed(2)}`)
    // The back of the head and the crown.
    expect(covered(-0.1, 1.66)).toBe(true)
    expect(covered(0, 1.82)).toBe(true)
    // The eye and the nose.
    expect(covered(0.06, 1.67)).toBe(false)
    expect(covered(0.11, 1.64)).toBe(false)
  })

  it('adds the hat to the head it is drawn on', () => {
    const bare = headPoints()
    const hatted = headPoints('top')
    expect(Math.max(...hatted.map((p) => p.y))).toBeGreaterThan(
      Math.max(...bare.map((p) => p.y)) + 0.15,
    )
  })
})
