/**
 * Two people who kiss, hug or embrace ("a couple kiss", "a man and a woman embrace", "two old
 * friends hug each other", "a mother hugs her son") stand close, face to face, where they stood:
 * their middles EMBRACE_GAP apart on one plane. A third person, or an animal hugged, leaves
 * everyone where they stood. Pure.
 */
import type { SubjectPlan } from './subjects.js'

/** Metres between the middles of two people in an embrace: their faces almost meet. */
export const EMBRACE_GAP = 0.32

const EMBRACING =
  /\b(kiss(es|ing|ed)?|hug(s|ging|ged)?|embrac(e|es|ing|ed)|cuddl(e|es|ing|ed))\b|\b(hold(s|ing)?|held) each other\b/

/** Whether the action has the people in it kiss, hug or hold each other. */
export function embraceSaid(action: string): boolean {
  return EMBRACING.test(action.toLowerCase())
}

/** Whether a plan is someone standing on their own feet and still, who can step into an embrace. */
const standing = (plan: SubjectPlan) =>
  plan.kind === 'person' &&
  plan.motion.kind === 'still' &&
  plan.standsOn === undefined &&
  !plan.seat &&
  !plan.lies &&
  !plan.aboard &&
  !plan.crawls

/** Two people standing who embrace, moved close together and turned to each other. */
export function drawClose(plans: SubjectPlan[], action: string): SubjectPlan[] {
  if (!embraceSaid(action)) return plans
  const people = plans.filter(standing)
  if (people.length !== 2) return plans
  const [left, right] = [...people].sort((a, b) => a.x - b.x) as [SubjectPlan, SubjectPlan]
  const middle = (left.x + right.x) / 2
  return plans.map((plan) => {
    if (plan === left) return { ...plan, x: middle - EMBRACE_GAP / 2, facing: 1 as const }
    if (plan === right) {
      return {
        ...plan,
        x: middle + EMBRACE_GAP / 2,
        depthOffset: left.depthOffset,
        facing: -1 as const,
      }
    }
    return plan
  })
}
