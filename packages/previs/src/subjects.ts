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
  MOTION_ACTORS,
  MOTION_SPEEDS,
  MOTION_WORDS,
  subjectWidth,
  vehicleModel,
} from './subject-words.js'
import type { MotionKind, SubjectKind } from './subject-words.js'
import type { ObjectLook } from './subject-objects.js'
import { boatLightsSaid, type BoatLights } from './subject-boat.js'
import { readClimb } from './subject-climb.js'
import { seatSaid, type Seat } from './subject-posture.js'
import { canBeRidden, mountRider, mountSaid, ridesSomewhere, ridingSaid } from './subject-riding.js'
import { watchedSubjects } from './subject-watched.js'
import { colourSaid, objectFootprint } from './subject-objects.js'
import type { Rgb } from './color.js'
import { readFootings, type Footing } from './subject-supports.js'
import { hairSaid, type Hair } from './subject-clothes.js'
import {
  DARKNESS,
  holdInHands,
  mergeCarried,
  RAIN,
  readActionCarried,
  type Carried,
} from './subject-carried.js'
import { readSubjectText, type Entity } from './subject-text.js'
import type { Random } from './random.js'

export type { MotionKind, SubjectKind } from './subject-words.js'
export type { ObjectLook } from './subject-objects.js'
export type { Carried } from './subject-carried.js'
export type { Hair } from './subject-clothes.js'

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
  /**
   * A person's hair and beard, when the words say anything of them ("grey braid", "a blonde
   * woman", "an old man with a white beard", "a bald man"; subject-clothes.ts).
   */
  hair?: Hair
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
  /** The shot size is set on this subject (every one of a count: "two soldiers"). */
  framed: boolean
}

type Placed = { x: number; depthOffset: number }

/** Subjects within this many metres of the framed plane's depth stand on it. */
export const ON_PLANE = 1.5

/** Metres between the centres of two subjects standing side by side, from their widths. */
function gap(a: number, b: number): number {
  return (a + b) / 2 + 0.5
}

/** How far either way of its place a crowd (more than three) spreads, in spacings. */
const CROWD_SPREAD = 2.5

/** Share of their spacing the members of a count of two or three ("two soldiers") stand apart. */
const MEMBER_CLOSENESS = 0.9

/**
 * The width an entity takes in a row, all of its count: from the outer edge of its first member to
 * that of its last ("two soldiers" side by side), or across a crowd's spread.
 */
function footprint(width: number, count: number): number {
  const spacing = gap(width, width)
  return count > 3
    ? width + 2 * CROWD_SPREAD * spacing
    : width + (count - 1) * spacing * MEMBER_CLOSENESS
}

/**
 * Where an entity stands: by its relation to `refAt`, or else in the row on the framed plane,
 * `spacing` right of the thing placed last there (`lastX`; undefined while the row is empty).
 */
function place(
  entity: Entity,
  spacing: number,
  refAt: Placed | undefined,
  lastX: number | undefined,
): Placed {
  const rowX = lastX ?? 0
  const anchor = refAt ?? { x: 0, depthOffset: 0 }
  switch (entity.relation) {
    case 'left-of':
      return { x: anchor.x - spacing, depthOffset: anchor.depthOffset }
    case 'right-of':
    case 'beside':
      return { x: anchor.x + spacing, depthOffset: anchor.depthOffset }
    case 'in-front-of':
      return { x: anchor.x + spacing * 0.35, depthOffset: anchor.depthOffset - 2 }
    case 'behind':
      return { x: anchor.x - spacing * 0.35, depthOffset: anchor.depthOffset + 3.5 }
    case 'background':
      return { x: rowX + spacing * 0.6, depthOffset: 14 }
    case 'foreground':
      return { x: rowX - spacing * 0.6, depthOffset: -3 }
    case 'at-left':
      return { x: -1.5 * spacing, depthOffset: 0 }
    case 'at-right':
      return { x: 1.5 * spacing, depthOffset: 0 }
    default:
      return { x: lastX === undefined ? 0 : lastX + spacing, depthOffset: 0 }
  }
}

