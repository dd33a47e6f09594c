/**
 * Objects: things named in the subject that are neither people nor anything else the planner
 * knows ("an old typewriter", "the locked suitcase", "a glowing orb"). Each is drawn as a prop
 * standing where a subject would stand: on the ground, or on a table or a stand when the words
 * put it there ("a vase on a table", "an orb on a pedestal"). A few common nouns get their own
 * shape; anything else is a plain rounded form.
 *
 * Sizes are metres. The framing frames an object's extent (objectExtent): the object itself,
 * above whatever it stands on.
 */
import { hex, type Rgb } from './color.js'
import type { Band } from './framing.js'
import { CLAUSE_CONJUNCTIONS, DETERMINERS, LIST_CONJUNCTIONS } from './subject-grammar.js'

// prettier-ignore
export type ObjectShape =
  | 'lamp' | 'desk-lamp' | 'case' | 'crate' | 'chair' | 'bench' | 'table' | 'umbrella' | 'orb'
  | 'vessel' | 'block' | 'pram' | 'barrow' | 'trolley' | 'ball' | 'cart' | 'carriage'

/** What the words stand an object on: "on a table", "on a pedestal". */
export type ObjectSupport = 'table' | 'stand'

/**
 * What a painter needs to draw an object: its shape, a colour the text gave, whether it glows,
 * and what it stands on (null: the ground).
 */
export type ObjectLook = {
  shape: ObjectShape
  colour: Rgb | null
  glowing: boolean
  support: ObjectSupport | null
}

/**
 * Nouns with a shape of their own. `block` (a rounded box) takes every other noun; a lamp is a
 * `desk-lamp` where it stands on something or the words say what kind (objectLook).
 */
// prettier-ignore
export const OBJECT_SHAPE_WORDS: Record<
  Exclude<ObjectShape, 'block' | 'desk-lamp'>,
  readonly string[]
> = {
  lamp: ['lamp', 'lantern', 'light', 'candle', 'beacon', 'bulb', 'chandelier', 'torch', 'mantle'],
  case: ['suitcase', 'briefcase', 'case', 'luggage', 'bag', 'handbag', 'satchel', 'valise'],
  crate: ['box', 'crate', 'chest', 'trunk', 'parcel', 'package', 'casket', 'coffin', 'toolbox'],
  chair: ['chair', 'armchair', 'stool', 'throne', 'seat', 'rocker'],
  bench: ['bench', 'sofa', 'couch', 'pew', 'settee'],
  table: ['table', 'desk', 'counter', 'workbench', 'altar', 'bureau'],
  umbrella: ['umbrella', 'parasol'],
  pram: ['pram', 'buggy', 'stroller', 'pushchair', 'perambulator'],
  barrow: ['wheelbarrow', 'barrow'],
  trolley: ['trolley', 'cart', 'handcart'],
  // Drawn by a horse (subject-hitched.ts); "a cart" is one when a horse or an ox pulls it.
  cart: ['wagon', 'oxcart', 'haywain'],
  carriage: ['carriage', 'stagecoach', 'hansom', 'landau'],
  orb: ['orb', 'globe', 'sphere', 'egg', 'pearl', 'crystal'],
  ball: ['ball', 'football', 'beachball', 'basketball', 'volleyball'],
  vessel: [
    'vase', 'jar', 'pot', 'urn', 'bottle', 'jug', 'pitcher', 'bucket', 'cup', 'mug',
    'vessel', 'kettle', 'teapot', 'flask', 'goblet', 'chalice', 'trophy', 'barrel',
  ],
}

const SHAPES = new Map<string, ObjectShape>()
for (const [shape, words] of Object.entries(OBJECT_SHAPE_WORDS) as [ObjectShape, string[]][]) {
  for (const word of words) SHAPES.set(word, shape)
}

/**
 * Things pushed along on wheels, which go where the one pushing them goes, and how far back from
 * their middle their handles reach (m) as they are pushed (a wheelbarrow lifted onto its wheel).
 */
