/**
 * Animals and birds on the furniture the text names: a cat or a dog can sit on a table, a crow
 * perch on a chair; a horse cannot, and stays on the ground beside it.
 */
import { defaultShotSpec } from '@sceneboard/shared'
import { describe, expect, it } from 'vitest'
import { framedSubject } from './framed-subject.js'
import { createRandom } from './random.js'
import { setUpShot } from './shot-setup.js'
import { OBJECT_SIZES } from './subject-objects.js'
import { subjectWidth } from './subject-words.js'
import { planSubjects, type SubjectPlan } from './subjects.js'

const plan = (subject: string) => planSubjects(subject, '', createRandom(1))
const find = (plans: SubjectPlan[], noun: string) => {
  const found = plans.find((p) => p.noun === noun)
  if (!found) throw new Error(`no ${noun} in ${plans.map((p) => p.noun).join(', ')}`)
  return found
}

describe('small animals and birds stand on a thing the text names', () => {
  it('stands "a cat on the table" on the named table, at its place', () => {
    for (const text of ['a table, a cat on the table', 'a table, a dog on it']) {
      const plans = plan(text)
      const table = find(plans, 'table')
      const animal = plans.find((p) => p.kind === 'animal') as SubjectPlan
      expect(animal, text).toMatchObject({
        x: table.x,
        depthOffset: table.depthOffset,
        standsOn: OBJECT_SIZES.table.height,
        motion: { kind: 'still' },
      })
    }
  })

  it('stands a cat beside a vase on the same table, both on its top', () => {
    const plans = plan('a table, a vase on the table, a cat on the table')
    const [vase, cat] = [find(plans, 'vase'), find(plans, 'cat')]
    expect(cat.standsOn).toBe(OBJECT_SIZES.table.height)
    // Side by side, clear of each other.
    const apart = cat.x - vase.x
    expect(apart).toBeGreaterThan((OBJECT_SIZES.vessel.width + subjectWidth('animal', 'cat')) / 2)
  })

  it('perches "a crow on the chair" on its seat, where the shot then shows it', () => {
    const plans = plan('a chair, a crow on the chair')
    expect(find(plans, 'crow').standsOn).toBe(0.475)
    // Framed with the chair where it sits, not 3 m up where birds fly.
    const framed = framedSubject(plans)
    expect(framed.kind === 'thing' && framed.whole.top).toBeLessThan(
      OBJECT_SIZES.chair.height + 0.1,
    )
    const shot = setUpShot(
      defaultShotSpec({ subject: 'a chair, a crow on the chair', shotSize: 'full', seed: 3 }),
    )
    const track = shot.subjects.find((s) => s.plan.noun === 'crow')?.track
    expect(track?.(0).altitude).toBe(0.475)
  })

  it('keeps a horse on the ground beside the table it is said to be on', () => {
    const plans = plan('a table, a horse on the table')
    const [table, horse] = [find(plans, 'table'), find(plans, 'horse')]
    expect(horse.standsOn).toBeUndefined()
    expect(Math.abs(horse.x - table.x)).toBeGreaterThan(
      (OBJECT_SIZES.table.width + subjectWidth('animal', 'horse')) / 2,
    )
  })

  it('keeps a cat on the ground when the table is not named as a subject', () => {
    expect(plan('a cat on a table')[0]?.standsOn).toBeUndefined()
  })
})
