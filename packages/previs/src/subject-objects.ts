/**
 * Objects: things named in the subject that are neither people nor anything else the planner
 * knows ("an old typewriter", "the locked suitcase", "a glowing orb"). Each is drawn as a prop
 * standing where a subject would stand. A few common nouns get their own shape; anything else is
 * a plain rounded form set on a tall stand, so a close-up finds it.
 *
 * Sizes are metres; `height` is the top of the prop, stand included, which the shot size frames.
 */
import { hex, type Rgb } from './color.js'

export type ObjectShape =
  'lamp' | 'case' | 'crate' | 'chair' | 'bench' | 'table' | 'umbrella' | 'orb' | 'vessel' | 'block'

/** What a painter needs to draw an object: its shape, a colour the text gave, and whether it glows. */
export type ObjectLook = { shape: ObjectShape; colour: Rgb | null; glowing: boolean }

/** Nouns with a shape of their own. `block` (a rounded box on a stand) takes every other noun. */
// prettier-ignore
export const OBJECT_SHAPE_WORDS: Record<Exclude<ObjectShape, 'block'>, readonly string[]> = {
  lamp: ['lamp', 'lantern', 'light', 'candle', 'beacon', 'bulb', 'chandelier', 'torch', 'mantle'],
  case: ['suitcase', 'briefcase', 'case', 'luggage', 'bag', 'handbag', 'satchel', 'valise'],
  crate: ['box', 'crate', 'chest', 'trunk', 'parcel', 'package', 'casket', 'coffin', 'toolbox'],
  chair: ['chair', 'armchair', 'stool', 'throne', 'seat', 'rocker'],
  bench: ['bench', 'sofa', 'couch', 'pew', 'settee'],
  table: ['table', 'desk', 'counter', 'workbench', 'altar', 'bureau'],
  umbrella: ['umbrella', 'parasol'],
  orb: ['orb', 'ball', 'globe', 'sphere', 'egg', 'pearl', 'crystal'],
  vessel: [
    'vase', 'jar', 'pot', 'urn', 'bottle', 'jug', 'pitcher', 'bucket', 'cup', 'mug',
    'vessel', 'kettle', 'teapot', 'flask', 'goblet', 'chalice', 'trophy', 'barrel',
  ],
}

const SHAPES = new Map<string, ObjectShape>()
for (const [shape, words] of Object.entries(OBJECT_SHAPE_WORDS) as [ObjectShape, string[]][]) {
  for (const word of words) SHAPES.set(word, shape)
}

/** Words the planner takes as objects wherever a subject can stand. */
export const OBJECT_WORDS: readonly string[] = [...SHAPES.keys()]

/**
 * The stand a small object is set on (a tall pedestal): high enough that a close-up, which looks
 * at the top fifth of what it frames, takes in the whole object rather than its top edge.
 */
export const STAND_HEIGHT = 1.1

/** Height of a small object on the stand, and the headroom a shot leaves above it. */
const ON_STAND = 0.22
const HEADROOM = 0.02

/** Footprint width and the height a shot size frames: the prop's top, stand included. */
export const OBJECT_SIZES: Record<ObjectShape, { width: number; height: number }> = {
  lamp: { width: 0.7, height: 1.56 },
  case: { width: 0.52, height: 0.74 },
  crate: { width: 0.75, height: 0.55 },
  chair: { width: 0.5, height: 0.95 },
  bench: { width: 1.6, height: 0.85 },
  table: { width: 1.3, height: 0.76 },
  umbrella: { width: 1.0, height: 1.0 },
  orb: { width: 0.46, height: STAND_HEIGHT + ON_STAND + HEADROOM },
  vessel: { width: 0.46, height: STAND_HEIGHT + ON_STAND + HEADROOM },
  block: { width: 0.46, height: STAND_HEIGHT + ON_STAND + HEADROOM },
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

/** An object's look from its noun and the words before it ("a red umbrella", "a glowing orb"). */
export function objectLook(noun: string, modifiers: readonly string[]): ObjectLook {
  const shape = objectShape(noun)
  const colourWord = [...modifiers].reverse().find((word) => COLOUR_WORDS[word] !== undefined)
  return {
    shape,
    colour: colourWord ? hex(COLOUR_WORDS[colourWord] as string) : null,
    glowing: shape === 'lamp' || modifiers.some((word) => GLOW_WORDS.has(word)),
  }
}
