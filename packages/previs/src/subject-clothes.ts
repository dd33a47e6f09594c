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
 */
import { isModifierOnly, looksLikeVerb } from './subject-grammar.js'
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
  armor habit scrubs
`)

/**
 * Hair, face and body, and what is worn on them but is not clothing (glasses, jewellery): they
 * describe a person and colour nothing.
 */
export const FEATURE_WORDS = words(`
  hair braid plait pigtail ponytail bun curls locks dreadlocks fringe mohawk beard moustache
  mustache stubble sideburns whiskers eyes eye eyebrows face skin complexion cheeks scar tattoo
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

/** Someone who can be dressed: the colour word of their clothes, the first said. */
export type Wearer = { clothes?: string }

/** Dress `wearer` in the colour of a phrase about what they wear, unless they have one already. */
export function dress(wearer: Wearer, phrase: readonly string[]): void {
  const colour = garmentColour(phrase)
  if (colour) wearer.clothes ??= colour
}
