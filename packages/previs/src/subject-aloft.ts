/**
 * Aircraft in the air: an airliner or a helicopter flies unless the words put it on the ground
 * ("lands on the runway", "parked on the tarmac", "waits on the helipad"). Pure.
 */
import type { SubjectPlan } from './subjects.js'
import { isAircraft } from './subject-words.js'

const ON_THE_GROUND =
  /\b(land(s|ed|ing)?|touch(es|ed|ing)? down|taxi(s|es|ed|ing)|parked|grounded|on the (runway|tarmac|ground|helipad|apron|roof|airfield|field))\b/

/** The plans with each aircraft marked airborne, unless the words land it. */
export function aloft(plans: SubjectPlan[], text: string): SubjectPlan[] {
  if (ON_THE_GROUND.test(text.toLowerCase())) return plans
  return plans.map((plan) =>
    plan.kind === 'vehicle' && isAircraft(plan.noun) && plan.standsOn === undefined
      ? { ...plan, airborne: true as const }
      : plan,
  )
}
