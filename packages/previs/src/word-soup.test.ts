/**
 * Whatever the words, a shot sets up and paints: word soups made of the words the planner reads
 * (riding, sitting, climbing, watching, lights, hair, rooms, counts, relations, names, pronouns
 * and punctuation) give a shot with finite poses and framing, and frames that paint.
 */
import { defaultShotSpec } from '@sceneboard/shared'
import { describe, expect, it } from 'vitest'
import { createFramePainter } from './frame-painter.js'
import { createRandom } from './random.js'
import { setUpShot } from './shot-setup.js'

// prettier-ignore
const WORDS = `a an the two three she he they his her it on in at with and , . ; rides riding horse
  bicycle bike motorcycle sits sitting seated table desk counter bench sofa chair stool stairs
  staircase climbs descends up down upstairs watches finds follows feeds hugs chases talks to
  trawler boat ship yacht green red running light lights lit swell calm gale pitch black Maren
  Tom blonde redhead teddy bear toy dog cat pigeons eagle bus van truck car walks runs drives
  sails flies braid ponytail bun long hair grey coat lantern map umbrella rain storm night kitchen
  bar office bedroom library cafe lighthouse morning of by from left right behind front
  background foreground`.split(/\s+/)

const soups = (count: number) => {
  const random = createRandom(2026)
  const phrase = (most: number) =>
    Array.from({ length: random.int(0, most) }, () => random.pick(WORDS)).join(' ')
  return Array.from({ length: count }, (_, seed) =>
    defaultShotSpec({
      subject: phrase(12),
      action: phrase(10),
      environment: phrase(6),
      durationSeconds: 1,
      seed,
    }),
  )
}

describe('any words', () => {
  it('set up a shot with finite poses and framing', () => {
    for (const spec of soups(400)) {
      const label = JSON.stringify([spec.subject, spec.action, spec.environment])
      const shot = setUpShot(spec)
      expect(Number.isFinite(shot.framing.subjectDistance), label).toBe(true)
      expect(Number.isFinite(shot.framing.aimHeight), label).toBe(true)
      for (const subject of shot.subjects) {
        for (const seconds of [0, 0.5, 1]) {
          const pose = subject.track(seconds)
          expect(
            [pose.x, pose.depth, pose.altitude, pose.phase].every(Number.isFinite),
            label,
          ).toBe(true)
        }
      }
    }
  })

  it('paint', () => {
    for (const spec of soups(12)) {
      const painter = createFramePainter(setUpShot(spec))
      painter.paint(0)
      expect(painter.pixels().length).toBe(1280 * 720 * 4)
    }
  })
})
