/**
 * Two people who kiss, hug or embrace ("a couple kiss", "a man and a woman embrace", "two old
 * friends hug each other", "a mother hugs her son") stand close, face to face, where they stood:
 * their middles EMBRACE_GAP apart on one plane. A third person, or an animal hugged, leaves
 * everyone where they stood. Pure.
 */
import { faceToFace } from './subject-pair.js'
import type { SubjectPlan } from './subjects.js'

/** Metres between the middles of two people in an embrace: their faces almost meet. */
export const EMBRACE_GAP = 0.32

const EMBRACING =
  /\b(kiss(es|ing|ed)?|hug(s|ging|ged)?|embrac(e|es|ing|ed)|cuddl(e|es|ing|ed))\b|\b(hold(s|ing)?|held) each other\b/

/** Whether the action has the people in it kiss, hug or hold each other. */
export function embraceSaid(action: string): boolean {
  return EMBRACING.test(action.toLowerCase())
}

/** Two people standing who embrace, moved close together and turned to each other. */
export function drawClose(plans: SubjectPlan[], action: string): SubjectPlan[] {
  return embraceSaid(action) ? faceToFace(plans, EMBRACE_GAP) : plans
}