export const PUSH_HANDLES: Partial<Record<ObjectShape, number>> = {
  pram: 0.5,
  barrow: 0.58,
  trolley: 0.47,
}

export const PUSHED_THINGS: ReadonlySet<string> = new Set(
  (Object.keys(PUSH_HANDLES) as (keyof typeof OBJECT_SHAPE_WORDS)[]).flatMap(
    (shape) => OBJECT_SHAPE_WORDS[shape],
  ),
)

/** Metres from the middle of a thing pushed along to its handles' grip. */
export function pushHandle(noun: string): number {
  return PUSH_HANDLES[SHAPES.get(noun) ?? 'block'] ?? 0.5
}

/** Words the planner takes as objects wherever a subject can stand. */
export const OBJECT_WORDS: readonly string[] = [...SHAPES.keys()]

/**
 * Width and height of each shape as paint/object-props.ts draws it, standing on the ground (a
 * lamp's soft glow not counted); paint/figure-sizes.test.ts measures the drawings.
 */
export const OBJECT_SIZES: Record<ObjectShape, { width: number; height: number }> = {
  lamp: { width: 0.5, height: 1.57 },
  'desk-lamp': { width: 0.32, height: 0.45 },
  case: { width: 0.48, height: 0.74 },
  crate: { width: 0.74, height: 0.54 },
  chair: { width: 0.5, height: 0.95 },
  bench: { width: 1.6, height: 0.85 },
  table: { width: 1.3, height: 0.76 },
  umbrella: { width: 1.0, height: 1.04 },
  orb: { width: 0.2, height: 0.22 },
  vessel: { width: 0.16, height: 0.22 },
  block: { width: 0.34, height: 0.2 },
  pram: { width: 1.0, height: 1.05 },
  barrow: { width: 1.5, height: 0.72 },
  trolley: { width: 0.98, height: 1.04 },
  ball: { width: 0.22, height: 0.22 },
  // Shafts and all: from the middle to the shafts' tip at the animal's shoulder, 3.2 m ahead.
  cart: { width: 6.47, height: 1.45 },
  carriage: { width: 6.47, height: 2.3 },
}

/**
 * The part of a shape a close-up frames, where that is not the whole of it: the lamp stands on
 * its own column, and a close-up looks at its glass.
 */
const OBJECT_DETAILS: Partial<Record<ObjectShape, { bottom: number; top: number; width: number }>> =
  { lamp: { bottom: 1.13, top: 1.57, width: 0.5 } }

/** Top heights of what an object can stand on: a side table, a pedestal. */
export const SUPPORT_HEIGHTS: Record<ObjectSupport, number> = { table: 0.76, stand: 1.1 }

/** Width of a support drawn under an object `objectWidth` wide: a little wider than it. */
export function supportWidth(support: ObjectSupport, objectWidth: number): number {
  return support === 'table' ? Math.max(0.6, objectWidth + 0.2) : Math.max(0.42, objectWidth + 0.06)
}

/** The width an object takes beside others: its own, or that of the support drawn under it. */
export function objectFootprint(look: ObjectLook): number {
  const { width } = OBJECT_SIZES[look.shape]
  return look.support ? Math.max(width, supportWidth(look.support, width)) : width
}

/**
 * Where on each shape another thing can stand, in metres above its base: a table's top, a
 * chair's or a bench's seat, a crate's lid, a suitcase's top below its handle; else its top.
 */
const STANDING_SURFACES: Partial<Record<ObjectShape, number>> = {
  chair: 0.475,
  bench: 0.48,
  case: 0.655,
}

/** Metres above the ground a thing standing on this object stands at. */
export function surfaceHeight(look: ObjectLook, standsOn = 0): number {
  const lift = standsOn + (look.support ? SUPPORT_HEIGHTS[look.support] : 0)
  return lift + (STANDING_SURFACES[look.shape] ?? OBJECT_SIZES[look.shape].height)
}

