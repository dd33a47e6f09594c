/**
 * Riding: a person who rides ("a cowboy rides his horse across the plain", "a knight on
 * horseback", "a woman on a horse") sits in the saddle of the horse, going where it goes. Pure.
 */
import type { SubjectPlan } from './subjects.js'
import { SEATED_DROP } from './subject-posture.js'
import { animalBuild } from './subject-words.js'

const RIDING =
  /\b(rides?|riding|rode|ridden|on horseback|horseback|mounted|astride|in the saddle)\b/
/** "a woman on a horse", "on his white stallion". */
const ON_A_MOUNT = /\bon\s+(a|an|the|his|her|their)?\s*([a-z'-]+\s+){0,2}(horse|stallion)s?\b/

/** The height (m) of a horse's back at scale 1, where a rider's seat is (paint/figures.ts). */
const BACK_HEIGHT = 1.4
/** A rider sits a little behind the middle of the horse's back. */
const SADDLE_BACK = 0.12

/** Riding as going somewhere: it moves the horse at a walk unless the words say more. */
const RIDES = /\b(rides?|riding|rode)\b/

/** Whether the words have someone ride somewhere ("rides across the plain"), not only sit a horse. */
export function ridesSomewhere(text: string): boolean {
  return RIDES.test(text.toLowerCase())
}

/** Whether the words put someone on horseback. */
export function ridingSaid(text: string): boolean {
  const lower = text.toLowerCase()
  return RIDING.test(lower) || ON_A_MOUNT.test(lower)
}

/** Whether a subject can be ridden: the long-necked four-legged model (a horse, a stallion). */
export function canBeRidden(subject: Pick<SubjectPlan, 'kind' | 'noun'>): boolean {
  return subject.kind === 'animal' && animalBuild(subject.noun).model === 'long-neck'
}

/**
 * The first person seated on the first horse: in its saddle, facing and moving as it does, drawn
 * in front of it. The others are as planned.
 */
export function mountRider(plans: SubjectPlan[]): SubjectPlan[] {
  const horse = plans.find(canBeRidden)
  const rider = plans.find((plan) => plan.kind === 'person' && plan.standsOn === undefined)
  if (!horse || !rider) return plans
  const back = BACK_HEIGHT * animalBuild(horse.noun).scale
  return plans.map((plan) =>
    plan === rider
      ? {
          ...plan,
          x: horse.x - horse.facing * SADDLE_BACK,
          depthOffset: horse.depthOffset - 0.05,
          facing: horse.facing,
          motion: horse.motion,
          standsOn: back - (0.95 - SEATED_DROP),
          seat: 'saddle' as const,
        }
      : plan,
  )
}
