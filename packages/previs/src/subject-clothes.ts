/**
 * What a person has on, from the words said of them: "a keeper in a yellow oilskin", "a man
 * wearing a red coat", "a yellow-clad figure", and phrases whose head noun is a garment or a
 * feature added after a comma or "and" (bare, or after "a" or "her") or after "with" ("Maren, a
 * keeper, yellow oilskin coat, grey braid"; "a woman, her red scarf"; "a man with a black hat").
 * Such a phrase describes the person named just before and names no subject of its own.
 *
 * A garment's colour is the colour of their clothes; their hair, beard, eyes or skin, glasses or
 * jewellery never are ("grey braid", "a grey-haired man", "a black man"). The first colour said of
 * what someone wears stays theirs: "a keeper in a yellow oilskin, red scarf" is in yellow.
 *
 * Hair and beard have their own colour (hairSaid): "grey braid", "a grey-haired man", "a blonde
 * woman", "a woman with long red hair", "an old man with a white beard", "a bald man".
 */
import { hex, mix, type Rgb } from './color.js'
import { isModifierOnly, looksLikeVerb } from './subject-grammar.js'
import { hatKindOf, hooded } from './subject-hats.js'
import { colourWord, COLOUR_WORDS } from './subject-objects.js'

const words = (list: string) => new Set(list.trim().split(/\s+/))

/** Clothes (plurals in -s and -es are read too; "sou" is a sou'wester, its ending dropped). */
export const GARMENT_WORDS = words(`
  coat jacket oilskin raincoat overcoat greatcoat trenchcoat topcoat anorak parka cagoule mac
  mackintosh windbreaker cloak cape poncho shawl scarf scarves muffler hat cap beanie beret bonnet
  hood hoodie helmet sou souwester stetson fedora bowler turban headscarf bandana veil dress gown
  frock robe skirt kilt shirt blouse tshirt sweatshirt top sweater jumper cardigan pullover
  fleece gilet vest waistcoat suit tuxedo uniform overall overalls dungarees jumpsuit boilersuit
  wetsuit apron smock tunic kimono sari jersey jeans trousers pants shorts leggings tights
  stockings socks boots shoes sneakers trainers sandals slippers heels wellies wellingtons waders
  gloves mittens tie bowtie collar belt sash outfit costume clothes clothing attire garb armour
  armor habit scrubs balaclava trilby homburg panama sombrero tricorn tricorne toque tiara crown
  cowl tophat hardhat
`)

/**
 * Hair, face and body, and what is worn on them but is not clothing (glasses, jewellery): they
 * describe a person and colour nothing.
 */
export const FEATURE_WORDS = words(`
  hair braid plait pigtail ponytail bun curls locks dreadlocks fringe mohawk beard moustache
  mustache stubble sideburns whiskers goatee eyes eye eyebrows face skin complexion cheeks scar tattoo
  freckles wrinkles head hands teeth smile glasses spectacles sunglasses goggles monocle eyepatch
  mask earring earrings necklace pendant locket bracelet ring
`)

/** Adjectives of a feature: the colour before one is the feature's ("grey-haired", "blue-eyed"). */
const FEATURE_ADJECTIVES = words(`
  haired bearded eyed skinned whiskered moustached complexioned browed headed
`)

/** Adjectives of being dressed: the colour before one is the clothes' ("a yellow-clad keeper"). */
const CLAD_WORDS = words(`
  clad coated suited robed cloaked hooded dressed jacketed shirted hatted uniformed gowned caped
`)

export type Worn = 'garment' | 'feature'

function wornWord(word: string): Worn | null {
  for (const form of [word, word.replace(/s$/, ''), word.replace(/es$/, '')]) {
    if (GARMENT_WORDS.has(form)) return 'garment'
    if (FEATURE_WORDS.has(form)) return 'feature'
  }
  return null
}

/**
 * What a phrase's head noun (its last word before any participle: "red scarf flapping") names
 * about a person: a garment ("yellow oilskin coat"), a feature ("grey braid"), or neither.
 */
