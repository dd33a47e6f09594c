/**
 * Subjects from words: who or what is in the shot, how many, where they stand relative to each
 * other, and how they move.
 *
 *   "a woman left of a man"            woman.x < man.x
 *   "a dog in front of a car"          dog nearer the camera than the car
 *   "two soldiers, a boy in the background"
 *   "a man, a dog to his left"         the possessive refers back to the previous subject
 *
 * x is metres to the right of the frame's centre line on the subject plane; depthOffset is metres
 * behind (+) or in front of (-) the subject plane the camera frames.
 *
 * The shot size is set on one subject, which stands on that plane (framedEntity): the first-named
 * one, unless a person is named after a thing, when it is that person, as shot sizes are defined
 * on the human figure ("a red umbrella left of a woman" is framed on the woman).
 */
import {
  animalColour,
  animalPatches,
  MOTION_ACTORS,
  MOTION_SPEEDS,
  personScale,
  subjectWidth,
} from './subject-words.js'
import type { MotionKind, SubjectKind } from './subject-words.js'
import type { ObjectLook } from './subject-objects.js'
import { readShotAction } from './subject-action.js'
import { boatLightsSaid, type BoatLights } from './subject-boat.js'
import { CRAWL_LENGTH, CRAWL_SPEED, LYING_LENGTH, type Seat } from './subject-posture.js'
import { mountRider } from './subject-riding.js'
import { boardBoat, type Aboard } from './subject-boating.js'
import { hitchCarts, ridesInCart } from './subject-hitched.js'
import { leadDog } from './subject-lead.js'
import { aloft } from './subject-aloft.js'
import {
  CROWD_SPREAD,
  gap,
  MEMBER_CLOSENESS,
  ON_PLANE,
  placeAll,
  type Placed,
} from './subject-placement.js'
import { colourSaid, objectFootprint, pushHandle } from './subject-objects.js'
import type { Rgb } from './color.js'
import { readFootings, type Footing } from './subject-supports.js'
import {
  callingClothes,
  garmentClothes,
  gloved,
  hairSaid,
  inUniform,
  type Hair,
} from './subject-clothes.js'
import { dressFromCast, type Cast } from './subject-cast.js'
import { standApart } from './subject-duel.js'
import { drawClose } from './subject-embrace.js'
import { hatSaid, type Hat } from './subject-hats.js'
import {
  DARKNESS,
  holdInHands,
  mergeCarried,
  RAIN,
  playedInstrument,
  readActionCarried,
  underOneUmbrella,
  type Carried,
} from './subject-carried.js'
import type { Entity } from './subject-text.js'
import type { Random } from './random.js'

export type { MotionKind, SubjectKind } from './subject-words.js'
export type { ObjectLook } from './subject-objects.js'
export type { Carried } from './subject-carried.js'
export type { Hair } from './subject-clothes.js'
export { readMotion } from './subject-action.js'
export { ON_PLANE }

