/**
 * Dancing where they stand: the steps of a walk, with the arms held up and out ahead, swaying in
 * turn; standing still, the arms hang.
 */
import { describe, expect, it } from 'vitest'
import { createRandom } from '../random.js'
import { planSubjects, type SubjectPlan } from '../subjects.js'
import { paintedPoints, plainStyle } from '../test-support/painted-points.js'
import { drawFigure } from './figures.js'

/** Painted points ahead of the body (x > 0.3 m) at or above shoulder height (1.35 m). */
const armsUpAhead = (subject: SubjectPlan, phase: number) =>
  paintedPoints((ctx) => drawFigure(ctx, subject, plainStyle('person'), phase), {
    pxPerMetre: 100,
    size: 300,
    origin: { x: 100, y: 280 },
  }).filter((p) => p.x > 0.3 && p.y >= 1.35).length

describe('dancing', () => {
  it('holds the arms up and out ahead, swaying with the steps', () => {
    const [dancer] = planSubjects('a woman', 'dances in the rain', createRandom(1))
    const [waiting] = planSubjects('a woman', 'waits in the rain', createRandom(1))
    expect(dancer?.dances).toBe(true)
    expect(armsUpAhead(waiting as SubjectPlan, 0.25)).toBe(0)
    const up = [0, 0.25, 0.5, 0.75].map((phase) => armsUpAhead(dancer as SubjectPlan, phase))
    for (const count of up) expect(count).toBeGreaterThan(100)
    // The arms move between phases: not the same pixels throughout.
    expect(new Set(up).size).toBeGreaterThan(1)
  })
})
