/**
 * A dog on a lead: someone who walks their dog, or has a dog on a lead or a leash ("a woman walks
 * her dog in the park", "a boy with his puppy on a lead"), holds the lead in the hand towards the
 * camera, and the dog goes a lead's length ahead of them, at their pace. A dog off the lead runs
 * free. Pure.
 */
import type { Carried } from './subject-carried.js'
import type { SubjectPlan } from './subjects.js'
import { animalBuild, personScale } from './subject-words.js'

const DOGS = '(dog|dogs|puppy|puppies|hound|hounds)'
const ON_A_LEAD = new RegExp(
  [
    `\\b(walk(s|ing|ed)?|takes?|took|taking) (his|her|their|the|a|an|its|our|my) (\\w+ )?${DOGS}\\b`,
    '\\bon (a|the|its|his|her|their) (lead|leash)\\b',
    '\\bleash(ed)?\\b',
  ].join('|'),
)
const OFF_THE_LEAD = /\boff (a|the|its|his|her|their) (lead|leash)\b|\bunleash/

/** How far ahead of the walker the dog goes (m), and where its collar is on a dog of scale 1. */
const LEAD_LENGTH = 1.1
const COLLAR = { x: 0.26, y: 0.5 }

export function leadDog(plans: SubjectPlan[], text: string): SubjectPlan[] {
  const lower = text.toLowerCase()
  if (!ON_A_LEAD.test(lower) || OFF_THE_LEAD.test(lower)) return plans
  const walker = plans.find(
    (plan) =>
      plan.kind === 'person' &&
      plan.standsOn === undefined &&
      !plan.watched &&
      !plan.crawls &&
      !plan.dances,
  )
  const dog = plans.find(
    (plan) => plan.kind === 'animal' && animalBuild(plan.noun).model === 'dog' && !plan.watched,
  )
  if (!walker || !dog) return plans
  const { scale } = animalBuild(dog.noun)
  const k = personScale(walker.noun)
  // The collar in the walker's metres (a child's drawing is made smaller from the feet).
  const lead: Carried = {
    noun: 'lead',
    shape: 'lead',
    hand: 'near',
    pose: 'low',
    to: { x: (LEAD_LENGTH + COLLAR.x * scale) / k, y: (COLLAR.y * scale) / k },
  }
  const others = (walker.carries ?? []).filter((thing) => thing.hand === 'far')
  return plans.map((plan) =>
    plan === walker
      ? { ...plan, carries: [lead, ...others] }
      : plan === dog
        ? {
            ...plan,
            x: walker.x + walker.facing * LEAD_LENGTH,
            // A hair behind the walker: the lead is drawn from the hand that holds it.
            depthOffset: walker.depthOffset + 0.02,
            facing: walker.facing,
            motion: walker.motion,
          }
        : plan,
  )
}
