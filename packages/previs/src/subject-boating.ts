/**
 * People in boats: someone who rows, paddles or sits in a boat ("a fisherman rows his boat across
 * the bay", "two kids paddle a canoe down the river", "a man stands in a rowboat", "a woman
 * kayaks along the coast", "a sailor on the deck of a trawler") is in it, going where it goes: in
 * a small boat seated on its thwarts (or standing in it, if the words say so), on a decked boat
 * standing on its deck. The boat is the one the words name, or one they imply: rowing a rowing
 * boat, paddling a canoe, kayaking a kayak. Pure.
 */
import { SEATED_DROP } from './subject-posture.js'
import type { SubjectPlan } from './subjects.js'
import { boatModel, personScale, type BoatModel } from './subject-words.js'

/** Rowing: not "a row of houses", "the front row", "in a row". */
const ROWING =
  /\b(?<!\b(a|the|in|front|back|first|last|second|third|each|every|one|two|three)\s)(row|rows|rowed|rowing|scull|sculls|sculled|sculling)\b(?!\s+of\b)/
const PADDLING = /\b(paddl(e|es|ed|ing)|canoe(s|d|ing)|kayak(s|ed|ing))\b/
const BOATS =
  '(boat|rowboat|rowing boat|dinghy|skiff|canoe|kayak|yacht|sailboat|trawler|ferry|ship)'
/** "in a rowboat", "aboard the trawler", "on the deck of a yacht", "fishes from his boat". */
const ABOARD = new RegExp(
  `\\b(in|into|aboard|on board|on the deck of|on deck of|from)\\s+(a|an|the|his|her|their|its|our)?\\s*([a-z'-]+\\s+){0,2}${BOATS}s?\\b`,
)
const STANDING = /\b(stands?|standing|stood)\b/

/** How the boat aboard is moved: with oars, with a paddle, with a kayak's double paddle, or not. */
export type Stroke = 'oars' | 'paddle' | 'double-paddle'

/**
 * Where a person aboard is: `dx` metres from the boat's middle toward its bow, `gunwale` metres
 * above the water that the hull hides them up to, whether they face aft (a rower), and what
 * they pull the boat along with when it moves (null: they only ride in it).
 */
export type Aboard = { dx: number; gunwale: number; aft: boolean; stroke: Stroke | null }

/**
 * A place aboard: `seat` the height of its seat (null on a deck, where people stand), `floor`
 * where the feet of someone standing there are, the gunwale's height there, whether who sits
 * there faces aft, and whether they pull the boat along (a rowing boat's passengers do not).
 */
type Place = {
  dx: number
  seat: number | null
  floor: number
  gunwale: number
  aft?: true
  pulls: boolean
}

/**
 * The places each boat has, in the order they are taken: a rowing boat's rower amidships facing
 * aft, then the stern and bow seats; a canoe's stern and bow paddlers; a kayak's cockpit (two, in
 * a tandem); a decked boat's after deck, then its foredeck.
 */
const PLACES: Record<BoatModel, Place[]> = {
  rowboat: [
    { dx: 0.15, seat: 0.3, floor: 0.15, gunwale: 0.44, aft: true, pulls: true },
    { dx: -1.05, seat: 0.3, floor: 0.15, gunwale: 0.48, pulls: false },
    { dx: 1.05, seat: 0.3, floor: 0.15, gunwale: 0.5, pulls: false },
  ],
  canoe: [
    { dx: -1.5, seat: 0.12, floor: 0.05, gunwale: 0.3, pulls: true },
    { dx: 1.4, seat: 0.12, floor: 0.05, gunwale: 0.3, pulls: true },
  ],
  kayak: [
    { dx: -0.25, seat: 0.05, floor: 0.05, gunwale: 0.3, pulls: true },
    { dx: 1.0, seat: 0.05, floor: 0.05, gunwale: 0.29, pulls: true },
  ],
  workboat: [
    { dx: -2.6, seat: null, floor: 1.1, gunwale: 1.25, pulls: false },
    { dx: 2.4, seat: null, floor: 1.35, gunwale: 1.5, pulls: false },
  ],
  sailboat: [
    { dx: -2.4, seat: null, floor: 0.9, gunwale: 1.0, pulls: false },
    { dx: 2.2, seat: null, floor: 1.0, gunwale: 1.1, pulls: false },
  ],
}

/** How fast a rowed or paddled boat goes (m/s): a steady stroke, slower than a boat under way. */
export const PULLED_SPEED = 1.4