export function wornKind(phrase: readonly string[]): Worn | null {
  let end = phrase.length
  while (end > 1 && looksLikeVerb(phrase[end - 1] as string)) end--
  const head = phrase[end - 1]
  return head === undefined ? null : wornWord(head)
}

/** Whether a phrase after "in" is something worn: a garment, or only a colour ("in red"). */
export function saysWorn(phrase: readonly string[]): boolean {
  return wornKind(phrase) !== null || phrase.every(isModifierOnly)
}

/** The first word after `i` that is not a colour word: what the colour at `i` is the colour of. */
function coloured(phrase: readonly string[], i: number): string | undefined {
  return phrase.slice(i + 1).find((word) => COLOUR_WORDS[word] === undefined)
}

/**
 * The colour word a phrase about what a person wears gives their clothes: that of the garment,
 * not of a feature in it ("black leather jacket": black; "grey braid": none), by the rule that
 * picks an object's colour (colourWord).
 */
export function garmentColour(phrase: readonly string[]): string | undefined {
  const colours = phrase.filter((word, i) => {
    if (COLOUR_WORDS[word] === undefined) return false
    const of = coloured(phrase, i)
    return of === undefined || !(FEATURE_ADJECTIVES.has(of) || wornWord(of) === 'feature')
  })
  return colourWord(colours) ?? undefined
}

/**
 * The colour word the words before a person's noun give their clothes: only one said of being
 * dressed ("a yellow-clad keeper"); one right before the noun is not of their clothes ("a black
 * man"), nor one of a feature ("a grey-haired man").
 */
export function cladColour(modifiers: readonly string[]): string | undefined {
  const i = modifiers.findIndex((word, i) => {
    const of = coloured(modifiers, i)
    return COLOUR_WORDS[word] !== undefined && of !== undefined && CLAD_WORDS.has(of)
  })
  return modifiers[i]
}

/**
 * Someone who can be dressed: the colour word of their clothes, the first said, and the phrases
 * about their hair or beard said after their noun ("grey braid", "a white beard"; hairSaid).
 */
export type Wearer = { clothes?: string; features?: (readonly string[])[] }

/** Whether a phrase about what someone wears is about their head: hair, a beard, a hat. */
function aboutTheHead(phrase: readonly string[]): boolean {
  return wornKind(phrase) === 'feature' || hatKindOf(phrase) !== null || hooded(phrase)
}

/**
 * Dress `wearer` in the colour of a phrase about what they wear, unless they have one already; a
 * phrase about their hair, beard or hat ("grey braid", "a white beard", "a bowler hat") is kept
 * for hairSaid and hatSaid.
 */
export function dress(wearer: Wearer, phrase: readonly string[]): void {
  // A hat's colour is the hat's ("a man with a black hat" is not dressed in black).
  const colour = hatKindOf(phrase) === null ? garmentColour(phrase) : undefined
  if (colour) wearer.clothes ??= colour
  if (aboutTheHead(phrase) || garmentDefault(phrase)) {
    wearer.features = [...(wearer.features ?? []), phrase]
  }
}

/** Garments that have a colour of their own when none is said ("a detective in a trench coat"). */
// prettier-ignore
const GARMENT_COLOURS: Record<string, string> = {
  trenchcoat: '#b39a74', tuxedo: '#1d1d22', labcoat: '#ece9e2', scrubs: '#4e8a86',
  overalls: '#3b5878', dungarees: '#3b5878', wetsuit: '#1d1d22', oilskin: '#e0b92e',
  raincoat: '#e0b92e', habit: '#1d1c21', gown: '#ece9e2', weddingdress: '#efece6',
}

/** The colour of the garment a phrase names, if it has one of its own and none is said. */
function garmentDefault(phrase: readonly string[]): string | undefined {
  if (garmentColour(phrase) !== undefined) return undefined
  const words = phrase.map((word) => word.toLowerCase())
  const head = words.at(-1) ?? ''
  const before = words.at(-2) ?? ''
  // "trench coat", "lab coat", "wedding dress" are said in two words.
  return GARMENT_COLOURS[before + head] ?? GARMENT_COLOURS[head]
}