/** Shapes small enough to stand on a table or a stand; the rest stand on the ground. */
const SUPPORTED_SHAPES = new Set<ObjectShape>([
  'orb',
  'ball',
  'vessel',
  'block',
  'case',
  'crate',
  'desk-lamp',
])

/** Words before "lamp" that make it a small one, standing where it may: "a reading lamp". */
const DESK_LAMP_WORDS = new Set(['desk', 'table', 'bedside', 'reading', 'nightstand', 'piano'])

// prettier-ignore
const SUPPORT_WORDS: Record<ObjectSupport, readonly string[]> = {
  table: [
    'table', 'desk', 'counter', 'workbench', 'sideboard', 'dresser', 'nightstand', 'cabinet',
    'bureau', 'shelf', 'altar',
  ],
  stand: ['stand', 'pedestal', 'plinth', 'column', 'pillar', 'podium', 'lectern'],
}

/** The object as the framing sees it: the whole of it, and the part a close-up frames. */
export type ObjectExtent = Band & { detail: Band }

/**
 * The extent of an object standing `standsOn` metres up (on another subject the text names: "a
 * vase on the table"), or on the ground, or on a support of its own.
 */
export function objectExtent(look: ObjectLook, standsOn = 0): ObjectExtent {
  const lift = standsOn + (look.support ? SUPPORT_HEIGHTS[look.support] : 0)
  const { width, height } = OBJECT_SIZES[look.shape]
  const detail = OBJECT_DETAILS[look.shape] ?? { bottom: 0, top: height, width }
  return {
    bottom: lift,
    top: lift + height,
    width,
    detail: { bottom: lift + detail.bottom, top: lift + detail.top, width: detail.width },
  }
}

export function objectShape(noun: string): ObjectShape {
  return SHAPES.get(noun) ?? 'block'
}

export function objectSize(noun: string): { width: number; height: number } {
  return OBJECT_SIZES[objectShape(noun)]
}

/** Colour words a user may give an object, as base materials (lit by the scene's palette). */
// prettier-ignore
export const COLOUR_WORDS: Record<string, string> = {
  red: '#b3302b', crimson: '#9c1f2e', scarlet: '#c4301f', orange: '#d9762b', yellow: '#e0b92e',
  gold: '#c9a13b', golden: '#c9a13b', brass: '#b5913f', bronze: '#8c6239', copper: '#b06a3b',
  green: '#3e7a4a', blue: '#2f5d9c', navy: '#25375e', teal: '#2f7a7a', purple: '#6a3d8a',
  violet: '#7a4fa0', pink: '#d98aa3', white: '#ece9e2', ivory: '#e8e0c8', cream: '#e6dcc0',
  black: '#23232a', grey: '#80838a', gray: '#80838a', silver: '#b4b8bf', brown: '#6e4a2f',
  wooden: '#8a6142', leather: '#6b4128', rusty: '#8a4a2a', stone: '#a29d92', glass: '#9fb7c4',
}

/** Colour words that name a material: a hue said with one is the colour ("a black leather bag"). */
const MATERIAL_COLOURS = new Set('wooden leather rusty stone glass brass bronze copper'.split(' '))

/**
 * The colour word that gives the colour among `words`: the last hue ("a faded red umbrella"), else
 * the last material ("a leather bag"), else null. So "a black leather jacket" is black.
 */
export function colourWord(words: readonly string[]): string | null {
  const said = words.filter((w) => COLOUR_WORDS[w] !== undefined)
  const hues = said.filter((w) => !MATERIAL_COLOURS.has(w))
  return (hues.length > 0 ? hues : said).at(-1) ?? null
}

/** The colour `words` give (colourWord), else null. */
export function colourSaid(words: readonly string[]): Rgb | null {
  const word = colourWord(words)
  return word ? hex(COLOUR_WORDS[word] as string) : null
}

