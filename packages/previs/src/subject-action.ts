/**
 * What the shot's words set moving, and who is in it beyond the subjects named: the motion of the
 * action (readMotion), what the action watches or acts on (subject-watched.ts), a mount the words
 * ride (subject-riding.ts), a boat the words row or paddle (subject-boating.ts), a climb on a staircase (subject-climb.ts), sitting
 * (subject-posture.ts), and someone driving made a car. Pure.
 */
import { readClimb } from './subject-climb.js'
import { PUSHED_THINGS } from './subject-objects.js'
import { crawlSaid, lyingSaid, seatSaid, type Seat } from './subject-posture.js'
import { boatingSaid, impliedBoat } from './subject-boating.js'
import { cartSaid } from './subject-hitched.js'
import { canBeRidden, mountSaid, ridesSomewhere, ridingSaid } from './subject-riding.js'
import { readSubjectText, type Entity } from './subject-text.js'
import { ledNouns, watchedSubjects, type Watched } from './subject-watched.js'
import { MOTION_ACTORS, MOTION_WORDS, type MotionKind, type SubjectKind } from './subject-words.js'

/**
 * Words that name a thing rather than a motion: a trawler's "running light" does not run, a man
 * "with a walking stick" does not walk, and a girl who "flies a kite" stays on the ground.
 */
const NOT_MOTION =
  /\b(running lights?|running water|running shoes|walking (sticks?|canes?|boots)|fl(y|ies|ying|ew|own) ((a|an|the|his|her|their|some) )?([a-z]+ )?kites?)\b/g

/**
 * Driving animals ("drives the cattle to market"), or a horse and cart, is herding them on foot or
 * driving the team (subject-hitched.ts), not driving a car.
 */
const DRIVING_ANIMALS =
  /\b(drives?|drove|driving) (the|his|her|their|a|an|some) (\w+ )?(cattle|cows?|sheep|herd|flock|goats?|horses?|pigs?|geese|animals|team|mules?|donkeys?|ox|oxen|cart|wagon|carriage|stagecoach|oxcart|haywain)\b/g

const HERDING: Record<string, string> = {
  drive: 'herd',
  drives: 'herds',
  drove: 'herded',
  driving: 'herding',
}

/**
 * Seeing something move is not moving: in "watches the trawler sail into the harbour" the
 * trawler sails, not the one watching; in "waits as a train speeds past" the train goes, not the
 * one waiting ("as she walks home" is hers). A motion word after one of these in the same clause
 * is not the subject's.
 */
const PERCEIVING =
  /\b(watch\w*|sees?|seen|saw|sights?|sighted|spots?|spotted|notic\w*|observ\w*|hears?|heard|(looks?|looking|stares?|staring|gazes?|gazing)( up| out| down| back)? at|(as|while|whilst|when|until) (a|an|the|his|her|their|its|some|two|three|four))\b/

/**
 * Moving without saying how: each kind then moves as it does (walks, drives, sails, flies).
 * Leading, guiding or herding someone, or pushing or pulling something on wheels or runners, is
 * going somewhere with them.
 */
const MOVING = new RegExp(
  [
    /\b(head(s|ing|ed)? (straight |directly |right )?(for|to|towards?|into|out|home|back|across|along|down|up)|mov(es|ing|ed)\b|travel\w*|makes? (its|his|her|their) way|pass(es|ing)? (by|through|across|along))/
      .source,
    /\b(lead(s|ing)?|led|guid(es?|ing|ed)|escort(s|ing|ed)?|herd(s|ing|ed)?|shepherd(s|ing|ed)) (his|her|their|its|the|a|an|two|three|some)\b/
      .source,
    /\b(danc(e|es|ing|ed)|waltz(es|ing|ed)?) (down|along|across|through|into|round|around|away|off|towards?)\b/
      .source,
    /\b(push|pull|wheel|drag|tow)(s|es|ing|ed|ged|ging)? (his|her|their|its|the|a|an) (\w+ )?(pram|buggy|stroller|pushchair|cart|wheelbarrow|barrow|trolley|wagon|bike|bicycle|sled|sledge|suitcase)s?\b/
      .source,
  ].join('|'),
)

/** How each kind moves when the words only say it moves. */
const NATURAL_MOTION: Partial<Record<SubjectKind, Exclude<MotionKind, 'still'>>> = {
  person: 'walk',
  animal: 'walk',
  vehicle: 'drive',
  boat: 'sail',
  bird: 'fly',
}

