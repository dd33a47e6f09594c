/**
 * What a person wears on their head, from the words: a hat said of them ("a man in a bowler hat",
 * "a woman wearing a red baseball cap", "a keeper, yellow sou'wester", "a hooded figure"), else
 * the one their calling implies (a cowboy's stetson, a soldier's helmet, a chef's toque, a
 * police officer's peaked cap, a king's crown, a witch's pointed hat, an astronaut's helmet). "Bareheaded" or "hatless"
 * takes it off. Pure; drawn by paint/hats.ts.
 */
import { hex, type Rgb } from './color.js'
import { COLOUR_WORDS, colourWord } from './subject-objects.js'

export type HatKind =
  | 'stetson'
  | 'brimmed'
  | 'top'
  | 'bowler'
  | 'cap'
  | 'peaked'
  | 'helmet'
  | 'hardhat'
  | 'firehelmet'
  | 'beanie'
  | 'beret'
  | 'hood'
  | 'crown'
  | 'pointed'
  | 'toque'
  | 'souwester'
  | 'tricorn'
  | 'sunhat'
  | 'spacehelmet'
  | 'balaclava'

/** A hat's shape and colour (null: the wearer's clothes, for a hood). */
export type Hat = { kind: HatKind; colour: Rgb | null }

/** The height of each kind's top on a standing grown-up as paint/hats.ts draws it (m). */
// prettier-ignore
export const HAT_TOPS: Record<HatKind, number> = {
  stetson: 1.9, brimmed: 1.86, top: 1.98, bowler: 1.853, cap: 1.8, peaked: 1.83, helmet: 1.814,
  hardhat: 1.82, firehelmet: 1.83, beanie: 1.805, beret: 1.82, hood: 1.855, crown: 1.85,
  pointed: 2.08, toque: 1.995, souwester: 1.823, tricorn: 1.86, sunhat: 1.83, spacehelmet: 1.83,
  balaclava: 1.79,
}

/** The top of the hair on a standing grown-up (m; paint/person.ts). */
const HAIR_TOP = 1.79

/**
 * How high a hat may reach before the framing makes room for it (m): a cap, a helmet or a beanie
 * sits in the head room a bare head has.
 */
const LOW_HAT = 1.82

/** How far a hat rises above the hair (m), when it is tall enough that a shot must take it in. */
export function hatRise(hat: Hat): number {
  const top = HAT_TOPS[hat.kind]
  return top > LOW_HAT ? top - HAIR_TOP : 0
}

/** The colour each kind has when the words give none. */
// prettier-ignore
const HAT_COLOURS: Record<HatKind, string | null> = {
  stetson: '#7a5836', brimmed: '#3f3a36', top: '#1b1b1e', bowler: '#1e1d1f', cap: '#27344d',
  peaked: '#1d2638', helmet: '#4a5535', hardhat: '#e3b325', firehelmet: '#242322',
  beanie: '#7d2f2c', beret: '#1f1e22', hood: null, crown: '#d2a53a', pointed: '#1e1b24',
  toque: '#f1efe9', souwester: '#e2b12a', tricorn: '#1d1b1c', sunhat: '#d8bf8a',
  spacehelmet: '#e9e9e6', balaclava: '#1c1c20',
}

/** The head noun of a hat phrase, and words before it that change the kind, by kind. */
// prettier-ignore
const HAT_NOUNS: Record<string, HatKind> = {
  hat: 'brimmed', fedora: 'brimmed', trilby: 'brimmed', homburg: 'brimmed', panama: 'sunhat',
  stetson: 'stetson', sombrero: 'sunhat', tophat: 'top', bowler: 'bowler', derby: 'bowler',
  cap: 'cap', helmet: 'helmet', hardhat: 'hardhat', beanie: 'beanie', toque: 'toque',
  beret: 'beret', hood: 'hood', cowl: 'hood', crown: 'crown', tiara: 'crown',
  sou: 'souwester', souwester: 'souwester', tricorn: 'tricorn', tricorne: 'tricorn',
  balaclava: 'balaclava',
}
// prettier-ignore
const HAT_QUALIFIERS: Record<string, HatKind> = {
  cowboy: 'stetson', 'ten-gallon': 'stetson', top: 'top', bowler: 'bowler', hard: 'hardhat',
  straw: 'sunhat', sun: 'sunhat', floppy: 'sunhat', 'wide-brimmed': 'sunhat', bobble: 'beanie',
  woolly: 'beanie', wooly: 'beanie', knitted: 'beanie', wool: 'beanie', witch: 'pointed',
  "witch's": 'pointed', wizard: 'pointed', "wizard's": 'pointed', pointed: 'pointed',
  pointy: 'pointed', party: 'pointed', chef: 'toque', "chef's": 'toque', police: 'peaked',
  peaked: 'peaked', captain: 'peaked', "captain's": 'peaked', sailor: 'peaked',
  "sailor's": 'peaked', pilot: 'peaked', "pilot's": 'peaked', officer: 'peaked',
  fire: 'firehelmet', "fireman's": 'firehelmet', "firefighter's": 'firehelmet', pirate: 'tricorn',
  flat: 'cap', baseball: 'cap', peak: 'cap', "builder's": 'hardhat', safety: 'hardhat',
  space: 'spacehelmet',
}

