/**
 * Stairs and climbing: words that put a staircase in the set and send subjects up or down it; a
 * climber rises along the flight as they walk, their feet on it from the first frame to the last,
 * and the flight is painted under them.
 */
import { defaultShotSpec, type ShotSpec } from '@sceneboard/shared'
import { describe, expect, it } from 'vitest'
import { createFramePainter } from './frame-painter.js'
import { createRandom } from './random.js'
import { setUpShot } from './shot-setup.js'
import { climbHeight, readClimb, STAIR_SLOPE, stairsSaid } from './subject-climb.js'
import { planSubjects } from './subjects.js'

describe('stairs in the words', () => {
  it('put a staircase in the set', () => {
    expect(stairsSaid('climbs the spiral iron staircase two steps at a time')).toBe(true)
    expect(stairsSaid('a dark stairwell')).toBe(true)
    expect(stairsSaid('runs upstairs')).toBe(true)
    expect(stairsSaid('a hallway')).toBe(false)
    expect(stairsSaid('takes two steps forward')).toBe(false)
  })

  it('send subjects up or down', () => {
    expect(readClimb('climbs the spiral iron staircase')).toBe(1)
    expect(readClimb('runs up the stairs')).toBe(1)
    expect(readClimb('hurries upstairs')).toBe(1)
    expect(readClimb('descends slowly')).toBe(-1)
    expect(readClimb('comes down the stairs')).toBe(-1)
    expect(readClimb('walks along the landing')).toBe(0)
    // The first said wins.
    expect(readClimb('climbs up, then goes down again')).toBe(1)
  })

  it('lift a climber from the floor going up, and to it going down', () => {
    expect(climbHeight(1, 0, 4)).toBe(0)
    expect(climbHeight(1, 2, 4)).toBeCloseTo(2 * STAIR_SLOPE)
    expect(climbHeight(-1, 0, 4)).toBeCloseTo(4 * STAIR_SLOPE)
    expect(climbHeight(-1, 4, 4)).toBe(0)
    expect(climbHeight(-1, 6, 4)).toBe(0)
  })
})

describe('subjects climbing', () => {
  const plan = (action: string, stairs = true) =>
    planSubjects('a man', action, createRandom(1), { stairs })

  it('walk up or run down the stairs, and only with stairs in the set', () => {
    expect(plan('climbs the stairs')[0]?.motion).toMatchObject({ kind: 'walk', climb: 1 })
    expect(plan('runs down the stairs')[0]?.motion).toMatchObject({ kind: 'run', climb: -1 })
    expect(plan('climbs the hill', false)[0]?.motion.climb).toBeUndefined()
    expect(plan('stands on the landing')[0]?.motion).toMatchObject({ kind: 'still' })
  })
})

describe('a climb in a take', () => {
  const spec = (action: string, overrides: Partial<ShotSpec> = {}) =>
    defaultShotSpec({
      subject: 'a man',
      action,
      environment: 'a hallway',
      shotSize: 'wide',
      cameraMovement: 'static',
      timeOfDay: 'midday',
      durationSeconds: 6,
      seed: 3,
      ...overrides,
    })

  it('keeps the climber on the flight from the first frame to the last, going up or down', () => {
    for (const action of ['climbs the stairs', 'walks down the stairs to the left']) {
      const shot = setUpShot(spec(action))
      const man = shot.subjects[0]
      if (!man) throw new Error('no subject')
      const poses = [0, shot.durationSeconds / 2, shot.durationSeconds].map((t) => man.track(t))
      const [first, middle, last] = poses as [
        (typeof poses)[0],
        (typeof poses)[0],
        (typeof poses)[0],
      ]
      if (action.startsWith('climbs')) {
        expect(first.altitude).toBe(0)
        expect(last.altitude).toBeGreaterThan(middle.altitude)
        expect(middle.altitude).toBeGreaterThan(0.3)
      } else {
        expect(first.altitude).toBeGreaterThan(middle.altitude)
        expect(last.altitude).toBeCloseTo(0, 6)
      }
      // Where the feet are, the flight is: its height over the floor at their x.
      const foot = poses.find((pose) => pose.altitude === Math.min(...poses.map((p) => p.altitude)))
      for (const pose of poses) {
        expect(pose.altitude).toBeCloseTo(
          STAIR_SLOPE * Math.abs(pose.x - (foot as typeof pose).x),
          6,
        )
      }
    }
  })

  it('paints the flight where a climb is said, and raises the camera to frame it halfway up', () => {
    const paint = (action: string) => {
      const shot = setUpShot(spec(action))
      const painter = createFramePainter(shot)
      painter.paint(0)
      return { shot, pixels: Buffer.from(painter.pixels()) }
    }
    const climbing = paint('climbs the stairs')
    const walking = paint('walks along the hallway')
    let changed = 0
    for (let i = 0; i < climbing.pixels.length; i += 4) {
      if (Math.abs((climbing.pixels[i] as number) - (walking.pixels[i] as number)) > 30) changed++
    }
    // The flight runs up across the wall: thousands of pixels, far more than a figure's.
    expect(changed).toBeGreaterThan(15_000)
    const middle = climbing.shot.durationSeconds / 2
    const rise = climbing.shot.subjects[0]?.track(middle).altitude ?? 0
    expect(climbing.shot.camera(0).y - walking.shot.camera(0).y).toBeCloseTo(rise, 6)
  })
})