/**
 * The clothes' colour of the garment said first that has one of its own, when no colour is said
 * of what the person wears ("a detective in a trench coat": a trench coat's beige).
 */
export function garmentClothes(worn: readonly (readonly string[])[] = []): Rgb | null {
  for (const phrase of worn) {
    const value = garmentDefault(phrase)
    if (value !== undefined) return hex(value)
  }
  return null
}

/**
 * What a calling is dressed in when the words give no colour: an astronaut's or a chef's white, a
 * bride's white and a groom's black, a nun's or a priest's black, a monk's brown habit, a
 * soldier's olive, a police officer's or a pilot's navy, a firefighter's tan, a doctor's white coat.
 */
// prettier-ignore
const CALLING_CLOTHES: Record<string, string> = {
  astronaut: '#e4e3df', astronauts: '#e4e3df', chef: '#ece9e2', chefs: '#ece9e2',
  bride: '#efece6', groom: '#202026', nun: '#1d1c21', nuns: '#1d1c21', priest: '#1d1c21',
  monk: '#5e4630', monks: '#5e4630', soldier: '#4f5a3a', soldiers: '#4f5a3a', marine: '#4f5a3a',
  marines: '#4f5a3a', sniper: '#4f5a3a', platoon: '#4f5a3a', squad: '#4f5a3a', troop: '#4f5a3a',
  troops: '#4f5a3a', army: '#4f5a3a', policeman: '#25375e', policemen: '#25375e',
  policewoman: '#25375e', cop: '#25375e', cops: '#25375e', pilot: '#25375e',
  firefighter: '#8a7448', firefighters: '#8a7448', fireman: '#8a7448', firemen: '#8a7448',
  firewoman: '#8a7448', doctor: '#e8e6e0', surgeon: '#4e8a86', ninja: '#1b1b1f', witch: '#1f1b24',
}

/** Callings dressed head to toe in their colour: a spacesuit, a uniform, a habit, scrubs. */
// prettier-ignore
const UNIFORMS = new Set([
  'astronaut', 'astronauts', 'soldier', 'soldiers', 'marine', 'marines', 'sniper', 'platoon',
  'squad', 'troop', 'troops', 'army', 'policeman', 'policemen', 'policewoman', 'cop', 'cops',
  'firefighter', 'firefighters', 'fireman', 'firemen', 'firewoman', 'nun', 'nuns', 'monk',
  'monks', 'priest', 'surgeon', 'ninja', 'witch', 'bride', 'groom',
])

const GLOVED = new Set([
  'astronaut',
  'astronauts',
  'firefighter',
  'firefighters',
  'fireman',
  'firemen',
  'firewoman',
])

/** Whether a calling wears gloves in its colour (a spacesuit's, a firefighter's). */
export function gloved(noun: string): boolean {
  return GLOVED.has(noun)
}

/** Whether a calling is dressed head to toe in its colour, legs and all. */
export function inUniform(noun: string): boolean {
  return UNIFORMS.has(noun)
}

/** The colour a calling is dressed in ("a chef": white), unless the words dress them otherwise. */
export function callingClothes(noun: string, modifiers: readonly string[] = []): Rgb | null {
  // "a police officer" is in navy; another officer in whatever they are given.
  if ((noun === 'officer' || noun === 'officers') && modifiers.includes('police')) {
    return hex('#25375e')
  }
  const value = CALLING_CLOTHES[noun]
  return value === undefined ? null : hex(value)
}

/** Words for the hair on the head, a beard, a moustache, and a head without hair. */
const HAIR_WORDS = words(
  `hair braid plait pigtail ponytail bun curls locks dreadlocks fringe mohawk`,
)
const BEARD_WORDS = words(`beard stubble whiskers goatee sideburns`)
const MOUSTACHE_WORDS = words(`moustache mustache`)
const BALD_WORDS = words(`bald balding hairless shaven shaved`)