/** What a person's calling puts on their head when the words say nothing of a hat. */
// prettier-ignore
const CALLING_HATS: Record<string, HatKind> = {
  cowboy: 'stetson', cowgirl: 'stetson', cowboys: 'stetson', cowgirls: 'stetson',
  rancher: 'stetson', sheriff: 'stetson', deputy: 'stetson', wrangler: 'stetson',
  gunslinger: 'stetson', gunslingers: 'stetson', cowhand: 'stetson', cowhands: 'stetson',
  soldier: 'helmet', soldiers: 'helmet', sniper: 'helmet', platoon: 'helmet', squad: 'helmet',
  troop: 'helmet', troops: 'helmet', army: 'helmet', marine: 'helmet', marines: 'helmet',
  firefighter: 'firehelmet', firefighters: 'firehelmet', fireman: 'firehelmet',
  firemen: 'firehelmet', firewoman: 'firehelmet', miner: 'hardhat', miners: 'hardhat', builder: 'hardhat',
  builders: 'hardhat', cop: 'peaked', cops: 'peaked', policeman: 'peaked', policemen: 'peaked',
  policewoman: 'peaked', officer: 'peaked', officers: 'peaked', pilot: 'peaked',
  chef: 'toque', chefs: 'toque', king: 'crown', queen: 'crown', emperor: 'crown',
  empress: 'crown', witch: 'pointed', witches: 'pointed', wizard: 'pointed', wizards: 'pointed',
  pirate: 'tricorn', pirates: 'tricorn', assassin: 'hood', ninja: 'hood', nun: 'hood',
  nuns: 'hood', jockey: 'cap', astronaut: 'spacehelmet', astronauts: 'spacehelmet',
}

/** Words before a worker's noun that give the calling ("a construction worker"). */
const CALLING_QUALIFIERS: Record<string, HatKind> = {
  construction: 'hardhat',
  building: 'hardhat',
  site: 'hardhat',
  police: 'peaked',
  fire: 'firehelmet',
}

/** Colours of callings' hats that differ from their kind's. */
const CALLING_COLOURS: Record<string, string> = {
  nun: '#17161a',
  nuns: '#17161a',
  ninja: '#17161a',
  assassin: '#24232a',
  jockey: '#b8322a',
}

const HOODED = new Set(['hooded', 'cowled'])
const BARE = new Set(['bareheaded', 'bare-headed', 'hatless', 'helmetless'])

/** Whether a phrase about what someone wears gives them a hood ("a hooded cloak"). */
export function hooded(phrase: readonly string[]): boolean {
  return phrase.some((word) => HOODED.has(word.toLowerCase())) && hatKindOf(phrase) === null
}

/** A hat's kind from a phrase about what someone wears ("a red baseball cap"), if it is a hat. */
export function hatKindOf(phrase: readonly string[]): HatKind | null {
  const words = phrase.map((word) => word.toLowerCase())
  // "a ski mask" is a balaclava; any other mask is a feature of the face.
  if (words.at(-1) === 'mask' && words.at(-2) === 'ski') return 'balaclava'
  const at = words.findLastIndex((word) => HAT_NOUNS[word] !== undefined)
  if (at < 0) return null
  const noun = words[at] as string
  // "a top hat", "a cowboy hat", "a hard hat", "a police cap": the word before says which.
  for (let i = at - 1; i >= 0; i--) {
    const kind = HAT_QUALIFIERS[words[i] as string]
    if (kind && (noun === 'hat' || noun === 'cap' || noun === 'helmet')) return kind
  }
  return HAT_NOUNS[noun] as HatKind
}

/**
 * A person's hat: the first said of them (`worn`: the phrases about what they wear, in order),
 * else their calling's (`noun`, with the words before it), else none. Its colour is the one said
 * in its phrase, else its kind's.
 */
export function hatSaid(
  modifiers: readonly string[],
  noun: string,
  worn: readonly (readonly string[])[] = [],
): Hat | undefined {
  if (modifiers.some((word) => BARE.has(word))) return undefined
  for (const phrase of worn) {
    // "in a hooded cloak": a hood in the cloak's colour, the clothes'.
    if (hooded(phrase)) return { kind: 'hood', colour: null }
    const kind = hatKindOf(phrase)
    if (!kind) continue
    const said = colourWord(phrase)
    const colour = said ? hex(COLOUR_WORDS[said] as string) : defaultColour(kind)
    return { kind, colour }
  }
  // "a hooded figure": a hood in the clothes' colour.
  if (modifiers.some((word) => HOODED.has(word))) return { kind: 'hood', colour: null }
  const qualified = modifiers.map((word) => CALLING_QUALIFIERS[word]).find(Boolean)
  const kind =
    (noun === 'worker' || noun === 'workers' || noun === 'officer' ? qualified : undefined) ??
    CALLING_HATS[noun]
  if (!kind) return undefined
  const own = CALLING_COLOURS[noun]
  return { kind, colour: own ? hex(own) : defaultColour(kind) }
}

function defaultColour(kind: HatKind): Rgb | null {
  const value = HAT_COLOURS[kind]
  return value === null ? null : hex(value)
}