/** Whether the words put someone in a boat: rowing, paddling, or in or aboard one. */
export function boatingSaid(text: string): boolean {
  const lower = text.toLowerCase()
  return ROWING.test(lower) || PADDLING.test(lower) || ABOARD.test(lower)
}

/** The noun of a boat said without an article ("a rowing boat" is a rowboat). */
const BOAT_NOUNS: Record<string, string> = { 'rowing boat': 'rowboat' }

/**
 * The boat the words put someone in when no phrase of the subjects names it: the one they are in
 * or aboard ("sits in a dinghy", "in a boat" a rowing boat, "aboard the ferry"), else the one
 * rowing or paddling implies: a rowing boat, a canoe, a kayak.
 */
export function impliedBoat(text: string): string | null {
  const lower = text.toLowerCase()
  const aboard = ABOARD.exec(lower)
  if (aboard) {
    const noun = aboard[aboard.length - 1] as string
    const said = BOAT_NOUNS[noun] ?? noun
    // In a boat is in a small one, unless it is rowed or paddled; aboard one, a working boat.
    if (said !== 'boat') return said
    if (/^(in|into|from)\b/.test(aboard[0]) || ROWING.test(lower) || PADDLING.test(lower)) {
      return pulledBoat(lower) ?? 'rowboat'
    }
    return 'boat'
  }
  return pulledBoat(lower)
}

/** The boat rowing or paddling implies: a rowing boat, a canoe, a kayak. */
function pulledBoat(lower: string): 'rowboat' | 'canoe' | 'kayak' | null {
  if (/\bkayak/.test(lower)) return 'kayak'
  if (PADDLING.test(lower)) return 'canoe'
  if (ROWING.test(lower)) return 'rowboat'
  return null
}

/** How a boat of this model is moved by those aboard it. */
function strokeOf(model: BoatModel): Stroke | null {
  return model === 'rowboat'
    ? 'oars'
    : model === 'canoe'
      ? 'paddle'
      : model === 'kayak'
        ? 'double-paddle'
        : null
}

/**
 * The people the words put aboard the first boat named, each in the next place it has: facing
 * as it does (a rower aft), moving with it, hips on their seat or feet on its deck; the boat, if
 * small, at a pulling speed. A generic "boat" that is rowed is a rowing boat, and one paddled a
 * canoe. People in the background or watched from afar stay where they are, and so do
 * those the boat has no room for.
 */
export function boardBoat(plans: SubjectPlan[], text: string): SubjectPlan[] {
  const boatAt = plans.findIndex((plan) => plan.kind === 'boat' && !plan.watched)
  const found = plans[boatAt]
  if (!found) return plans
  const lower = text.toLowerCase()
  const implied = found.noun === 'boat' ? impliedBoat(text) : null
  const boat = implied ? { ...found, noun: implied } : found
  const model = boatModel(boat.noun)
  // Rowed or paddled, those in the rower's or paddlers' places pull; drifting, nobody does.
  const pulling = ROWING.test(lower) || PADDLING.test(lower)
  const stroke = pulling ? strokeOf(model) : null
  const standing = STANDING.test(lower) && !pulling
  const small = strokeOf(model) !== null
  const motion =
    small && boat.motion.kind !== 'still' ? { ...boat.motion, speed: PULLED_SPEED } : boat.motion
  const places = [...PLACES[model]]
  return plans.map((plan, i) => {
    if (i === boatAt) return { ...boat, motion }
    if (plan.kind !== 'person' || plan.standsOn !== undefined || plan.watched) return plan
    const place = places.shift()
    if (!place) return plan
    // Only a rowing boat has room to stand up in (a canoe or a kayak would tip).
    const seat = standing && model === 'rowboat' ? null : place.seat
    const { seat: _ignored, ...rest } = plan
    return {
      ...rest,
      x: boat.x + boat.facing * place.dx,
      // Nearer than the hull by a hair: drawn over it from the gunwale up (paint/aboard.ts).
      depthOffset: boat.depthOffset - 0.05,
      facing: seat !== null && place.aft ? (-boat.facing as 1 | -1) : boat.facing,
      motion,
      // Seated, the hips on the seat (a child's lower from the feet); standing, the feet.
      standsOn: seat === null ? place.floor : seat - (0.95 - SEATED_DROP) * personScale(plan.noun),
      ...(seat === null ? {} : { seat: 'thwart' as const }),
      aboard: {
        dx: place.dx,
        gunwale: place.gunwale,
        aft: seat !== null && place.aft === true,
        stroke: seat !== null && place.pulls ? stroke : null,
      },
    }
  })
}