/**
 * Where each entity stands, by the relations the text gives; `widths` are what one of each takes
 * beside the others, and one standing on another subject (`on`) stands where that one does.
 * Entities in a row with no relation are spaced by their whole count's footprint ("two soldiers,
 * a boy": the boy clear of the nearer soldier); one placed by another keeps to their widths.
 */
function placeAll(
  entities: Entity[],
  widths: readonly number[],
  on: readonly (number | undefined)[],
): Placed[] {
  const footprints = entities.map((entity, i) => footprint(widths[i] as number, entity.count))
  const placed: (Placed | undefined)[] = entities.map(() => undefined)
  // The thing placed last on the framed plane: the next one in the row stands right of it.
  let last: number | undefined
  let anyPlaced = false
  const put = (i: number, at: Placed) => {
    placed[i] = at
    if (at.depthOffset === 0) last = i
    anyPlaced = true
  }
  while (placed.some((p) => p === undefined)) {
    let progress = false
    entities.forEach((entity, i) => {
      if (placed[i]) return
      const support = on[i]
      if (support !== undefined) {
        // On another subject: where it stands, taking no place of its own in the row.
        const at = placed[support]
        if (at) placed[i] = at
        progress ||= at !== undefined
        return
      }
      const needsRef = entity.ref !== undefined
      const refAt = needsRef ? placed[entity.ref as number] : undefined
      if (needsRef && !refAt) return
      const fresh = !needsRef && !anyPlaced
      // Half of each one's width apart plus a gap: it and what it is placed by, else the last in
      // the row, all of each one's count.
      const inRow = !needsRef && !entity.relation
      const sizes = inRow ? footprints : widths
      const width = sizes[i] as number
      const neighbour = entity.ref ?? last
      const spacing = gap(width, sizes[neighbour ?? -1] ?? width)
      const lastX = last === undefined ? undefined : (placed[last] as Placed).x
      put(
        i,
        fresh && !entity.relation ? { x: 0, depthOffset: 0 } : place(entity, spacing, refAt, lastX),
      )
      progress = true
    })
    if (!progress) {
      // A cycle ("a man with a dog to his left"): stand the first unplaced one where it would be alone.
      const i = placed.findIndex((p) => p === undefined)
      const lastX = last === undefined ? 0 : (placed[last] as Placed).x
      put(i, anyPlaced ? { x: lastX + 1, depthOffset: 0 } : { x: 0, depthOffset: 0 })
    }
  }
  return placed as Placed[]
}

/**
 * Words that name a thing rather than a motion: a trawler's "running light" does not run, a man
 * "with a walking stick" does not walk.
 */
const NOT_MOTION =
  /\b(running lights?|running water|running shoes|walking (sticks?|canes?|boots))\b/g

/**
 * Seeing something move is not moving: in "watches the trawler sail into the harbour" the
 * trawler sails, not the one watching. A motion word after one of these in the same clause is
 * not the subject's.
 */
const PERCEIVING =
  /\b(watch\w*|sees?|seen|saw|sights?|sighted|spots?|spotted|notic\w*|observ\w*|hears?|heard|(looks?|looking|stares?|staring|gazes?|gazing) at)\b/

/** Moving without saying how: each kind then moves as it does (walks, drives, sails, flies). */
const MOVING =
  /\b(head(s|ing|ed)? (straight |directly |right )?(for|to|towards?|into|out|home|back|across|along|down|up)|mov(es|ing|ed)\b|travel\w*|makes? (its|his|her|their) way|pass(es|ing)? (by|through|across|along))/

/** How each kind moves when the words only say it moves. */
const NATURAL_MOTION: Partial<Record<SubjectKind, Exclude<MotionKind, 'still'>>> = {
  person: 'walk',
  animal: 'walk',
  vehicle: 'drive',
  boat: 'sail',
  bird: 'fly',
}

