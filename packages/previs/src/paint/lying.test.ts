/**
 * Lying down: "lies on the bed", "a corpse lies on the floor", "asleep in bed", "sunbathes on the
 * beach" lay people down, on a bed drawn under them or on the ground; "lies in wait" and "lies to
 * his wife" do not. The figure lies along the ground, and a closer shot frames it where it lies.
 */
import { defaultShotSpec } from '@sceneboard/shared'
import { describe, expect, it } from 'vitest'
import { createRandom } from '../random.js'
import { setUpShot } from '../shot-setup.js'
import { BED_HEIGHT, lyingSaid } from '../subject-posture.js'
import { planSubjects, type SubjectPlan } from '../subjects.js'
import { paintedPoints, plainStyle } from '../test-support/painted-points.js'
import { drawFigure } from './figures.js'

const plan = (subject: string, action = '') => planSubjects(subject, action, createRandom(1))

function lying(on: 'bed' | 'ground') {
  const subject: Pick<SubjectPlan, 'kind' | 'noun' | 'motion' | 'lies'> = {
    kind: 'person',
    noun: 'man',
    motion: { kind: 'still', speed: 0, towardCamera: 0 },
    lies: on,
  }
  return paintedPoints((ctx) => drawFigure(ctx, subject, plainStyle('person'), 0), {
    pxPerMetre: 100,
    size: 300,
    origin: { x: 150, y: 250 },
  })
}

describe('lying down', () => {
  it('is said by lying, sleeping or sunbathing, in bed or on the ground', () => {
    expect(lyingSaid('a man lies on the bed')).toBe('bed')
    expect(lyingSaid('a girl is asleep in bed')).toBe('bed')
    expect(lyingSaid('a corpse lying on the floor')).toBe('ground')
    expect(lyingSaid('a woman sunbathes on the beach')).toBe('ground')
    expect(lyingSaid('the hunter lies in wait')).toBeNull()
    expect(lyingSaid('he lies to his wife')).toBeNull()
    expect(lyingSaid('she wakes up and stretches')).toBeNull()
    expect(lyingSaid('a man walks to the door')).toBeNull()
  })

  it('lays people down, still, side by side by their length', () => {
    const [man] = plan('a man', 'lies on the bed')
    expect(man?.lies).toBe('bed')
    expect(man?.seat).toBeUndefined()
    expect(man?.motion.kind).toBe('still')
    const kids = plan('two kids', 'lie in the grass')
    expect(kids.every((kid) => kid.lies === 'ground')).toBe(true)
    expect(Math.abs((kids[0]?.x ?? 0) - (kids[1]?.x ?? 0))).toBeGreaterThan(1.2)
    expect(plan('a woman', 'runs along the beach')[0]?.lies).toBeUndefined()
  })

  it('draws the figure along the ground, or along a bed', () => {
    const ground = lying('ground')
    expect(Math.max(...ground.map((p) => p.y))).toBeLessThan(0.5)
    expect(Math.min(...ground.map((p) => p.y))).toBeGreaterThanOrEqual(-0.01)
    expect(
      Math.max(...ground.map((p) => p.x)) - Math.min(...ground.map((p) => p.x)),
    ).toBeGreaterThan(1.6)
    // On a bed the body lies above the mattress, the headboard and the pillow at the head.
    const bed = lying('bed')
    expect(bed.some((p) => p.y > BED_HEIGHT + 0.2 && p.x > 0.5)).toBe(true)
    expect(Math.max(...bed.map((p) => p.y))).toBeLessThan(1.15)
  })

  it('frames a closer shot where the sleeper lies, not on the wall above', () => {
    const shot = setUpShot(
      defaultShotSpec({ subject: 'a girl', action: 'is asleep in bed', shotSize: 'medium' }),
    )
    expect(shot.framing.framedKind).toBe('thing')
    expect(shot.framing.aimHeight).toBeLessThan(1)
  })
})
