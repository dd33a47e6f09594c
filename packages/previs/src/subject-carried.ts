/**
 * Things a person carries: small things named after "with", "holding", "carrying", "clutching",
 * "gripping" or "under" a person ("a man with a lantern", "a woman holding an umbrella", "a man
 * under an umbrella"), or that the action has them hold, raise or use ("holds a lantern", "carries
 * a suitcase", "raises the mug", "drinks from a cup", "checks her pocket watch"). They are drawn
 * in the person's hand (paint/carried.ts), not planned as subjects of their own. Big things are
 * never carried: "a man with a dog", "a woman with a horse", "a man with a car" keep them beside.
 *
 * One thing goes in each hand: the first named in the hand towards the camera, the second in the
 * other; any more are not drawn. A thing held up (a raised mug, an open umbrella) goes in the hand
 * towards the camera.
 */
import type { Rgb } from './color.js'
import { looksLikeVerb } from './subject-grammar.js'
import { colourSaid } from './subject-objects.js'
import { SUBJECT_WORDS } from './subject-words.js'

/** Animals and birds, which a toy can be made as. */
const ANIMALS = new Set([...SUBJECT_WORDS.animal, ...SUBJECT_WORDS.bird, 'rabbit', 'bunny'])

/** The drawings of carried things (paint/carried.ts). */
// prettier-ignore
export type CarriedShape =
  | 'lantern' | 'torch' | 'candle' | 'cup' | 'bottle' | 'book' | 'letter' | 'phone' | 'watch'
  | 'suitcase' | 'briefcase' | 'bag' | 'basket' | 'umbrella' | 'pistol' | 'rifle' | 'sword'
  | 'stick' | 'camera' | 'box' | 'matchbox' | 'flowers' | 'toy' | 'guitar' | 'violin' | 'horn'
  | 'microphone' | 'rod' | 'tray' | 'kite' | 'lead' | 'cigarette' | 'flag'

/**
 * How a thing is held: down in the hand at the arm's end, swinging with it (`low`); in front of
 * the chest, looked at (`chest`: a watch checked, a letter read); up by the face (`raised`: a
 * mug raised, a cup drunk from); or over the head (`overhead`: an open umbrella).
 */
export type CarriedPose = 'low' | 'chest' | 'raised' | 'overhead'

// prettier-ignore
const SHAPE_WORDS: Record<CarriedShape, readonly string[]> = {
  lantern: ['lantern', 'lamp', 'lamplight'],
  torch: ['torch', 'flashlight', 'flare'],
  candle: ['candle', 'candlestick', 'taper', 'candelabra'],
  cup: ['mug', 'cup', 'teacup', 'glass', 'tumbler', 'goblet', 'chalice', 'tankard', 'beaker'],
  bottle: ['bottle', 'flask', 'canteen', 'jug', 'wineskin'],
  book: ['book', 'notebook', 'diary', 'journal', 'bible', 'folder', 'ledger', 'logbook', 'tablet'],
  letter: [
    'letter', 'envelope', 'paper', 'papers', 'note', 'map', 'newspaper', 'photo', 'photograph',
    'ticket', 'document', 'telegram', 'postcard', 'scroll', 'sign',
  ],
  phone: ['phone', 'smartphone', 'cellphone', 'radio', 'walkie', 'pager'],
  watch: ['watch', 'stopwatch', 'compass', 'pocketwatch'],
  suitcase: ['suitcase', 'luggage', 'valise', 'case', 'holdall'],
  briefcase: ['briefcase', 'attache', 'toolbag'],
  bag: ['bag', 'handbag', 'satchel', 'purse', 'sack', 'duffel', 'tote', 'shopping'],
  basket: ['basket', 'bucket', 'pail', 'hamper'],
  umbrella: ['umbrella', 'parasol', 'brolly'],
  pistol: ['gun', 'pistol', 'revolver', 'handgun', 'weapon', 'taser'],
  rifle: ['rifle', 'shotgun', 'musket', 'carbine', 'spear', 'harpoon'],
  sword: ['sword', 'sabre', 'saber', 'blade', 'dagger', 'knife', 'machete', 'axe', 'cutlass'],
  stick: ['stick', 'cane', 'staff', 'crook', 'pole', 'broom', 'baton', 'club', 'bat'],
  rod: ['rod'],
  tray: ['tray', 'platter', 'salver'],
  cigarette: ['cigarette', 'cigar', 'cigarillo'],
  flag: ['flag', 'banner', 'pennant'],
  kite: ['kite'],
  // Only a dog's lead, given its dog by subject-lead.ts: "lead" alone is too many other things.
  lead: [],
  camera: ['camera', 'camcorder', 'binoculars'],
  box: ['box', 'parcel', 'package', 'gift', 'present', 'tin', 'casket'],
  matchbox: ['matches', 'matchbox', 'lighter'],
  flowers: ['flowers', 'flower', 'bouquet', 'posy', 'roses', 'rose', 'lilies', 'tulips'],
  toy: ['teddy', 'doll', 'dolly', 'puppet', 'plushie', 'toy'],
  guitar: ['guitar', 'bass', 'ukulele', 'banjo', 'mandolin', 'lute'],
  violin: ['violin', 'fiddle', 'viola'],
  horn: ['trumpet', 'trombone', 'cornet', 'bugle', 'saxophone', 'sax', 'clarinet'],
  microphone: ['microphone', 'mic', 'megaphone'],
}