export type SubjectPlan = {
  kind: SubjectKind
  /** The word that named it. */
  noun: string
  x: number
  depthOffset: number
  /** Which way it faces and moves: 1 right, -1 left. */
  facing: 1 | -1
  /** `climb`: up (1) or down (-1) a staircase as it walks (subject-climb.ts); absent on the level. */
  motion: { kind: MotionKind; speed: number; towardCamera: number; climb?: 1 | -1 }
  /** For an object: its shape, colour, glow and what it stands on. */
  look?: ObjectLook
  /**
   * A person's clothes, a vehicle's paint, a boat's hull or an animal's coat, when the words give
   * a colour ("in a yellow oilskin", "Maren, a keeper, yellow oilskin coat", "a red car", "a red
   * trawler", "a black dog"; subject-clothes.ts, subject-words.ts).
   */
  colour?: Rgb
  /** An animal's patches over its coat ("a black and white cow", "a piebald horse"). */
  patches?: Rgb
  /**
   * A person's hair and beard, when the words say anything of them ("grey braid", "a blonde
   * woman", "an old man with a white beard", "a bald man"; subject-clothes.ts).
   */
  hair?: Hair
  /**
   * What a person wears on their head, said ("a man in a bowler hat", "a hooded figure") or their
   * calling's (a cowboy's stetson, a soldier's helmet; subject-hats.ts).
   */
  hat?: Hat
  /** Dressed head to toe in their calling's colour (an astronaut's suit, a soldier's uniform). */
  uniform?: true
  /** Gloved in it (an astronaut, a firefighter). */
  gloved?: true
  /** In boxing gloves (a boxer). */
  boxing?: true
  /** Squared up to fight, fists raised in a guard (subject-duel.ts). */
  guard?: true
  /**
   * Metres above the ground it stands at, on another subject the text names ("a table, a vase on
   * the table"); absent on the ground.
   */
  standsOn?: number
  /**
   * What a person has in their hands, one thing in each at most ("a man with a lantern", "raises
   * the mug"; subject-carried.ts); absent when nothing.
   */
  carries?: Carried[]
  /**
   * A person's proper name, lower case ("maren"): drawn the same in every shot of the film, so
   * what the words leave open (skin, clothes, hair) stays the same from shot to shot.
   */
  called?: string
  /** A mount a person named in the words rides (subject-riding.ts). */
  ridden?: true
  /** A person in a boat: where in it, and what they move it with (subject-boating.ts). */
  aboard?: Aboard
  /** What a person sits on, when the words seat them and nothing moves them (subject-posture.ts). */
  seat?: Seat
  /** A boat's lights the words name ("one green running light"; subject-boat.ts). */
  lights?: BoatLights
  /**
   * Watched, found or followed in the action, not named in the subject ("watches the trawler sail
   * in"; subject-watched.ts): placed back from the subjects, and brought nearer if need be to be
   * seen (shot-setup.ts).
   */
  watched?: true
  /** An aircraft in the air (subject-aloft.ts): it flies at a height, as birds do. */
  airborne?: true
  /** A person on hands and knees ("a baby crawls across the rug"; paint/crawl.ts). */
  crawls?: true
  /** A person lying down, on a bed drawn under them or on the ground (paint/lying.ts). */
  lies?: 'bed' | 'ground'
  /** A person dancing where they stand ("a couple dance in the rain"): stepping, not going. */
  dances?: true
  /** An animal grazing where it stands ("cows graze in the meadow"): its head down. */
  grazes?: true
  /** The shot size is set on this subject (every one of a count: "two soldiers"). */
  framed: boolean
}

/**
 * The subjects of a shot from its subject and action text. `scene.raining`: the weather rains, so
 * a carried umbrella is held up (as when the words say it rains). `scene.stairs`: the set has a
 * staircase, so words of going up or down it make the walkers climb.
 */
