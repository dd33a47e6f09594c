/**
 * Two people standing face to face a given distance apart, about the middle of where they stood,
 * on the first one's plane: an embrace (subject-embrace.ts), a duel or a fight (subject-duel.ts).
 * Pure.
 */
import type { SubjectPlan } from './subjects.js'

/** Someone standing on their own feet and still, who can step up to another. */
const standing = (plan: SubjectPlan) =>
  plan.kind === 'person' &&
  plan.motion.kind === 'still' &&
  plan.standsOn === undefined &&
  !plan.seat &&
  !plan.lies &&
  !plan.aboard &&
  !plan.crawls

/** The plans with their two standing people `gap` apart, face to face; as they were otherwise. */
export function faceToFace(plans: SubjectPlan[], gap: number): SubjectPlan[] {
  const people = plans.filter(standing)
  if (people.length !== 2) return plans
  const [left, right] = [...people].sort((a, b) => a.x - b.x) as [SubjectPlan, SubjectPlan]
  const middle = (left.x + right.x) / 2
  return plans.map((plan) => {
    if (plan === left) return { ...plan, x: middle - gap / 2, facing: 1 as const }
    if (plan === right) {
      return { ...plan, x: middle + gap / 2, depthOffset: left.depthOffset, facing: -1 as const }
    }
    return plan
  })
}