/**
 * Hair colours by the words for them: grey, silver and white; blonde and fair; red, ginger and
 * auburn; brown and brunette; black and dark.
 */
// prettier-ignore
const HAIR_COLOURS: Record<string, string> = {
  grey: '#8e8c88', gray: '#8e8c88', greying: '#6c6a67', graying: '#6c6a67', grizzled: '#6c6a67',
  hoary: '#a9a7a2', silver: '#b8b8b6', silvery: '#b8b8b6', white: '#e4e1da', snowy: '#e4e1da',
  platinum: '#e0dac8', blonde: '#d6b56e', blond: '#d6b56e', fair: '#d0b47c', golden: '#c99d4f',
  flaxen: '#d9c48c', yellow: '#d6b56e', sandy: '#b8986a', strawberry: '#c4804f', red: '#a8462a',
  ginger: '#b5592b', copper: '#a8502c', russet: '#8e4127', auburn: '#7a3524', redheaded: '#a8462a',
  brown: '#5b3c27', brunette: '#4e3322', chestnut: '#6b3a22', mousy: '#7a6650', mousey: '#7a6650',
  black: '#161618', dark: '#2a211c', raven: '#141418', jet: '#121214',
}

/** People named by their hair, and its colour. */
const HAIR_NOUNS: Record<string, string> = {
  blonde: 'blonde',
  blond: 'blond',
  brunette: 'brunette',
  redhead: 'red',
}

/** Words that say the hair's colour before a person's noun on their own ("a blonde woman"). */
const HAIR_ADJECTIVES = words(`
  blonde blond brunette auburn ginger redheaded greying graying grizzled platinum
`)

/** Words for people who are old, and nouns for them. */
const AGE_WORDS = words(`old elderly aged ageing aging ancient wizened`)
const AGED_NOUNS = words(`grandmother grandfather grandma grandpa elder`)

/** An old person's hair, when the words give it no colour: the dark greyed a little. */
const AGED_HAIR = mix(hex('#1c1c20'), hex('#a6a49f'), 0.45)

/**
 * A person's hair as the words give it: its colour (null: as the style draws it), no hair on the
 * crown, and a beard or a moustache with its colour (the hair's unless its own is said).
 */
/** How long hair is worn, when the words say: loose past the shoulders, or tied up or back. */
export type HairStyle = 'long' | 'braid' | 'ponytail' | 'bun'

export type Hair = {
  colour: Rgb | null
  bald: boolean
  beard: { kind: 'beard' | 'moustache'; colour: Rgb | null } | null
  /** Absent: short, as drawn when the words say nothing of it. */
  style?: HairStyle
}

/** Hair words that are a style of their own, and words that make hair long. */
const STYLE_WORDS: Record<string, HairStyle> = {
  braid: 'braid',
  plait: 'braid',
  pigtail: 'braid',
  braided: 'braid',
  plaited: 'braid',
  ponytail: 'ponytail',
  bun: 'bun',
  topknot: 'bun',
}
const LONG_WORDS = words(`long flowing waist-length shoulder-length`)

/** What the words say of hair: colour words for the head and the beard, and whether there is one. */
type HairWords = {
  colour?: string
  style?: HairStyle
  beard?: 'beard' | 'moustache'
  beardColour?: string
  bald?: boolean
  aged?: boolean
}

/** The form of a word in a word list (plurals in -s and -es read too: "braids", "whiskers"). */
function listed(list: Set<string>, word: string): boolean {
  return [word, word.replace(/s$/, ''), word.replace(/es$/, '')].some((form) => list.has(form))
}

/** The style a hair word names ("braid", "plaits", "a ponytail"), if it names one. */
function styleOf(word: string): HairStyle | undefined {
  return [word, word.replace(/s$/, '')].map((form) => STYLE_WORDS[form]).find(Boolean)
}

/** The last hair colour word among `words`. */
function hairColourWord(words: readonly string[]): string | undefined {
  return words.findLast((word) => HAIR_COLOURS[word] !== undefined)
}