export function planSubjects(
  subjectText: string,
  actionText: string,
  random: Random,
  scene: { raining?: boolean; stairs?: boolean; cast?: Cast } = {},
): SubjectPlan[] {
  const {
    named,
    watched,
    entities,
    motion,
    climb,
    riding,
    boating,
    seat,
    ownMotion,
    actedOn,
    movers,
    pushed,
    crawling,
    lying,
    dancing,
    grazing,
  } = readShotAction(subjectText, actionText, scene)
  // People named alone look as the board describes them elsewhere (subject-cast.ts).
  if (scene.cast) dressFromCast(entities, scene.cast)
  const footings = readFootings(entities, subjectText)
  const widths = entities.map((entity, i) => {
    const look = footings[i]?.look
    if (look) return objectFootprint(look)
    // On hands and knees, a person is as long as they are tall standing, less the head; lying
    // down, as long as they are tall.
    if (entity.kind === 'person' && (crawling || lying)) {
      return (lying ? LYING_LENGTH : CRAWL_LENGTH) * personScale(entity.noun)
    }
    return subjectWidth(entity.kind, entity.noun)
  })
  const placed = placeAll(
    entities,
    widths,
    footings.map((f) => f.on),
  )
  const positions = placed.map((at, i) => {
    const seen = watched[i - named.length]
    if (seen?.distance !== undefined) return { ...at, depthOffset: seen.distance }
    // A pram (a wheelbarrow, a trolley) goes at the hands of whoever pushes it: its handles a
    // forearm ahead of them.
    const entity = entities[i] as Entity
    const pusher = entity.ref === undefined ? undefined : placed[entity.ref]
    if (pushed.has(entity.noun) && pusher) {
      const reach = PUSH_GRIP + pushHandle(entity.noun)
      return { ...at, x: pusher.x + (entity.relation === 'left-of' ? -1 : 1) * reach }
    }
    return at
  })
  const framed = framedEntity(entities)
  const hands = carriedThings(entities, subjectText, actionText, scene.raining ?? false)
  const plans: SubjectPlan[] = []
  entities.forEach((entity, i) => {
    const at = positions[i] as Placed
    const itsMotion = ownMotion.get(entity) ?? motion
    const moving = ownMotion.has(entity)
      ? itsMotion.kind !== 'still' && MOTION_ACTORS[itsMotion.kind].includes(entity.kind)
      : movers.includes(entity.kind) || pushed.has(entity.noun)
    // Crawlers go at a crawl; what goes with them (a pram pushed?) as fast.
    const crawls = crawling && entity.kind === 'person' && !ownMotion.has(entity) && !seat
    const speed = !moving
      ? 0
      : crawling && itsMotion.kind === 'walk'
        ? CRAWL_SPEED
        : MOTION_SPEEDS[itsMotion.kind]
    const width = widths[i] as number
    const spacing = gap(width, width)
    const footing = footings[i] as Footing
    const look = footing.look
    const carries = hands[i] as Carried[]
    // "a couple kiss under an umbrella": one of them holds it up over both.
    const oneUmbrella = entity.count > 1 && underOneUmbrella(actionText)
    const patched = entity.kind === 'animal' ? animalPatches(subjectText, entity.noun) : null
    // A person's clothes ("in a yellow oilskin", "yellow oilskin coat"), a vehicle's paint
    // ("a red car") or an animal's coat ("a black dog"), and a person's hair ("grey braid").
    const colour =
      entity.kind === 'person'
        ? (colourSaid(entity.clothes ? [entity.clothes] : []) ??
          garmentClothes(entity.features) ??
          callingClothes(entity.noun, entity.modifiers))
        : entity.kind === 'vehicle' || entity.kind === 'boat'
          ? colourSaid(entity.modifiers)
          : entity.kind === 'animal'
            ? (patched?.coat ?? animalColour(entity.modifiers, entity.noun))
            : null
    const lights = entity.kind === 'boat' ? boatLightsSaid(subjectText) : null
    const hair =
      entity.kind === 'person'
        ? hairSaid(entity.modifiers, entity.noun, entity.features)
        : undefined
    const hat =
      entity.kind === 'person' ? hatSaid(entity.modifiers, entity.noun, entity.features) : undefined
    const uniform = entity.kind === 'person' && !entity.clothes && inUniform(entity.noun)
    for (let k = 0; k < entity.count; k++) {
      if (footing.on !== undefined) {
        // On another subject: in a row across it, at its depth.
        plans.push({
          kind: entity.kind,
          noun: entity.noun,
          x: at.x + footing.offset + (k - (entity.count - 1) / 2) * footing.pitch,
          depthOffset: at.depthOffset,
          facing: k % 2 === 0 ? 1 : -1,
          motion: { kind: 'still', speed: 0, towardCamera: 0 },
          ...(look ? { look } : {}),
          ...(colour ? { colour } : {}),
          ...(hair ? { hair } : {}),
          ...(hat ? { hat } : {}),
          standsOn: footing.height,
          framed: i === framed,
        })
        continue
      }
      const crowd = entity.count > 3
      plans.push({
        kind: entity.kind,
        noun: entity.noun,
        x:
          at.x +
          (crowd
            ? random.range(-CROWD_SPREAD, CROWD_SPREAD) * spacing
            : (k - (entity.count - 1) / 2) * spacing * MEMBER_CLOSENESS),
        depthOffset:
          at.depthOffset + (k === 0 ? 0 : crowd ? random.range(0, 5) : random.range(-0.3, 0.5)),
        facing: moving ? itsMotion.direction : k % 2 === 0 ? 1 : -1,
        motion: moving
          ? {
              kind: itsMotion.kind,
              speed,
              towardCamera: itsMotion.towardCamera,
              ...(climb !== 0 && !ownMotion.has(entity) && itsMotion.towardCamera === 0
                ? { climb }
                : {}),
            }
          : { kind: 'still', speed: 0, towardCamera: 0 },
        ...(look ? { look } : {}),
        ...(colour ? { colour } : {}),
        ...(patched ? { patches: patched.patches } : {}),
        ...(hair ? { hair } : {}),
        ...(hat ? { hat } : {}),
        ...(uniform ? { uniform: true as const } : {}),
        ...(uniform && gloved(entity.noun) ? { gloved: true as const } : {}),
        ...(entity.kind === 'person' && BOXERS.has(entity.noun) ? { boxing: true as const } : {}),
        ...(lights ? { lights } : {}),
        ...(entity.called ? { called: entity.called } : {}),
        ...(seat && entity.kind === 'person' && !ownMotion.has(entity) ? { seat } : {}),
        ...(carries.length > 0
          ? {
              carries:
                k > 0 && oneUmbrella ? carries.filter((c) => c.shape !== 'umbrella') : carries,
            }
          : entity.kind === 'person'
            ? instrumentPlayed(entity.noun, k)
            : {}),
        ...(ownMotion.has(entity) ? { watched: true as const } : {}),
        ...(crawls ? { crawls: true as const } : {}),
        ...(lying && entity.kind === 'person' && !moving && !ownMotion.has(entity)
          ? { lies: lying }
          : {}),
        ...(dancing && entity.kind === 'person' && !moving && !ownMotion.has(entity)
          ? { dances: true as const }
          : {}),
        ...(grazing && entity.kind === 'animal' && !moving && !ownMotion.has(entity)
          ? { grazes: true as const }
          : {}),
        // Birds fed or chased are on the ground, not in the air.
        ...(actedOn.has(entity) && entity.kind === 'bird' && !moving ? { standsOn: 0 } : {}),
        framed: i === framed,
      })
    }
  })
  const faced = standApart(
    drawClose(faceEachOther(plans, entities), actionText),
    `${subjectText} ${actionText}`,
  )
  const words = `${subjectText} ${actionText}`
  // A cart behind the animal that draws it, its driver on its seat (subject-hitched.ts); a dog
  // on its lead (subject-lead.ts); aircraft in the air (subject-aloft.ts).
  const hitched = aloft(leadDog(hitchCarts(faced, words, motion), words), words)
  const seated =
    riding && !ridesInCart(words)
      ? mountRider(hitched)
      : boating
        ? boardBoat(hitched, words)
        : hitched
  return centreOnSubjectPlane(seated)
}