/**
 * How a thing is held unless the words raise it: an instrument played, a fishing rod held out, a
 * tray up on the palm, a kite's line held up.
 */
const PLAYED: Partial<Record<CarriedShape, CarriedPose>> = {
  rod: 'chest',
  kite: 'raised',
  tray: 'raised',
  guitar: 'chest',
  violin: 'raised',
  horn: 'raised',
  microphone: 'raised',
}

/** The instrument a musician named by it plays ("a guitarist", "a fiddler"). */
// prettier-ignore
const PLAYERS: Record<string, string> = {
  guitarist: 'guitar', bassist: 'bass', busker: 'guitar', violinist: 'violin', fiddler: 'fiddle',
  trumpeter: 'trumpet', bugler: 'bugle', saxophonist: 'saxophone', singer: 'microphone',
  vocalist: 'microphone', rapper: 'microphone', crooner: 'microphone',
}

/** In a band, what each member plays in turn: a singer, two guitars, a drummer with no hand free. */
const BAND_PARTS = ['microphone', 'guitar', 'bass', null] as const

/**
 * What a musician the words name plays when the words give them nothing to hold: a guitarist a
 * guitar, a singer a microphone, the members of a band (`member` counts them from 0) a
 * microphone, a guitar, a bass and nothing. Null for anyone else.
 */
export function playedInstrument(noun: string, member: number): CarriedWord | null {
  const word = noun === 'band' ? BAND_PARTS[member % BAND_PARTS.length] : PLAYERS[noun]
  const found = word ? carriedShape(word) : null
  return found ? { ...found, modifiers: [] } : null
}

/** Words that make an animal named after them a soft toy: "a teddy bear", "a stuffed rabbit". */
const SOFT_TOY = new Set(['teddy', 'toy', 'stuffed', 'plush', 'cuddly'])

const SHAPES = new Map<string, CarriedShape>()
for (const [shape, words] of Object.entries(SHAPE_WORDS) as [CarriedShape, string[]][]) {
  for (const word of words) SHAPES.set(word, shape)
}

/** Things that burn: lit after dark or when the words say so (carriedLit); a cigarette too. */
export const LIGHTS = new Set<CarriedShape>(['lantern', 'torch', 'candle', 'cigarette'])

/** Words for a handful of something: "a bunch of flowers" is the flowers. */
export const MEASURE_WORDS = new Set(['bunch', 'handful', 'armful', 'bundle', 'spray'])

/** A carried thing as the words name it: its noun, its drawing, the words before it. */
export type CarriedWord = {
  noun: string
  shape: CarriedShape
  modifiers: string[]
  /** How the words have it held, if they say ("raises the mug"). */
  pose?: CarriedPose
  /** Whether the words light it or put it out ("lights the lantern", "an unlit candle"). */
  lit?: boolean
}

