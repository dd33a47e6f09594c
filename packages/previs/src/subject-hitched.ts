/**
 * Carts and carriages drawn by an animal: a wagon, a carriage or a stagecoach ("a stagecoach races
 * across the desert"), or a cart with a horse, a pony, a donkey or an ox in the shot ("a horse
 * pulls a cart down the lane", "a farmer drives his horse and cart to market") is hitched to that
 * animal, one named or, for a wagon or a carriage with none, a horse: the cart stands behind it
 * with its shafts at the animal's shoulder, facing and going as the animal does. Whoever the words
 * have drive it, hold the reins or ride on or in it sits on the driver's seat. A carriage given
 * its horses gets a pair. A cart someone pushes stays a handcart. Pure.
 */
import { DRIVER_SEAT, SHAFT_TIP } from './paint/carts.js'
import { OBJECT_SHAPE_WORDS, objectLook } from './subject-objects.js'
import { SEATED_DROP } from './subject-posture.js'
import { canBeRidden } from './subject-riding.js'
import type { SubjectPlan } from './subjects.js'
import { animalBuild, MOTION_SPEEDS, personScale, type MotionKind } from './subject-words.js'

/** Carts that never go without an animal: a handcart or a "cart" alone may be pushed. */
const DRAWN_ONLY = new Set([...OBJECT_SHAPE_WORDS.cart, ...OBJECT_SHAPE_WORDS.carriage])
const CARTS = new Set(['cart', ...DRAWN_ONLY])
const PUSHED_CART = /\b(push|wheel)(es|ed|ing|s)? (a|an|the|his|her|their|its) (\w+ )?(hand)?cart\b/
/** Someone on the driver's seat: driving, at the reins, on or in the cart. */
const ON_BOARD =
  /\b(driv(es|e|ing)|drove|at the reins|holds? the reins|holding the reins|(on|in|aboard) (the|a|an|his|her|their|its) (\w+ )?(cart|wagon|carriage|stagecoach|coach|box|oxcart|haywain))\b/
/** Riding on or in a cart, which is not riding the horse. */
const RIDES_IN_CART =
  /\b(rid(es|e|ing)|rode|sits?|sitting|sat) (on|in|aboard) (the|a|an|his|her|their|its) (\w+ )?(cart|wagon|carriage|stagecoach|oxcart|haywain)\b/

/** Where the shafts meet an animal at scale 1 (m ahead of its middle): its shoulder. */
const SHOULDER = { 'long-neck': 0.5, cattle: 0.6 } as const

/** The first cart or carriage the words name ("pulls a cart", "a horse and cart"), if any. */
export function cartSaid(text: string): string | null {
  for (const word of text.toLowerCase().match(/[a-z]+/g) ?? []) {
    const noun = word.endsWith('s') && CARTS.has(word.slice(0, -1)) ? word.slice(0, -1) : word
    if (CARTS.has(noun)) return noun
  }
  return null
}

/** Whether the words seat people in a cart rather than on a horse ("rides in the wagon"). */
export function ridesInCart(text: string): boolean {
  return RIDES_IN_CART.test(text.toLowerCase())
}

/**
 * The plans with the first cart or carriage hitched to the first animal that can draw it (or a
 * horse added ahead of a wagon or a carriage with none), and the first one or two people the
 * words put on it on its seat. `motion`: the shot's motion, for a horse added.
 */
export function hitchCarts(
  plans: SubjectPlan[],
  text: string,
  motion: { kind: MotionKind; direction: 1 | -1 },
): SubjectPlan[] {
  const lower = text.toLowerCase()
  const cartAt = plans.findIndex(
    (plan) =>
      plan.kind === 'object' &&
      CARTS.has(plan.noun) &&
      !plan.watched &&
      (DRAWN_ONLY.has(plan.noun) || !PUSHED_CART.test(lower)),
  )
  const cart = plans[cartAt]
  if (!cart) return plans
  let animal = plans.find((plan) => plan.kind === 'animal' && canBeRidden(plan) && !plan.ridden)
  const added: SubjectPlan[] = []
  if (!animal) {
    // A cart alone may be a handcart; a wagon or a carriage always has its horse.
    if (!DRAWN_ONLY.has(cart.noun)) return plans
    const moving = motion.kind !== 'still'
    animal = {
      kind: 'animal',
      noun: 'horse',
      x: cart.x,
      depthOffset: cart.depthOffset,
      facing: moving ? motion.direction : cart.facing,
      motion: moving
        ? { kind: motion.kind === 'run' ? 'run' : 'walk', speed: 0, towardCamera: 0 }
        : { kind: 'still', speed: 0, towardCamera: 0 },
      framed: false,
    }
    added.push(animal)
  }
  // A team at a walk or a run: "rolls" or "drives" along is a walk.
  const team = animal.motion.kind === 'still' ? animal.motion : teamMotion(animal.motion)
  const { model, scale } = animalBuild(animal.noun)
  const shoulder = SHOULDER[model === 'cattle' ? 'cattle' : 'long-neck'] * scale
  const facing = animal.facing
  const cartX = animal.x + facing * (shoulder - SHAFT_TIP.x)
  const shape = OBJECT_SHAPE_WORDS.carriage.includes(cart.noun) ? 'carriage' : 'cart'
  const hitched: SubjectPlan = {
    ...cart,
    x: cartX,
    // Drawn over the animal, so that the near shaft shows along its flank.
    depthOffset: animal.depthOffset - 0.03,
    facing,
    motion: team,
    look: { ...(cart.look ?? objectLook(cart.noun, [])), shape },
  }
  const drivers = ON_BOARD.test(lower) ? 2 : 0
  let seated = 0
  const seat = DRIVER_SEAT[shape]
  const result = plans.map((plan, i): SubjectPlan => {
    if (i === cartAt) return hitched
    if (plan === animal) return { ...plan, motion: team }
    if (plan.kind !== 'person' || plan.standsOn !== undefined || plan.watched) return plan
    if (seated >= drivers) return plan
    const { seat: _ignored, ...rest } = plan
    const place = seated++
    return {
      ...rest,
      x: cartX + facing * (seat.x - place * 0.45),
      depthOffset: hitched.depthOffset - 0.03 * (place + 1),
      facing,
      motion: team,
      // Hips on the seat; a child's lower from the feet, on the footboard.
      standsOn: seat.y - (0.95 - SEATED_DROP) * personScale(plan.noun),
      seat: 'thwart',
    }
  })
  // A carriage or a stagecoach given its horses has a pair: the far one a pace further back.
  if (added.length > 0 && shape === 'carriage') {
    added.push({ ...animal, x: animal.x + facing * 0.2, depthOffset: animal.depthOffset + 0.9 })
  }
  return added.length > 0
    ? [...result, ...added.map((plan) => ({ ...plan, motion: team }))]
    : result
}

/** How a team goes: at a run when the words say so, else at a walk. */
function teamMotion(motion: SubjectPlan['motion']): SubjectPlan['motion'] {
  const kind = motion.kind === 'run' ? 'run' : 'walk'
  return { ...motion, kind, speed: MOTION_SPEEDS[kind] }
}
