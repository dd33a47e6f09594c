/**
 * A dog on a lead: walking one's dog puts the dog a lead's length ahead at the walker's pace and
 * the lead in the walker's hand, drawn from the hand to the collar; a dog off the lead is free.
 */
import { describe, expect, it } from 'vitest'
import { drawFigure } from './paint/figures.js'
import { createRandom } from './random.js'
import { planSubjects, type SubjectPlan } from './subjects.js'
import { paintedPoints, plainStyle } from './test-support/painted-points.js'

const plan = (subject: string, action = '') => planSubjects(subject, action, createRandom(1))
const pair = (plans: SubjectPlan[]) => ({
  walker: plans.find((p) => p.kind === 'person'),
  dog: plans.find((p) => p.kind === 'animal'),
})

describe('a dog on a lead', () => {
  it('goes a lead ahead of whoever walks it, at their pace, the lead in their near hand', () => {
    const { walker, dog } = pair(plan('a woman', 'walks her dog in the park'))
    expect(walker?.motion.kind).toBe('walk')
    expect(dog?.motion).toEqual(walker?.motion)
    expect(dog?.facing).toBe(walker?.facing)
    const ahead = ((dog?.x ?? 0) - (walker?.x ?? 0)) * (walker?.facing ?? 1)
    expect(ahead).toBeCloseTo(1.1, 5)
    expect(dog?.depthOffset).toBeGreaterThan(walker?.depthOffset ?? 0)
    const [lead] = walker?.carries ?? []
    expect(lead).toMatchObject({ shape: 'lead', hand: 'near', pose: 'low' })
    expect(lead?.to?.x).toBeGreaterThan(1.1)
  })

  it("reaches a child's lead to a puppy's collar in the child's smaller drawing", () => {
    const { walker } = pair(plan('a boy with his puppy on a lead'))
    const [lead] = walker?.carries ?? []
    // A boy is drawn at 0.7 of a grown-up: the collar of a puppy (0.58 of a dog) is further in
    // his own metres than in the world's.
    expect(lead?.to?.y).toBeCloseTo((0.5 * 0.58) / 0.7, 5)
  })

  it('leaves a dog off the lead, and a dog someone only passes, free', () => {
    expect(
      pair(plan('a girl with her dog', 'lets it off the lead')).walker?.carries,
    ).toBeUndefined()
    expect(pair(plan('a man', 'walks past a dog')).walker?.carries).toBeUndefined()
  })

  it('draws the lead from the hand to the collar', () => {
    const { walker } = pair(plan('a woman', 'walks her dog in the park'))
    const to = walker?.carries?.[0]?.to ?? { x: 0, y: 0 }
    const points = paintedPoints(
      // Drawn facing +x whichever way the plan faces (the frame painter turns it).
      (ctx) => drawFigure(ctx, walker as SubjectPlan, plainStyle('person'), 0.3),
      { pxPerMetre: 150, size: 400, origin: { x: 100, y: 330 } },
    )
    // The line ends at the collar, well ahead of the walker's own reach.
    const near = (x: number, y: number) => points.some((p) => Math.hypot(p.x - x, p.y - y) < 0.04)
    expect(near(to.x, to.y)).toBe(true)
    expect(points.some((p) => p.x > 0.9 && p.y > 0.2 && p.y < 0.8)).toBe(true)
  })
})