/** The drawing for a noun a person can carry (plurals in -s and -es too), or null. */
export function carriedShape(word: string): { noun: string; shape: CarriedShape } | null {
  for (const noun of [word, word.replace(/s$/, ''), word.replace(/es$/, '')]) {
    const shape = SHAPES.get(noun)
    if (shape) return { noun, shape }
  }
  return null
}

/** The head noun of a phrase: its last word before any participle ("a lantern swinging"). */
export function headIndex(phrase: readonly string[]): number {
  let end = phrase.length
  while (end > 1 && looksLikeVerb(phrase[end - 1] as string)) end--
  return end - 1
}

/** What a phrase names, if it is a thing a person can carry ("a storm lantern", "tin mug"). */
export function carriedThing(phrase: readonly string[], pose?: CarriedPose): CarriedWord | null {
  const at = headIndex(phrase)
  const head = phrase[at] ?? ''
  const modifiers = phrase.slice(0, at)
  const toy = modifiers.some((word) => SOFT_TOY.has(word)) && ANIMALS.has(head.replace(/s$/, ''))
  const found = toy ? { noun: head, shape: 'toy' as const } : carriedShape(head)
  if (!found) return null
  const lit = litWord(modifiers)
  return {
    ...found,
    modifiers,
    ...(pose ? { pose } : {}),
    ...(lit === undefined ? {} : { lit }),
  }
}

/**
 * What the words after "of" make of a carried thing: "a box of matches" is a matchbox, "a bunch
 * of flowers" the flowers; "a mug of tea" stays a mug.
 */
export function ofWhat(thing: CarriedWord, phrase: readonly string[]): CarriedWord {
  const what = carriedShape(phrase[headIndex(phrase)] ?? '')
  if (thing.shape === 'box' && what?.shape === 'matchbox') return { ...thing, ...what }
  return thing
}

const GLOWING = new Set([
  'lit',
  'burning',
  'glowing',
  'flickering',
  'blazing',
  'lighted',
  'flaming',
])
const OUT = new Set(['unlit', 'dead', 'extinguished', 'cold', 'dark'])

function litWord(words: readonly string[]): boolean | undefined {
  if (words.some((word) => OUT.has(word))) return false
  if (words.some((word) => GLOWING.has(word))) return true
  return undefined
}

/** Verbs that put a thing in a person's hand, and how each has it held. */
export const CARRYING_VERBS: Record<string, CarriedPose> = {}
const verbs = (pose: CarriedPose, list: string) => {
  for (const word of list.trim().split(/\s+/)) CARRYING_VERBS[word] = pose
}
verbs(
  'low',
  `hold holds holding held carry carries carrying carried clutch clutches clutching clutched
   grip grips gripping gripped clasp clasps clasping clasped swing swings swinging swung wield
   wields wielding wielded brandish brandishes brandishing brandished grab grabs grabbing grabbed
   lug lugs lugging lugged tote totes toting toted drag drags dragging dragged pick picks picking
   picked bring brings bringing brought with plant plants planting planted`,
)
verbs(
  'raised',
  `raise raises raising raised lift lifts lifting lifted hoist hoists hoisting hoisted toast
   toasts toasting toasted drink drinks drinking drank sip sips sipping sipped point points
   pointing pointed aim aims aiming aimed shine shines shining wave waves waving waved draw
   draws drawing drew unsheathe unsheathes unsheathing unsheathed smoke
   smokes smoking smoked puff puffs puffing puffed`,
)
verbs(
  'chest',
  `check checks checking checked read reads reading consult consults consulting consulted study
   studies studying studied examine examines examining examined open opens opening opened light
   lights lighting blow blows blew blowing snuff snuffs snuffing snuffed extinguish extinguishes
   extinguishing extinguished`,
)

/** Small words between such a verb and its thing: "drinks from a cup", "holds up a lantern". */
const PARTICLES = new Set(['up', 'out', 'from', 'aloft', 'high'])
const HOLDING = new Set(['hold', 'holds', 'holding', 'held'])
const ARTICLES = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'my', 'one', 'some'])
const LIGHTING = new Set(['light', 'lights', 'lighting'])
const PUTTING_OUT = /^(blow|blew|snuff|extinguish)/

