/**
 * The sizes the planner frames and spaces subjects by are the sizes the painter draws them at:
 * each kind is painted on a transparent canvas and its painted bounds measured, so a close-up
 * of a horse keeps its ears and a wide of a lighthouse its roof.
 */
import { describe, expect, it } from 'vitest'
import { createCanvas } from '../canvas.js'
import { css } from '../color.js'
import { createRandom } from '../random.js'
import {
  OBJECT_SHAPE_WORDS,
  OBJECT_SIZES,
  objectLook,
  type ObjectLook,
  type ObjectShape,
} from '../subject-objects.js'
import { SUBJECT_WORDS, subjectHeight, subjectWidth, type SubjectKind } from '../subject-words.js'
import type { SubjectPlan } from '../subjects.js'
import { drawFigure, figureStyle } from './figures.js'

/** Pixels per metre, and the canvas's extent in metres; coarser for the longest (a train, a plane). */
const FINE = { px: 100, span: { left: -12, right: 12, bottom: -2, top: 20 } }
const LONG = { px: 40, span: { left: -20, right: 20, bottom: -2, top: 14 } }

type Bounds = { left: number; right: number; bottom: number; top: number }

/**
 * Painted bounds (m) of a subject over a whole motion cycle, where it is at least half opaque
 * (a soft glow or a contact shadow is not the thing).
 */
function paintedBounds(
  kind: SubjectKind,
  noun: string,
  look?: ObjectLook,
  standsOn?: number,
): Bounds {
  const { px: PX, span: SPAN } = kind === 'vehicle' && subjectWidth(kind, noun) > 20 ? LONG : FINE
  const width = (SPAN.right - SPAN.left) * PX
  const height = (SPAN.top - SPAN.bottom) * PX
  const canvas = createCanvas(width, height)
  const ctx = canvas.getContext('2d')
  const style = figureStyle(createRandom(1), kind, (material) => css(material), {
    backlit: false,
    lampsLit: true,
  })
  // A bird standing on something sits still.
  const moving =
    kind !== 'object' && kind !== 'landmark' && kind !== 'boat' && standsOn === undefined
  const motion = moving
    ? { kind: kind === 'bird' ? ('fly' as const) : ('run' as const), speed: 1, towardCamera: 0 }
    : { kind: 'still' as const, speed: 0, towardCamera: 0 }
  const subject: Pick<SubjectPlan, 'kind' | 'noun' | 'motion' | 'look' | 'standsOn'> = {
    kind,
    noun,
    motion,
    ...(look ? { look } : {}),
    ...(standsOn === undefined ? {} : { standsOn }),
  }
  for (let phase = 0; phase < (moving ? 1 : 0.01); phase += 1 / 16) {
    ctx.setTransform(PX, 0, 0, -PX, -SPAN.left * PX, SPAN.top * PX)
    drawFigure(ctx, subject, style, phase)
  }
  const alpha = ctx.getImageData(0, 0, width, height).data
  let [left, right, top, bottom] = [width, -1, height, -1]
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if ((alpha[(y * width + x) * 4 + 3] ?? 0) < 128) continue
      left = Math.min(left, x)
      right = Math.max(right, x + 1)
      top = Math.min(top, y)
      bottom = Math.max(bottom, y + 1)
    }
  }
  return {
    left: left / PX + SPAN.left,
    right: right / PX + SPAN.left,
    top: SPAN.top - top / PX,
    bottom: SPAN.top - bottom / PX,
  }
}

/** Within 2 cm and 1% of the drawing. */
const near = (planned: number, drawn: number) => Math.abs(planned - drawn) <= 0.02 + 0.01 * drawn

/** Every noun of a kind that the painter draws differently (all of them: it is cheap enough). */
const KINDS: SubjectKind[] = ['vehicle', 'animal', 'bird', 'boat', 'landmark']

