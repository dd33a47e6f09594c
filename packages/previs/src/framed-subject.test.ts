/**
 * What a shot size is set on, seen through the set-up camera: where the framed subjects land on
 * the screen. Shot sizes are defined on a person when there is one; a shot of things alone is
 * sized on the things.
 */
import { defaultShotSpec, type ShotSpec } from '@sceneboard/shared'
import { describe, expect, it } from 'vitest'
import { applyAffine, projectPlane } from './projection.js'
import { setUpShot, type Shot } from './shot-setup.js'
import { objectExtent } from './subject-objects.js'
import { subjectHeight, subjectWidth } from './subject-words.js'

const spec = (overrides: Partial<ShotSpec>) =>
  defaultShotSpec({ aspectRatio: '16:9', durationSeconds: 1, ...overrides })

/** Screen rows (px from the top) of a subject's points at heights (m) above the ground, at t = 0. */
function rowsOf(shot: Shot, noun: string, heights: number[]): number[] {
  const subject = shot.subjects.find((s) => s.plan.noun === noun)
  if (!subject) throw new Error(`no ${noun}`)
  const pose = subject.track(0)
  const m = projectPlane(shot.camera(0), pose.depth, shot.viewport).matrix
  return heights.map((y) => applyAffine(m, pose.x, pose.altitude + y).y)
}

/** Metres of height the frame takes in at the framed plane. */
const seenHeight = (shot: Shot) =>
  (shot.viewport.height * shot.framing.subjectDistance) / shot.framing.focalPx

describe('shot sizes are set on a person when there is one', () => {
  it('shows the whole woman, head to toe, in a full shot of "a red umbrella left of a woman"', () => {
    const shot = setUpShot(spec({ subject: 'a red umbrella left of a woman', shotSize: 'full' }))
    const [feet, head] = rowsOf(shot, 'woman', [0, 1.8]) as [number, number]
    expect(head).toBeGreaterThan(0)
    expect(feet).toBeLessThan(shot.viewport.height)
    // As tall as the woman alone in a full shot: most of the frame.
    expect((feet - head) / shot.viewport.height).toBeGreaterThan(0.75)
  })

  it('frames a person named after a thing exactly as the person alone', () => {
    for (const shotSize of ['full', 'medium', 'close-up'] as const) {
      const alone = setUpShot(spec({ subject: 'a woman', shotSize }))
      for (const subject of ['a red umbrella left of a woman', 'a suitcase in front of a woman']) {
        const shot = setUpShot(spec({ subject, shotSize }))
        expect(shot.framing).toEqual(alone.framing)
        expect(rowsOf(shot, 'woman', [0, 1.8])).toEqual(rowsOf(alone, 'woman', [0, 1.8]))
      }
    }
  })

  it('keeps a thing named first framed when the only person is in the distance', () => {
    const shot = setUpShot(spec({ subject: 'a lamp, a man in the distance', shotSize: 'full' }))
    expect(shot.framing.framedKind).toBe('thing')
  })
})