/** People in boxing gloves. */
const BOXERS = new Set(['boxer', 'boxers', 'kickboxer', 'kickboxers'])

/**
 * What each entity's hands hold: a person's own things ("a man with a lantern") and, for the
 * first person named, what the action has them hold ("raises the mug", "checks her watch").
 */
function carriedThings(
  entities: Entity[],
  subjectText: string,
  actionText: string,
  raining: boolean,
): Carried[][] {
  const fromAction = readActionCarried(actionText)
  const holder = entities.findIndex((e) => e.kind === 'person')
  const words = `${subjectText} ${actionText}`.toLowerCase()
  const scene = { raining: raining || RAIN.test(words), dark: DARKNESS.test(words) }
  const named = entities.map((e) => e.noun)
  return entities.map((entity, i) => {
    if (entity.kind !== 'person') return []
    const own = entity.carries ?? []
    return holdInHands(mergeCarried(own, i === holder ? fromAction : [], named), scene)
  })
}

/** A musician's instrument in their hands when the words give them nothing else to hold. */
function instrumentPlayed(noun: string, member: number): { carries?: Carried[] } {
  const played = playedInstrument(noun, member)
  return played ? { carries: holdInHands([played], { raining: false, dark: false }) } : {}
}

/** Metres from a person's centre to the grip of what they push: a forearm ahead of them. */
const PUSH_GRIP = 0.3