describe('the planner sizes subjects as the painter draws them', () => {
  it.each(KINDS)('matches the drawing of every %s', (kind) => {
    for (const noun of SUBJECT_WORDS[kind]) {
      const drawn = paintedBounds(kind, noun)
      const planned = { height: subjectHeight(kind, noun), width: subjectWidth(kind, noun) }
      const label = `${kind} ${noun}: planned ${JSON.stringify(planned)}, drawn ${JSON.stringify(drawn)}`
      // Standing on the ground (a bird's lowest wing tip is where it flies).
      expect(Math.abs(drawn.bottom), label).toBeLessThanOrEqual(0.02)
      expect(near(planned.height, drawn.top), label).toBe(true)
      // Width about the centre line, as the figure may face either way.
      expect(near(planned.width, 2 * Math.max(-drawn.left, drawn.right)), label).toBe(true)
    }
  })

  it('matches the drawing of every bird perched on something', () => {
    for (const noun of SUBJECT_WORDS.bird) {
      // The painter draws at the origin; the subject's track lifts it onto the table.
      const drawn = paintedBounds('bird', noun, undefined, 0.76)
      const perched = { perched: true }
      const planned = {
        height: subjectHeight('bird', noun, perched),
        width: subjectWidth('bird', noun, perched),
      }
      const label = `${noun}: planned ${JSON.stringify(planned)}, drawn ${JSON.stringify(drawn)}`
      expect(Math.abs(drawn.bottom), label).toBeLessThanOrEqual(0.02)
      expect(near(planned.height, drawn.top), label).toBe(true)
      expect(near(planned.width, 2 * Math.max(-drawn.left, drawn.right)), label).toBe(true)
    }
  })

  it('draws a child, a toddler and a teenager smaller than a grown-up, as planned', () => {
    const grownUp = paintedBounds('person', 'man').top
    for (const noun of ['boy', 'girl', 'kid', 'toddler', 'teenager']) {
      const share = subjectHeight('person', noun) / subjectHeight('person', 'man')
      expect(share, noun).toBeLessThan(0.95)
      expect(paintedBounds('person', noun).top / grownUp, noun).toBeCloseTo(share, 2)
    }
  })

  it('draws each animal at its own size, a cat a fraction of a dog', () => {
    /** Nose to tail and ground to ears (m), as drawn. */
    const drawn = (noun: string) => {
      const bounds = paintedBounds('animal', noun)
      return { length: bounds.right - bounds.left, height: bounds.top }
    }
    const within = (value: number, low: number, high: number, label: string) => {
      expect(value, label).toBeGreaterThanOrEqual(low)
      expect(value, label).toBeLessThanOrEqual(high)
    }
    const cat = drawn('cat')
    within(cat.length, 0.4, 0.5, 'cat length')
    within(cat.height, 0.26, 0.36, 'cat height')
    within(drawn('fox').length, 0.6, 0.8, 'fox length')
    within(drawn('dog').length, 0.8, 1.0, 'dog length')
    within(drawn('puppy').length, cat.length, drawn('dog').length, 'puppy between cat and dog')
    within(drawn('horse').length, 2, 2.5, 'horse length')
  })

  it('matches the drawing of every object shape', () => {
    const shapes = Object.keys(OBJECT_SIZES) as ObjectShape[]
    /** A noun and the words before it that give each shape. */
    const named = (shape: ObjectShape): [string, string[]] =>
      shape === 'block'
        ? ['typewriter', []]
        : shape === 'desk-lamp'
          ? ['lamp', ['desk']]
          : [OBJECT_SHAPE_WORDS[shape][0] as string, []]
    for (const shape of shapes) {
      const [noun, modifiers] = named(shape)
      const look = objectLook(noun, modifiers)
      expect(look.shape).toBe(shape)
      const drawn = paintedBounds('object', noun, look)
      const planned = OBJECT_SIZES[shape]
      const label = `${shape}: planned ${JSON.stringify(planned)}, drawn ${JSON.stringify(drawn)}`
      expect(Math.abs(drawn.bottom), label).toBeLessThanOrEqual(0.02)
      expect(near(planned.height, drawn.top), label).toBe(true)
      expect(near(planned.width, 2 * Math.max(-drawn.left, drawn.right)), label).toBe(true)
    }
  })
})
