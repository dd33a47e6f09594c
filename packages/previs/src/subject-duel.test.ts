/** Two people in a duel or a showdown stand a street's width apart, face to face. */
import { defaultShotSpec } from '@sceneboard/shared'
import { describe, expect, it } from 'vitest'
import { applyAffine, projectPlane } from './projection.js'
import { createRandom } from './random.js'
import { setUpShot } from './shot-setup.js'
import { DUEL_GAP, duelSaid, FIGHT_GAP } from './subject-duel.js'
import { planSubjects } from './subjects.js'

const plan = (subject: string, action: string) => planSubjects(subject, action, createRandom(1))

describe('a duel', () => {
  it('is said with a duel, a showdown, facing off or squaring up', () => {
    expect(duelSaid('two gunslingers face off at noon')).toBe(true)
    expect(duelSaid('a showdown in the street')).toBe(true)
    expect(duelSaid('the knights duel')).toBe(true)
    expect(duelSaid('they face each other and talk')).toBe(false)
  })

  it('stands two people a street apart, face to face, about where they stood', () => {
    const [left, right] = plan('a sheriff and an outlaw', 'duel')
    expect((right?.x ?? 0) - (left?.x ?? 0)).toBeCloseTo(DUEL_GAP)
    expect(left?.facing).toBe(1)
    expect(right?.facing).toBe(-1)
    expect(right?.depthOffset).toBe(left?.depthOffset)
    // Walking, or three of them, they stay as they were.
    const walking = plan('two gunslingers', 'walk off')
    expect(Math.abs((walking[1]?.x ?? 0) - (walking[0]?.x ?? 0))).toBeLessThan(DUEL_GAP)
  })

  it('stands two who square up to fight within reach', () => {
    const [left, right] = plan('two boxers', 'square up in the ring')
    expect((right?.x ?? 0) - (left?.x ?? 0)).toBeCloseTo(FIGHT_GAP)
    expect(left?.facing).toBe(1)
    expect(right?.facing).toBe(-1)
    // In boxing gloves, fists up in a guard; a duel's gunslingers keep their hands down.
    expect(left?.boxing).toBe(true)
    expect(left?.guard).toBe(true)
    expect(right?.guard).toBe(true)
    expect(plan('two gunslingers', 'face off')[0]?.guard).toBeUndefined()
  })

  it('keeps both in a wide shot', () => {
    const shot = setUpShot(
      defaultShotSpec({
        subject: 'two gunslingers',
        action: 'face off',
        environment: 'a western town',
        shotSize: 'wide',
        durationSeconds: 1,
      }),
    )
    for (const subject of shot.subjects) {
      const pose = subject.track(0)
      const m = projectPlane(shot.camera(0), pose.depth, shot.viewport).matrix
      const { x } = applyAffine(m, pose.x, 1)
      expect(x).toBeGreaterThan(0)
      expect(x).toBeLessThan(shot.viewport.width)
    }
  })
})