const GLOW_WORDS = new Set([
  'glowing',
  'lit',
  'burning',
  'shining',
  'luminous',
  'radiant',
  'flickering',
  'blazing',
  'gleaming',
  'incandescent',
  'lighted',
  'illuminated',
  'neon',
])

/**
 * An object's look from its noun, the words before it ("a red umbrella", "a glowing orb") and
 * what the text stands it on: a table or a stand of its own (objectSupport), or another subject
 * (`onSubject`); only small things stand on a table or a stand. A lamp standing on anything, or
 * called a desk, table, bedside or reading lamp, is a small lamp; else it is the tall one, which
 * always glows (the small one glows when the words say so, or after dark).
 */
export function objectLook(
  noun: string,
  modifiers: readonly string[],
  support: ObjectSupport | null = null,
  onSubject = false,
): ObjectLook {
  const named = objectShape(noun)
  const small = support !== null || onSubject || modifiers.some((word) => DESK_LAMP_WORDS.has(word))
  const shape = named === 'lamp' && small ? 'desk-lamp' : named
  return {
    shape,
    colour: colourSaid(modifiers),
    glowing: shape === 'lamp' || modifiers.some((word) => GLOW_WORDS.has(word)),
    support: SUPPORTED_SHAPES.has(shape) ? support : null,
  }
}

const SUPPORTS = new Map<string, ObjectSupport>()
for (const [support, words] of Object.entries(SUPPORT_WORDS) as [ObjectSupport, string[]][]) {
  for (const word of words) SUPPORTS.set(word, support)
}

/** Words that end the description of a thing: what follows is about something else. */
const DESCRIPTION_ENDS = new Set([
  ...LIST_CONJUNCTIONS,
  ...CLAUSE_CONJUNCTIONS,
  'with',
  'beside',
  'behind',
  'near',
  'by',
  'left',
  'right',
  'front',
  'next',
  'alongside',
])

/** What the words stand an object on: the noun ("table", or "it"), and the kind of support it is. */
export type SupportMention = { word: string; support: ObjectSupport | null }

/**
 * What the text stands a noun on: "a vase of flowers on a small table" is on a table, "a crystal
 * ball atop a marble pedestal" on a stand, "a suitcase in the desert" on the ground (null). The
 * words read are those after the noun up to the end of its description (a comma, "and", "beside").
 * Besides words for tables and stands, the nouns of other subjects the text names (`named`) and
 * "it" are read as what it stands on ("a desk, a lamp on the desk", "a crate, a vase on it").
 */
export function objectSupport(
  text: string,
  noun: string,
  named: readonly string[] = [],
): SupportMention | null {
  const words = text.toLowerCase().match(/[a-z'-]+|[,;.:!?]/g) ?? []
  const at = words.findIndex((word) => word === noun || word === `${noun}s` || word === `${noun}es`)
  if (at < 0) return null
  for (let i = at + 1; i < words.length; i++) {
    const word = words[i] as string
    if (/^[,;.:!?]$/.test(word) || DESCRIPTION_ENDS.has(word)) return null
    if (word !== 'on' && word !== 'upon' && word !== 'atop') continue
    let j = i + 1
    if (words[j] === 'top' && words[j + 1] === 'of') j += 2
    if (words[j] === 'it') return { word: 'it', support: null }
    if (DETERMINERS.has(words[j] ?? '')) j++
    // A few describing words may come before the support: "on a small round table".
    for (let k = j; k < Math.min(j + 4, words.length); k++) {
      const next = words[k] as string
      const forms = [next, next.slice(0, -1), next.slice(0, -2)]
      const name = forms.find((form) => named.includes(form))
      const support = forms.map((form) => SUPPORTS.get(form)).find((found) => found !== undefined)
      if (name !== undefined || support !== undefined) {
        return {
          word: name ?? forms.find((form) => SUPPORTS.has(form)) ?? next,
          support: support ?? null,
        }
      }
      if (DETERMINERS.has(next) || next === 'of') break
    }
  }
  return null
}