/** Whether a motion word at `index` of `text` is someone's own, not one they watch. */
function ownMotion(text: string, index: number): boolean {
  const clauseStart = Math.max(
    text.lastIndexOf(',', index),
    text.lastIndexOf(';', index),
    text.lastIndexOf('.', index),
    text.lastIndexOf(' and ', index),
  )
  return !PERCEIVING.test(text.slice(clauseStart + 1, index))
}

/**
 * Motion from the action (and any verb in the subject), with a direction. `kinds`: the kinds of
 * the subjects, for words that only say they move ("heading for the rocks").
 */
export function readMotion(
  text: string,
  kinds: readonly SubjectKind[] = [],
): {
  kind: MotionKind
  direction: 1 | -1
  towardCamera: number
} {
  const lower = text.toLowerCase().replace(NOT_MOTION, (words) => ' '.repeat(words.length))
  let kind: MotionKind = 'still'
  const said = (pattern: RegExp) =>
    [...lower.matchAll(new RegExp(pattern.source, 'g'))].some((m) => ownMotion(lower, m.index))
  for (const candidate of ['run', 'walk', 'drive', 'sail', 'fly'] as const) {
    if (MOTION_WORDS[candidate].some((stem) => said(new RegExp(`\\b${stem}`)))) {
      kind = candidate
      break
    }
  }
  if (kind === 'still' && said(MOVING)) {
    const mover = kinds.find((k) => NATURAL_MOTION[k] !== undefined)
    if (mover) kind = NATURAL_MOTION[mover] as MotionKind
  }
  const leftward = /\b(to the left|towards? the left|leftwards?|right to left|screen left)\b/.test(
    lower,
  )
  const towards = /\b(towards? (the )?camera|towards? us|approach\w*|comes? closer)\b/.test(lower)
  const away = /\b(away|into the distance|recede\w*)\b/.test(lower)
  return { kind, direction: leftward ? -1 : 1, towardCamera: towards ? 1 : away ? -1 : 0 }
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
  scene: { raining?: boolean; stairs?: boolean } = {},
): SubjectPlan[] {
  const named = readSubjectText(subjectText)
  const said = readMotion(
    `${subjectText} ${actionText}`,
    named.map((entity) => entity.kind),
  )
  // What the action watches, finds or follows stands further back, moving as the words say;
  // what it acts on stands beside.
  const watched = watchedSubjects(actionText, named)
  // Riding a mount no phrase names as a subject ("a knight on horseback", "cycles on his bike").
  const riding = ridingSaid(`${subjectText} ${actionText}`)
  const mount = riding ? mountSaid(`${subjectText} ${actionText}`) : null
  if (mount && ![...named, ...watched.map((w) => w.entity)].some((e) => canBeRidden(e))) {
    const kind = mount === 'horse' ? ('animal' as const) : ('vehicle' as const)
    watched.push({ entity: { kind, noun: mount, count: 1, modifiers: [] }, words: '' })
  }
  // With stairs in the set, going up or down them is a walk, unless the words say more; so is
  // riding a horse.
  const climb = scene.stairs ? readClimb(`${subjectText} ${actionText}`) : 0
  const ridden = ridesSomewhere(`${subjectText} ${actionText}`)
  const walks = (climb !== 0 || ridden) && said.kind === 'still'
  // A bicycle ridden somewhere rolls, as vehicles do; a horse walks.
  const cycles =
    ridden &&
    [...named, ...watched.map((w) => w.entity)].some(
      (e) => e.kind === 'vehicle' && vehicleModel(e.noun) === 'bicycle',
    )
  const motion =
    cycles && (said.kind === 'still' || said.kind === 'walk' || said.kind === 'run')
      ? { ...said, kind: 'drive' as const }
      : walks
        ? { ...said, kind: 'walk' as const }
        : said
  // People who are not moving may be sitting ("two detectives sit at a table").
  const seat = motion.kind === 'still' ? seatSaid(`${subjectText} ${actionText}`) : null
  const entities = [...named, ...watched.map((w) => w.entity)]
  // Acted on and beside the subjects, they move with them; watched from afar, as their words say.
  const ownMotion = new Map(
    watched.flatMap((w) =>
      w.distance === undefined ? [] : [[w.entity, readMotion(w.words, [w.entity.kind])] as const],
    ),
  )
  const actedOn = new Set(watched.flatMap((w) => (w.distance === undefined ? [w.entity] : [])))
  const first = entities[0]
  if (motion.kind === 'drive' && !cycles && !named.some((e) => e.kind === 'vehicle') && first) {
    // "she drives through town": someone driving is a car. Only a person is: a lighthouse whose
    // action says storm clouds "roll in" stays a lighthouse, and a suitcase a suitcase.
    if (first.kind === 'person') entities[0] = { ...first, kind: 'vehicle', noun: 'car' }
  }
  const movers =
    motion.kind === 'still'
      ? []
      : MOTION_ACTORS[motion.kind].some((kind) =>
            entities.some((e) => e.kind === kind && !ownMotion.has(e)),
          )
        ? MOTION_ACTORS[motion.kind]
        : (['person', 'animal'] as const)
  const footings = readFootings(entities, subjectText)
  const widths = entities.map((entity, i) => {
    const look = footings[i]?.look
    return look ? objectFootprint(look) : subjectWidth(entity.kind, entity.noun)
  })
  const positions = placeAll(
    entities,
    widths,
    footings.map((f) => f.on),
  ).map((at, i) => {
    const seen = watched[i - named.length]
    return seen?.distance !== undefined ? { ...at, depthOffset: seen.distance } : at
  })
  const framed = framedEntity(entities)
  const hands = carriedThings(entities, subjectText, actionText, scene.raining ?? false)
  const plans: SubjectPlan[] = []
  entities.forEach((entity, i) => {
    const at = positions[i] as Placed
    const itsMotion = ownMotion.get(entity) ?? motion
    const moving = ownMotion.has(entity)
      ? itsMotion.kind !== 'still' && MOTION_ACTORS[itsMotion.kind].includes(entity.kind)
      : movers.includes(entity.kind)
    const speed = moving ? MOTION_SPEEDS[itsMotion.kind] : 0
    const width = widths[i] as number
    const spacing = gap(width, width)
    const footing = footings[i] as Footing
    const look = footing.look
    const carries = hands[i] as Carried[]
    // A person's clothes ("in a yellow oilskin", "yellow oilskin coat"), a vehicle's paint
    // ("a red car") or an animal's coat ("a black dog"), and a person's hair ("grey braid").
    const colour =
      entity.kind === 'person'
        ? colourSaid(entity.clothes ? [entity.clothes] : [])
        : entity.kind === 'vehicle' || entity.kind === 'boat'
          ? colourSaid(entity.modifiers)
          : entity.kind === 'animal'
            ? animalColour(entity.modifiers)
            : null
    const lights = entity.kind === 'boat' ? boatLightsSaid(subjectText) : null
    const hair =
      entity.kind === 'person'
        ? hairSaid(entity.modifiers, entity.noun, entity.features)
        : undefined
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
        ...(hair ? { hair } : {}),
        ...(lights ? { lights } : {}),
        ...(entity.called ? { called: entity.called } : {}),
        ...(seat && entity.kind === 'person' && !ownMotion.has(entity) ? { seat } : {}),
        ...(carries.length > 0 ? { carries } : {}),
        ...(ownMotion.has(entity) ? { watched: true as const } : {}),
        // Birds fed or chased are on the ground, not in the air.
        ...(actedOn.has(entity) && entity.kind === 'bird' && !moving ? { standsOn: 0 } : {}),
        framed: i === framed,
      })
    }
  })
  const faced = faceEachOther(plans, entities)
  return centreOnSubjectPlane(riding ? mountRider(faced) : faced)
}

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
