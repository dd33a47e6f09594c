/**
 * Someone in a boat is drawn from the gunwale up, over the hull; a rower's oar goes down into the
 * water through the stroke and never below it; and they rise and fall with the boat.
 */
import { describe, expect, it } from 'vitest'
import { paintedPoints, plainStyle } from '../test-support/painted-points.js'
import type { Aboard } from '../subject-boating.js'
import type { SubjectPlan } from '../subjects.js'
import { strokePose } from './aboard.js'
import { boatPose } from './boat.js'
import { drawFigure } from './figures.js'

const GRID = { pxPerMetre: 100, size: 500, origin: { x: 250, y: 300 } }

/** A grown-up seated on a rowing boat's thwart, its hips 0.3 m above the water. */
const STANDS_ON = -0.2

function crew(aboard: Aboard, moving: boolean): Parameters<typeof drawFigure>[1] {
  return {
    kind: 'person',
    noun: 'fisherman',
    motion: moving
      ? { kind: 'sail', speed: 1.4, towardCamera: 0 }
      : { kind: 'still', speed: 0, towardCamera: 0 },
    standsOn: STANDS_ON,
    seat: 'thwart',
    aboard,
  } satisfies Partial<SubjectPlan>
}

/** Points painted, in metres above the water. */
function painted(subject: ReturnType<typeof crew>, seconds: number, swell = 0) {
  const style = { ...plainStyle('person'), swell, swellPhase: 0.2 }
  return paintedPoints((ctx) => drawFigure(ctx, subject, style, 0, seconds), GRID).map((p) => ({
    x: p.x,
    y: p.y + STANDS_ON,
  }))
}

const ROWER: Aboard = { dx: 0.15, gunwale: 0.44, aft: true, stroke: 'oars' }
const PASSENGER: Aboard = { dx: -1.05, gunwale: 0.48, aft: false, stroke: null }

describe('someone aboard a boat', () => {
  it('is drawn only above the gunwale, where the hull does not hide them', () => {
    const points = painted(crew(PASSENGER, true), 1)
    expect(points.length).toBeGreaterThan(1000)
    expect(Math.min(...points.map((p) => p.y))).toBeGreaterThanOrEqual(PASSENGER.gunwale - 0.01)
  })

  it('pulls an oar down over the hull into the water, never below it', () => {
    let belowGunwale = 0
    for (const seconds of [0, 0.5, 1, 1.5]) {
      const points = painted(crew(ROWER, true), seconds)
      belowGunwale += points.filter((p) => p.y < ROWER.gunwale - 0.02).length
      expect(Math.min(...points.map((p) => p.y)), `at ${seconds} s`).toBeGreaterThanOrEqual(-0.01)
    }
    expect(belowGunwale).toBeGreaterThan(200)
    // Rowing, the picture changes through the stroke; at rest it stays.
    const at = (seconds: number, moving: boolean) =>
      JSON.stringify(painted(crew(ROWER, moving), seconds))
    expect(at(0, true)).not.toEqual(at(1, true))
    expect(at(0, false)).toEqual(at(1, false))
  })

  it('rows through a stroke: blades in at the catch, out on the way back', () => {
    const blade = (t: number) => strokePose('oars', t).shaft[1]
    const catchPose = strokePose('oars', 0)
    const finish = strokePose('oars', 0.5)
    // At the catch the rower leans toward the stern, hands out; at the finish, back, hands in.
    expect(catchPose.lean).toBeLessThan(-0.2)
    expect(finish.lean).toBeGreaterThan(0.2)
    expect(catchPose.near.x - finish.near.x).toBeGreaterThan(0.4)
    expect(blade(0.05).y).toBeLessThanOrEqual(0.02)
    expect(blade(0.75).y).toBeGreaterThan(0.15)
    // A canoeist's paddle is in the water on the draw and out of it on the swing forward.
    expect(strokePose('paddle', 0.3).shaft[1].y).toBeLessThan(0)
    expect(strokePose('paddle', 0.8).shaft[1].y).toBeGreaterThan(
      strokePose('paddle', 0.3).shaft[1].y + 0.3,
    )
  })

  it('rises and falls with the boat on a swell', () => {
    const top = (seconds: number) =>
      Math.max(...painted(crew(PASSENGER, false), seconds, 1).map((p) => p.y))
    const style = { swell: 1, swellPhase: 0.2 }
    const [a, b] = [0, 1.4]
    // The boat rises by its heave and pitches about its middle, 1.05 m ahead of the passenger.
    const rise = (seconds: number) => {
      const pose = boatPose(style, seconds)
      return pose.heave + PASSENGER.dx * Math.sin(pose.pitch)
    }
    expect(Math.abs(rise(b) - rise(a))).toBeGreaterThan(0.1)
    expect(top(b) - top(a)).toBeCloseTo(rise(b) - rise(a), 1)
  })
})
