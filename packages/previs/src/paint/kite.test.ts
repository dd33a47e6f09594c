/**
 * Flying a kite: the person stays on the ground, holding its line out ahead, and the kite flies
 * up and forward of them in the colour the words give it.
 */
import { describe, expect, it } from 'vitest'
import { hex } from '../color.js'
import { createRandom } from '../random.js'
import { planSubjects, type SubjectPlan } from '../subjects.js'
import { paintedPoints, plainStyle } from '../test-support/painted-points.js'
import { drawFigure } from './figures.js'

const plan = (subject: string, action: string) => planSubjects(subject, action, createRandom(1))

/** Painted points of a person's drawing (m from their feet), facing right. */
const painted = (subject: SubjectPlan) =>
  paintedPoints((ctx) => drawFigure(ctx, subject, plainStyle('person'), 0), {
    pxPerMetre: 50,
    size: 600,
    origin: { x: 150, y: 580 },
  })

describe('flying a kite', () => {
  it('keeps the flier on the ground, holding the line up, in the colour said', () => {
    const [boy] = plan('a boy', 'flies a kite on the beach')
    expect(boy?.motion.kind).toBe('still')
    expect(boy?.carries?.map((c) => `${c.shape}:${c.pose}`)).toEqual(['kite:raised'])
    const [girl] = plan('a girl', 'flies a red kite')
    expect(girl?.motion.kind).toBe('still')
    expect(girl?.carries?.[0]?.colour).toEqual(hex('#b3302b'))
    // Running with it is running; two children fly one each; birds still fly.
    expect(plan('a man', 'runs along the beach flying a kite')[0]?.motion.kind).toBe('run')
    expect(plan('two children', 'fly kites in the park').map((p) => p.carries?.[0]?.shape)).toEqual(
      ['kite', 'kite'],
    )
    expect(plan('two gulls', 'fly over the harbour').map((p) => p.motion.kind)).toEqual([
      'fly',
      'fly',
    ])
  })

  it('draws the kite up and ahead of the flier, on a line from the hand', () => {
    const [flier] = plan('a woman', 'flies a kite')
    const [walker] = plan('a woman', 'waits on the beach')
    const withKite = painted(flier as SubjectPlan)
    const without = painted(walker as SubjectPlan)
    const above = (points: { x: number; y: number }[]) =>
      points.filter((p) => p.y > 3.5 && p.x > 2).length
    expect(above(without)).toBe(0)
    // The kite's sail is most of a square metre: hundreds of pixels at 50 px a metre.
    expect(above(withKite)).toBeGreaterThan(400)
  })
})
