/**
 * Two people in a duel or a showdown ("two gunslingers face off", "a showdown at noon", "the
 * knights duel") stand well apart, face to face, where they stood: DUEL_GAP between them on one
 * plane, the width of a street. Pure.
 */
import type { SubjectPlan } from './subjects.js'

/** Metres between two people squaring up to each other in a duel. */
export const DUEL_GAP = 9

const DUELLING =
  /\b(duel(s|led|ling|ed|ing)?|showdown|face[- ]?off|fac(es?|ing|ed) off|stand[- ]?off|squar(es?|ing|ed) off|squar(es?|ing|ed) up)\b/

/** Whether the shot's words set two people against each other in a duel. */
export function duelSaid(words: string): boolean {
  return DUELLING.test(words.toLowerCase())
}

const standing = (plan: SubjectPlan) =>
  plan.kind === 'person' &&
  plan.motion.kind === 'still' &&
  plan.standsOn === undefined &&
  !plan.seat &&
  !plan.lies &&
  !plan.crawls &&
  !plan.aboard

/** Two people standing in a duel, moved apart about their middle and turned to each other. */
export function standApart(plans: SubjectPlan[], words: string): SubjectPlan[] {
  if (!duelSaid(words)) return plans
  const people = plans.filter(standing)
  if (people.length !== 2) return plans
  const [left, right] = [...people].sort((a, b) => a.x - b.x) as [SubjectPlan, SubjectPlan]
  const middle = (left.x + right.x) / 2
  return plans.map((plan) => {
    if (plan === left) return { ...plan, x: middle - DUEL_GAP / 2, facing: 1 as const }
    if (plan === right) {
      return {
        ...plan,
        x: middle + DUEL_GAP / 2,
        depthOffset: left.depthOffset,
        facing: -1 as const,
      }
    }
    return plan
  })
}