describe('a shot of things alone is sized on the things', () => {
  it('shows at least as much of the set in a wide of "a suitcase" as in a wide of a person', () => {
    const suitcase = setUpShot(spec({ subject: 'a suitcase', shotSize: 'wide' }))
    const person = setUpShot(spec({ subject: 'a man', shotSize: 'wide' }))
    expect(seenHeight(suitcase)).toBeGreaterThanOrEqual(seenHeight(person) - 1e-9)
    expect(seenHeight(suitcase)).toBeGreaterThan(5)
  })

  it('fills most of the frame with "an old typewriter" in a close-up, all of it in frame', () => {
    const shot = setUpShot(
      spec({ subject: 'an old typewriter', shotSize: 'close-up', environment: 'an office' }),
    )
    const look = shot.subjects[0]?.plan.look
    if (!look) throw new Error('no object')
    const { bottom, top } = objectExtent(look)
    expect(bottom).toBe(0) // on the floor: nothing in the words puts it on anything
    const [low, high] = rowsOf(shot, 'typewriter', [bottom, top]) as [number, number]
    expect(high).toBeGreaterThan(0)
    expect(low).toBeLessThan(shot.viewport.height)
    expect((low - high) / shot.viewport.height).toBeGreaterThan(0.7)
    // Centred: as much room above it as below.
    expect(Math.abs((low + high) / 2 - shot.viewport.height / 2)).toBeLessThan(20)
  })

  it('shows a whole object with room in a full shot, and less of it than of a person', () => {
    const shot = setUpShot(spec({ subject: 'the locked suitcase', shotSize: 'full' }))
    const [low, high] = rowsOf(shot, 'suitcase', [0, 0.74]) as [number, number]
    expect(high).toBeGreaterThan(0.1 * shot.viewport.height)
    expect(low).toBeLessThan(0.9 * shot.viewport.height)
    expect((low - high) / shot.viewport.height).toBeGreaterThan(0.45)
  })

  it('keeps things wider than the frame in a close-up: "a chair left of a table"', () => {
    const shot = setUpShot(
      spec({ subject: 'a chair left of a table', shotSize: 'close-up', aspectRatio: '9:16' }),
    )
    for (const subject of shot.subjects) {
      const m = projectPlane(shot.camera(0), subject.track(0).depth, shot.viewport).matrix
      const half = subject.plan.noun === 'table' ? 0.65 : 0.25
      const left = applyAffine(m, subject.plan.x - half, 0).x
      const right = applyAffine(m, subject.plan.x + half, 0).x
      expect(left).toBeGreaterThanOrEqual(0)
      expect(right).toBeLessThanOrEqual(shot.viewport.width)
    }
  })

  it('keeps a horse whole in a close-up, ears and tail, and a lighthouse whole in a full shot', () => {
    const horse = setUpShot(spec({ subject: 'a horse', shotSize: 'close-up' }))
    // The ears are drawn at 2.02 m, the nose and the tail 1.26 m and 1.04 m from its middle.
    const [hooves, ears] = rowsOf(horse, 'horse', [0, 2.02]) as [number, number]
    expect(ears).toBeGreaterThan(0)
    expect(hooves).toBeLessThan(horse.viewport.height)
    const tall = setUpShot(spec({ subject: 'a horse', shotSize: 'close-up', aspectRatio: '9:16' }))
    const m = projectPlane(tall.camera(0), tall.subjects[0]?.track(0).depth ?? 0, tall.viewport)
    for (const x of [-1.265, 1.265]) {
      const { x: column } = applyAffine(m.matrix, x, 1)
      expect(column).toBeGreaterThan(0)
      expect(column).toBeLessThan(tall.viewport.width)
    }
    const lighthouse = setUpShot(spec({ subject: 'a lighthouse', shotSize: 'full' }))
    const [, roof] = rowsOf(lighthouse, 'lighthouse', [0, 16.6]) as [number, number]
    expect(roof).toBeGreaterThan(0.1 * lighthouse.viewport.height)
  })

  it('looks at an object from its own height, and down at it only from a high angle', () => {
    const closeUp = (cameraAngle: ShotSpec['cameraAngle']) =>
      setUpShot(spec({ subject: 'an old typewriter', shotSize: 'close-up', cameraAngle }))
    const level = closeUp('eye-level')
    expect(level.angle.height).toBeLessThan(0.3)
    expect(level.angle.pitch).toBe(0)
    const high = closeUp('high-angle')
    expect(high.angle.height).toBeGreaterThan(level.angle.height)
    expect(high.angle.pitch).toBeLessThan(-0.3)
    // Whatever the angle, the object stays in the middle of the frame.
    for (const shot of [closeUp('low-angle'), high, closeUp('birds-eye')]) {
      const [low, top] = rowsOf(shot, 'typewriter', [0, 0.2]) as [number, number]
      expect(top).toBeGreaterThan(0)
      expect(low).toBeLessThan(shot.viewport.height)
    }
  })
})