/**
 * Hair words before a person's noun: "a grey-haired man", "a blonde woman", "a red-headed girl",
 * "a white-bearded man", "a bald man", "an old man". A colour right before the noun is not the
 * hair's ("a black woman").
 */
function hairBefore(modifiers: readonly string[], said: HairWords): void {
  modifiers.forEach((word, i) => {
    const next = modifiers[i + 1]
    const colour = HAIR_COLOURS[word] !== undefined ? word : undefined
    if (next === 'haired' || next === 'headed') {
      if (colour) said.colour ??= colour
      if (BALD_WORDS.has(word)) said.bald = true
      if (LONG_WORDS.has(word)) said.style ??= 'long'
    } else if (next === 'bearded' || next === 'whiskered') {
      said.beard = 'beard'
      if (colour) said.beardColour ??= colour
    } else if (word === 'bearded') said.beard ??= 'beard'
    else if (word === 'moustached' || word === 'mustachioed') said.beard ??= 'moustache'
    else if (HAIR_ADJECTIVES.has(word)) said.colour ??= word
    else if (BALD_WORDS.has(word)) said.bald = true
    else if (AGE_WORDS.has(word)) said.aged = true
    else if (word === 'braided' || word === 'pigtailed') said.style ??= 'braid'
  })
}

/** A phrase about hair or a beard said after the noun: "grey braid", "long red hair", "a beard". */
function hairAfter(phrase: readonly string[], said: HairWords): void {
  let end = phrase.length
  while (end > 1 && looksLikeVerb(phrase[end - 1] as string)) end--
  const head = phrase[end - 1] as string
  const colour = hairColourWord(phrase.slice(0, end - 1))
  if (listed(HAIR_WORDS, head)) {
    if (colour) said.colour ??= colour
    if (phrase.some((word) => BALD_WORDS.has(word))) said.bald = true
    const style = styleOf(head) ?? phrase.map(styleOf).find((found) => found !== undefined)
    if (style) said.style ??= style
    else if (phrase.some((word) => LONG_WORDS.has(word))) said.style ??= 'long'
  } else if (head === 'head' && phrase.some((word) => BALD_WORDS.has(word))) said.bald = true
  else if (listed(BEARD_WORDS, head) || listed(MOUSTACHE_WORDS, head)) {
    said.beard = said.beard === 'beard' || listed(BEARD_WORDS, head) ? 'beard' : 'moustache'
    if (colour) said.beardColour ??= colour
  }
}

/**
 * A person's hair from the words said before their noun (`modifiers`), the noun ("grandfather")
 * and the phrases about it said after the noun (`features`: dress); undefined when they say
 * nothing of it, so the person is drawn as ever. Only one colour said, of the hair or of the beard, is
 * both's ("an old man with a white beard" is white-haired too); an old person with no colour
 * said has the dark greyed a little.
 */
export function hairSaid(
  modifiers: readonly string[],
  noun: string,
  features: readonly (readonly string[])[] = [],
): Hair | undefined {
  const said: HairWords = {}
  hairBefore(modifiers, said)
  if (AGED_NOUNS.has(noun)) said.aged = true
  // "a blonde", "a redhead": the noun says the hair.
  said.colour ??= HAIR_NOUNS[noun]
  for (const phrase of features) hairAfter(phrase, said)
  const colourOf = (word: string | undefined) => {
    const value = word === undefined ? undefined : HAIR_COLOURS[word]
    return value === undefined ? null : hex(value)
  }
  const colour = colourOf(said.colour ?? said.beardColour) ?? (said.aged ? AGED_HAIR : null)
  if (!colour && !said.bald && !said.beard && !said.style) return undefined
  return {
    colour,
    bald: said.bald ?? false,
    beard: said.beard ? { kind: said.beard, colour: colourOf(said.beardColour) ?? colour } : null,
    ...(said.style && !said.bald ? { style: said.style } : {}),
  }
}