/**
 * The pose a verb in subject text gives what follows it, if it puts a thing in a person's hand:
 * its "-ing" form ("a woman holding an umbrella", "clutching", "gripping", "raising") or a few
 * others ("a man carries a suitcase").
 */
export function carryingVerb(word: string): CarriedPose | undefined {
  const pose = CARRYING_VERBS[word]
  return pose && (word.endsWith('ing') || SAID_OF_SUBJECTS.has(word)) ? pose : undefined
}

const SAID_OF_SUBJECTS = new Set([
  'holds',
  'carries',
  'clutches',
  'grips',
  'clasps',
  'raises',
  'lifts',
  'wields',
  'brandishes',
  'swings',
])

/** Words that say it rains: an umbrella is then held up over the head. */
export const RAIN = /\b(rain|rains|raining|rainy|rainfall|drizzle|drizzling|downpour|sleet)\b/

/** Words that say it is dark around a person: a light they carry burns. */
export const DARKNESS = /\b(darkness|in the dark|pitch[- ](dark|black)|gloom|blackout)\b/

/**
 * The things an action has a person hold, raise or use, in order: "holds a lantern", "carries a
 * suitcase", "raises the mug", "drinks from a cup", "checks her pocket watch", "opens an
 * umbrella". A thing is the first word a person can carry within three words of the verb (past
 * its articles), before a comma, a conjunction or a preposition.
 */
export function readActionCarried(action: string): CarriedWord[] {
  const words = action.toLowerCase().match(/[a-z]+|[,;.:!?]/g) ?? []
  const found: CarriedWord[] = []
  // Fishing ("casts his line from the pier", "fishes off the rocks") is done with a rod in hand.
  if (FISHING.test(action.toLowerCase())) found.push({ noun: 'rod', shape: 'rod', modifiers: [] })
  // Flying a kite ("flies a red kite on the beach") holds its line.
  const kite = KITE_FLYING.exec(action.toLowerCase())
  if (kite) found.push({ noun: 'kite', shape: 'kite', modifiers: kite[1] ? [kite[1]] : [] })
  // Someone who smokes ("sits and smokes", "is smoking") holds a cigarette up by their face.
  if (
    SMOKING.test(action.toLowerCase()) &&
    !/\bcig(arette|ar|arillo)s?\b/.test(action.toLowerCase())
  ) {
    found.push({ noun: 'cigarette', shape: 'cigarette', modifiers: [], pose: 'raised' })
  }
  // Sheltering ("kiss under an umbrella", "walks under a black umbrella") holds it up overhead.
  const shelter = SHELTERING.exec(action.toLowerCase())
  if (shelter) {
    found.push({
      noun: 'umbrella',
      shape: 'umbrella',
      modifiers: shelter[1] ? [shelter[1]] : [],
      pose: 'overhead',
    })
  }
  words.forEach((verb, i) => {
    let pose = CARRYING_VERBS[verb]
    if (!pose) return
    let j = i + 1
    while (PARTICLES.has(words[j] ?? '')) {
      if (words[j] === 'up' && HOLDING.has(verb)) pose = 'raised' // "holds up a lantern"
      j++
    }
    while (ARTICLES.has(words[j] ?? '')) j++
    for (let k = j; k < Math.min(j + 3, words.length); k++) {
      const word = words[k] as string
      const thing = carriedShape(word)
      // "walks towards the camera": the camera filming it, not one in a hand.
      const filming = thing?.shape === 'camera' && words[k - 1] === 'the'
      if (thing && !filming) {
        const modifiers = words.slice(j, k)
        const lit = LIGHTING.has(verb) ? true : PUTTING_OUT.test(verb) ? false : litWord(modifiers)
        // A cigarette is lit, and smoked, held up by the face.
        const at = thing.shape === 'cigarette' && pose === 'chest' ? 'raised' : pose
        found.push({ ...thing, modifiers, pose: at, ...(lit === undefined ? {} : { lit }) })
        return
      }
      if (!/^[a-z]+$/.test(word) || ARTICLES.has(word) || STOPS.has(word)) return
    }
  })
  return found
}

const SMOKING =
  /\b(smokes|smoked)\b|\b(is|are|was|were|sits|stands|leans|waits|sat|stood) smoking\b|^smoking\b/