/** Whether a motion word at `index` of `text` is someone's own, not one they watch. */
function isOwnMotion(text: string, index: number): boolean {
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
  const lower = text
    .toLowerCase()
    .replace(NOT_MOTION, (words) => ' '.repeat(words.length))
    .replace(DRIVING_ANIMALS, (words) => words.replace(/^\w+/, (verb) => HERDING[verb] ?? verb))
  let kind: MotionKind = 'still'
  const said = (pattern: RegExp) =>
    [...lower.matchAll(new RegExp(pattern.source, 'g'))].some((m) => isOwnMotion(lower, m.index))
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
 * Who is led or guided ("leads his horse to the barn") walks behind the first person, and what
 * is herded goes on ahead of them, unless the words place them already.
 */
function followLeader(
  entities: Entity[],
  led: Map<string, 'behind' | 'ahead'>,
  motion: Motion,
): void {
  const leader = entities.findIndex((e) => e.kind === 'person')
  if (leader < 0 || led.size === 0) return
  entities.forEach((entity, i) => {
    const where = led.get(entity.noun)
    // "to the left" after what is led says where they go, not where it stands.
    const placedBy =
      entity.relation && entity.relation !== 'at-left' && entity.relation !== 'at-right'
    if (i === leader || !where || placedBy) return
    const rightward = (motion.direction === 1) === (where === 'ahead')
    entities[i] = { ...entity, relation: rightward ? 'right-of' : 'left-of', ref: leader }
  })
}

/** Playing with a ball: football, soccer, catch, or kicking one about. */
const BALL_GAME =
  /\b(play(s|ing|ed)? (football|soccer|catch|ball)|kick(s|ing|ed)? (a|the|their|his|her) (foot)?ball|kickabout)\b/

/** Dancing where they stand: a dance, a waltz, a tango, swaying. */
/** Grazing words: "cows graze in the meadow", "a horse crops the grass", "pigs root in the mud". */
const GRAZING =
  /\b(graz(e|es|ed|ing)|crop(s|ped|ping)? the grass|(eat|eats|eating|nibbl(e|es|ing)) (the )?grass|root(s|ing)? (about|around|in))\b/

const DANCING =
  /\b(danc(e|es|ing|ed)|waltz(es|ing|ed)?|tango(s|ing|ed)?|jiv(e|es|ing|ed)|sway(s|ing|ed)?)\b/

/** "sits at the kitchen table", "seated at a desk": what they sit at. */
const SITTING_AT =
  /\bat\s+(?:a|an|the|his|her|their|one)?\s*(?:[a-z'-]+\s+){0,2}?(table|desk|counter)s?\b/

/** Working on a laptop or a computer, or typing: at a desk, if the words name no other. */
const AT_A_DESK = /\b(laptop|computer|typewriter|typ(es|ing|ed))\b/

/** Having a meal: at a table, if the words name no other. */
const AT_A_MEAL = /\b(dinner|breakfast|lunch|supper|meal|din(es|ing|ed)|feast)\b/

/** The table, desk or counter people sit at, when the words seat them at one. */
function sittingAt(text: string): 'table' | 'desk' | 'counter' | null {
  const lower = text.toLowerCase()
  if (seatSaid(lower) === null) return null
  const named = SITTING_AT.exec(lower)?.[1] as 'table' | 'desk' | 'counter' | undefined
  return named ?? (AT_A_DESK.test(lower) ? 'desk' : AT_A_MEAL.test(lower) ? 'table' : null)
}

/** A motion as the words give it: its kind, which way across the frame, and in depth. */
export type Motion = ReturnType<typeof readMotion>

export type ShotAction = {
  /** The subjects the subject text names, and a table people are said to sit at. */
  named: Entity[]
  /** What the action watches (with a distance) or acts on, and mounts the words imply. */
  watched: Watched[]
  /** Everyone: the named (someone driving made a car), then the watched. */
  entities: Entity[]
  /** The shot's motion, for everyone who moves with it. */
  motion: Motion
  climb: 1 | -1 | 0
  riding: boolean
  /** Whether the words put people in a boat (subject-boating.ts). */
  boating: boolean
  /** What people who do not move sit on, if the words seat them. */
  seat: Seat | null
  /** The watched from afar, each with its own motion. */
  ownMotion: Map<Entity, Motion>
  /** The acted on, beside the subjects. */
  actedOn: Set<Entity>
  /** The kinds that move with the shot's motion. */
  movers: readonly SubjectKind[]
  /** Things pushed along ("pushes a pram"), which move with the one pushing them. */
  pushed: ReadonlySet<string>
  /** Whether the people are on hands and knees (crawling, or on all fours). */
  crawling: boolean
  /** Whether the people who do not move lie down, and where: on a bed, or on the ground. */
  lying: 'bed' | 'ground' | null
  /** Whether the people who do not go anywhere dance where they stand. */
  dancing: boolean
  /** Whether the animals that do not go anywhere graze, heads down at the grass. */
  grazing: boolean
}

/** Who is in the shot and how its words move them. */
export function readShotAction(
  subjectText: string,
  actionText: string,
  scene: { stairs?: boolean },
): ShotAction {
  const named = readSubjectText(subjectText)
  const said = readMotion(
    `${subjectText} ${actionText}`,
    named.map((entity) => entity.kind),
  )
  // People sitting "at a table" (or a desk, a counter) have it before them: it joins the row
  // after the first person, between two who face each other across it.
  const table = said.kind === 'still' ? sittingAt(`${subjectText} ${actionText}`) : null
  const firstPerson = named.findIndex((e) => e.kind === 'person')
  if (table && firstPerson >= 0 && !named.some((e) => e.noun === table)) {
    const person = named[firstPerson] as Entity
    const board: Entity = { kind: 'object', noun: table, count: 1, modifiers: [] }
    // "two detectives sit at a table": one either side of it.
    const around =
      person.count === 2
        ? [{ ...person, count: 1 }, board, { ...person, count: 1 }]
        : [person, board]
    named.splice(firstPerson, 1, ...around)
  }
  // What the action watches, finds or follows stands further back, moving as the words say;
  // what it acts on stands beside.
  const watched = watchedSubjects(actionText, named)
  // A ball game ("play football in the park", "kicks the ball") has its ball at their feet.
  const ballGame = BALL_GAME.test(`${subjectText} ${actionText}`.toLowerCase())
  if (ballGame && ![...named, ...watched.map((w) => w.entity)].some((e) => e.noun === 'ball')) {
    watched.push({ entity: { kind: 'object', noun: 'ball', count: 1, modifiers: [] }, words: '' })
  }
  // Riding a mount no phrase names as a subject ("a knight on horseback", "cycles on his bike").
  const riding = ridingSaid(`${subjectText} ${actionText}`)
  const mount = riding ? mountSaid(`${subjectText} ${actionText}`) : null
  if (mount && ![...named, ...watched.map((w) => w.entity)].some(canBeRidden)) {
    const kind = mount === 'horse' ? ('animal' as const) : ('vehicle' as const)
    watched.push({ entity: { kind, noun: mount, count: 1, modifiers: [] }, words: '' })
  }
  // Rowing or paddling a boat no phrase names ("rows across the bay", "kayaks down the river").
  const boating = !riding && boatingSaid(`${subjectText} ${actionText}`)
  const boat = boating ? impliedBoat(`${subjectText} ${actionText}`) : null
  const aboard = named.some((e) => e.kind === 'person')
  if (
    boat &&
    aboard &&
    ![...named, ...watched.map((w) => w.entity)].some((e) => e.kind === 'boat')
  ) {
    watched.push({ entity: { kind: 'boat', noun: boat, count: 1, modifiers: [] }, words: '' })
  }
  // A cart or a wagon the action names ("pulls a cart", "drives his horse and cart").
  const cart = cartSaid(`${subjectText} ${actionText}`)
  if (cart && ![...named, ...watched.map((w) => w.entity)].some((e) => e.noun === cart)) {
    watched.push({ entity: { kind: 'object', noun: cart, count: 1, modifiers: [] }, words: '' })
  }
  const entities = [...named, ...watched.map((w) => w.entity)]
  // With stairs in the set, going up or down them is a walk, unless the words say more; so is
  // riding a horse.
  const climb = scene.stairs ? readClimb(`${subjectText} ${actionText}`) : 0
  const ridden = ridesSomewhere(`${subjectText} ${actionText}`)
  // Crawling somewhere goes at a walk's gait (subjects.ts slows it to a crawl).
  const crawl = crawlSaid(`${subjectText} ${actionText}`)
  const walks = (climb !== 0 || ridden || crawl.moving) && said.kind === 'still'
  // A bicycle or a motorcycle ridden somewhere rolls, as vehicles do; a horse walks.
  const cycles = ridden && entities.some((e) => e.kind === 'vehicle' && canBeRidden(e))
  const motion =
    cycles && (said.kind === 'still' || said.kind === 'walk' || said.kind === 'run')
      ? { ...said, kind: 'drive' as const }
      : walks
        ? { ...said, kind: 'walk' as const }
        : said
  // People who are not moving may be sitting ("two detectives sit at a table").
  const lies = motion.kind === 'still' && lyingSaid(`${subjectText} ${actionText}`) !== null
  const seat = motion.kind === 'still' && !lies ? seatSaid(`${subjectText} ${actionText}`) : null
  // Acted on and beside the subjects, they move with them; watched from afar, as their words say.
  const ownMotion = new Map(
    watched.flatMap((w) =>
      w.distance === undefined ? [] : [[w.entity, readMotion(w.words, [w.entity.kind])] as const],
    ),
  )
  const actedOn = new Set(watched.flatMap((w) => (w.distance === undefined ? [w.entity] : [])))
  if (motion.kind !== 'still')
    followLeader(entities, ledNouns(`${subjectText} ${actionText}`), motion)
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
  const pushed = new Set(
    motion.kind === 'still'
      ? []
      : entities.filter((e) => e.kind === 'object' && PUSHED_THINGS.has(e.noun)).map((e) => e.noun),
  )
  return {
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
    crawling: crawl.crawling,
    lying: motion.kind === 'still' ? lyingSaid(`${subjectText} ${actionText}`) : null,
    dancing: DANCING.test(`${subjectText} ${actionText}`.toLowerCase()),
    grazing: GRAZING.test(`${subjectText} ${actionText}`.toLowerCase()),
  }
}