describe('a shot of birds is framed where they fly', () => {
  it.each(['wide', 'full', 'medium', 'medium-close-up', 'close-up'] as const)(
    'keeps flying gulls in a %s shot in frame for the whole take',
    (shotSize) => {
      const shot = setUpShot(
        spec({
          subject: 'gulls',
          action: 'fly',
          environment: 'over the sea',
          shotSize,
          durationSeconds: 4,
        }),
      )
      const height = subjectHeight('bird', 'gull')
      const half = subjectWidth('bird', 'gull') / 2
      for (let t = 0; t <= shot.durationSeconds; t += 0.25) {
        for (const bird of shot.subjects) {
          const pose = bird.track(t)
          const m = projectPlane(shot.camera(t), pose.depth, shot.viewport).matrix
          const low = applyAffine(m, pose.x - half, pose.altitude)
          const high = applyAffine(m, pose.x + half, pose.altitude + height)
          const where = `${shotSize} at ${t} s: ${JSON.stringify({ low, high })}`
          expect(high.y, where).toBeGreaterThan(0)
          expect(low.y, where).toBeLessThan(shot.viewport.height)
          expect(low.x, where).toBeGreaterThan(0)
          expect(high.x, where).toBeLessThan(shot.viewport.width)
        }
      }
    },
  )
})

describe('over the shoulder of someone looking at things', () => {
  it.each(['close-up', 'medium'] as const)(
    'keeps "an old typewriter" whole in an over-the-shoulder %s, right of centre',
    (shotSize) => {
      const shot = setUpShot(
        spec({ subject: 'an old typewriter', shotSize, cameraAngle: 'over-the-shoulder' }),
      )
      const typewriter = shot.subjects[0]
      if (!typewriter?.plan.look) throw new Error('no object')
      const pose = typewriter.track(0)
      const m = projectPlane(shot.camera(0), pose.depth, shot.viewport).matrix
      const { bottom, top, width } = objectExtent(typewriter.plan.look)
      const low = applyAffine(m, pose.x - width / 2, bottom)
      const high = applyAffine(m, pose.x + width / 2, top)
      expect(low.x).toBeGreaterThan(0)
      expect(high.x).toBeLessThan(shot.viewport.width)
      expect(high.y).toBeGreaterThan(0)
      expect(low.y).toBeLessThan(shot.viewport.height)
      expect((low.x + high.x) / 2).toBeGreaterThan(shot.viewport.width / 2)
    },
  )

  it.each(['an old typewriter', 'a lamp'])(
    'puts the foreground head at a standing person\'s height, looking at "%s"',
    (subject) => {
      for (const shotSize of ['medium', 'close-up'] as const) {
        const shot = setUpShot(spec({ subject, shotSize, cameraAngle: 'over-the-shoulder' }))
        const person = setUpShot(
          spec({ subject: 'a woman', shotSize: 'close-up', cameraAngle: 'over-the-shoulder' }),
        )
        const shoulder = shot.layers[shot.layers.length - 1]
        expect(shoulder?.top).toBeCloseTo(person.layers[person.layers.length - 1]?.top ?? 0, 1)
        // The camera looks past that head, from about its eyes, at the thing.
        expect(shot.angle.height).toBeGreaterThan(1.5)
        const noun = shot.subjects[0]?.plan.noun ?? ''
        const look = shot.subjects[0]?.plan.look
        if (!look) throw new Error('no object')
        // What the shot frames (a lamp's close-up: its glass) is in frame.
        const extent = objectExtent(look)
        const { bottom, top } = shotSize === 'close-up' ? extent.detail : extent
        const [low, high] = rowsOf(shot, noun, [bottom, top]) as [number, number]
        expect(high).toBeGreaterThan(0)
        expect(low).toBeLessThan(shot.viewport.height)
      }
    },
  )
})