/** How far apart in depth (m) two subjects still count as sharing a plane, to face each other. */
const SAME_PLANE_M = 1.5

/**
 * People and animals standing still alone face the nearest other subject on their plane
 * ("a woman, a man" talking face each other, "a suitcase left of a woman" has her look at it),
 * instead of all looking the same way. The members of a group already face each other in turns;
 * anyone moving faces the way they go; a subject with nobody near keeps its way.
 */
function faceEachOther(plans: SubjectPlan[], entities: Entity[]): SubjectPlan[] {
  // Plans come entity by entity, one per member.
  const owners = entities.flatMap((entity) => Array.from({ length: entity.count }, () => entity))
  const turns = plans.map((plan, i) => {
    const entity = owners[i]
    const turns = entity?.count === 1 && (entity.kind === 'person' || entity.kind === 'animal')
    if (!turns || plan.motion.kind !== 'still' || plan.standsOn) return plan.facing
    let nearest: SubjectPlan | undefined
    for (const other of plans) {
      if (other === plan || Math.abs(other.depthOffset - plan.depthOffset) > SAME_PLANE_M) continue
      if (!nearest || Math.abs(other.x - plan.x) < Math.abs(nearest.x - plan.x)) nearest = other
    }
    if (!nearest || Math.abs(nearest.x - plan.x) < 0.05) return plan.facing
    return nearest.x > plan.x ? 1 : -1
  })
  return plans.map((plan, i) => ({ ...plan, facing: turns[i] as 1 | -1 }))
}

/**
 * Which entity the shot size is set on: the first-named, unless that is not a person and a
 * person is named after it, not in the background or the foreground ("a suitcase in front of a
 * woman" frames the woman; "a lamp, a man in the distance" the lamp).
 */
function framedEntity(entities: Entity[]): number {
  if (entities[0]?.kind === 'person') return 0
  const person = entities.findIndex(
    (e) => e.kind === 'person' && e.relation !== 'background' && e.relation !== 'foreground',
  )
  return Math.max(0, person)
}

/**
 * The framed subject stands on the plane the shot frames: shift everyone's depth so it does,
 * then shift everyone sideways so the subjects on that plane are centred.
 */
function centreOnSubjectPlane(planned: SubjectPlan[]): SubjectPlan[] {
  const mainDepth = (planned.find((p) => p.framed) ?? planned[0])?.depthOffset ?? 0
  const plans = planned.map((p) => ({ ...p, depthOffset: p.depthOffset - mainDepth }))
  const onPlane = plans.filter((p) => Math.abs(p.depthOffset) < ON_PLANE)
  const group = onPlane.length > 0 ? onPlane : plans
  if (group.length === 0) return plans
  const left = Math.min(...group.map((p) => p.x))
  const right = Math.max(...group.map((p) => p.x))
  const shift = -(left + right) / 2
  return plans.map((p) => ({ ...p, x: p.x + shift }))
}
