/**
 * Two people in a duel or a showdown ("two gunslingers face off", "a showdown at noon", "the
 * knights duel") stand well apart, face to face, where they stood: DUEL_GAP between them on one
 * plane, the width of a street. Two who square up to fight or spar ("two boxers square up") stand
 * within reach, FIGHT_GAP apart. Pure.
 */
import { faceToFace } from './subject-pair.js'
import type { SubjectPlan } from './subjects.js'

/** Metres between two people in a duel, and between two squaring up to fight. */
export const DUEL_GAP = 9
export const FIGHT_GAP = 1.6

const DUELLING =
  /\b(duel(s|led|ling|ed|ing)?|showdown|face[- ]?off|fac(es?|ing|ed) off|stand[- ]?off)\b/
const FIGHTING =
  /\b(squar(es?|ing|ed) (off|up)|spar(s|ring|red)?|fist ?fight(s|ing)?|brawl(s|ing)?)\b/

/** Whether the shot's words set two people against each other in a duel. */
export function duelSaid(words: string): boolean {
  return DUELLING.test(words.toLowerCase())
}

/** How far apart the words set two people against each other stand, if they do. */
function gapSaid(words: string): number | null {
  if (FIGHTING.test(words.toLowerCase())) return FIGHT_GAP
  return duelSaid(words) ? DUEL_GAP : null
}

/** Two people standing in a duel or a fight, moved apart about their middle and turned to each other. */
export function standApart(plans: SubjectPlan[], words: string): SubjectPlan[] {
  const gap = gapSaid(words)
  if (gap === null) return plans
  const placed = faceToFace(plans, gap)
  // Squared up to fight, both put up their fists.
  if (gap !== FIGHT_GAP || placed === plans) return placed
  return placed.map((plan, i) => (plan === plans[i] ? plan : { ...plan, guard: true as const }))
}