const KITE_FLYING =
  /\bfl(?:y|ies|ying|ew|own) (?:(?:a|an|the|his|her|their|some) )?(?:([a-z]+) )?kites?\b/

/** Whether the action puts people under one umbrella ("kiss under an umbrella"). */
export function underOneUmbrella(action: string): boolean {
  return SHELTERING.exec(action.toLowerCase())?.[0].endsWith('umbrella') === true
}

const SHELTERING =
  /\b(?:under|beneath|sheltering under) (?:(?:a|an|the|his|her|their|one|a shared|an open) )?(?:([a-z]+) )?umbrellas?\b/

const FISHING = /\b(fish(es|ing)?|angl(es|ing)|casts? (his|her|their|a|the) line|reel(s|ing)? in)\b/

const STOPS = new Set([
  'and',
  'or',
  'but',
  'then',
  'while',
  'as',
  'to',
  'of',
  'in',
  'into',
  'through',
  'across',
  'towards',
  'toward',
  'over',
  'with',
  'by',
  'at',
  'for',
])

/** A thing in a person's hand, as the painter draws it. */
export type Carried = {
  noun: string
  shape: CarriedShape
  /** The hand towards the camera (`near`) or the other one (`far`). */
  hand: 'near' | 'far'
  pose: CarriedPose
  /** A light (lantern, torch, candle): lit or out as the words say; absent, lit after dark. */
  lit?: boolean
  /** The colour the words give it ("a red umbrella"). */
  colour?: Rgb
  /**
   * A dog's lead (subject-lead.ts): where its other end, the collar, is, in the person's metres
   * from their feet, ahead along +x.
   */
  to?: { x: number; y: number }
}

/**
 * What a person's hands hold, from the things the words give them in order: the first in the
 * hand towards the camera, the second in the other, no more. A thing held up goes in the hand
 * towards the camera. An umbrella is held up over the head when it rains, when the words put the
 * person under it or have them hold it up or open it, and a parasol always; else it is carried
 * furled. A light the words leave be is lit in the dark (`dark`: the words say so) and after dark
 * (the painter's palette).
 */
export function holdInHands(
  things: readonly CarriedWord[],
  scene: { raining: boolean; dark: boolean },
): Carried[] {
  const held = things.slice(0, 2).map((thing): Carried => {
    const colour = colourSaid(thing.modifiers)
    const lit = thing.lit ?? (scene.dark ? true : undefined)
    return {
      noun: thing.noun,
      shape: thing.shape,
      hand: 'near',
      pose: poseOf(thing, scene.raining),
      ...(LIGHTS.has(thing.shape) && lit !== undefined ? { lit } : {}),
      ...(colour ? { colour } : {}),
    }
  })
  const [first, second] = held
  if (first && second && first.pose === 'low' && second.pose !== 'low') held.reverse()
  if (held[1]) held[1].hand = 'far'
  return held
}

function poseOf(thing: CarriedWord, raining: boolean): CarriedPose {
  if (thing.shape !== 'umbrella') {
    // An instrument, a rod or a tray is held its own way, whatever verb carries it.
    const own = PLAYED[thing.shape]
    return own && (thing.pose ?? 'low') === 'low' ? own : (thing.pose ?? 'low')
  }
  const up = thing.noun === 'parasol' || raining || (thing.pose ?? 'low') !== 'low'
  return up ? 'overhead' : 'low'
}

/**
 * The things a person carries: those the subject text gives them, then those the action has them
 * hold that they do not have yet (a thing named again, "raises the mug", takes the action's pose
 * and light). `named` are the nouns of the subjects of their own the text plans: an action never
 * puts one of those in a hand.
 */
export function mergeCarried(
  own: readonly CarriedWord[],
  fromAction: readonly CarriedWord[],
  named: readonly string[],
): CarriedWord[] {
  const things = own.map((thing) => ({ ...thing }))
  for (const thing of fromAction) {
    const same = things.find((t) => t.noun === thing.noun || t.shape === thing.shape)
    if (same) {
      if (thing.pose) same.pose = thing.pose
      if (thing.lit !== undefined) same.lit = thing.lit
    } else if (!named.includes(thing.noun)) things.push(thing)
  }
  return things
}
