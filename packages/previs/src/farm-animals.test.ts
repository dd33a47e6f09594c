/**
 * Farm animals from the words: cattle and pigs take drawings of their own, a pig is pink unless
 * the words colour it, a coat can come in patches, and animals that graze (or root) where they
 * stand have their heads down.
 */
import { describe, expect, it } from 'vitest'
import { hex } from './color.js'
import { createRandom } from './random.js'
import { createCanvas } from './canvas.js'
import { css } from './color.js'
import { drawFigure, figureStyle } from './paint/figures.js'
import { animalBuild, animalColour, animalPatches } from './subject-words.js'
import { planSubjects, type SubjectPlan } from './subjects.js'
import { plainStyle } from './test-support/painted-points.js'

const plan = (subject: string, action = '') => planSubjects(subject, action, createRandom(1))

describe('farm animals', () => {
  it('draws cattle and pigs as themselves, at their sizes', () => {
    for (const noun of ['cow', 'cattle', 'bull', 'ox', 'calf', 'heifer']) {
      expect(animalBuild(noun).model, noun).toBe('cattle')
    }
    for (const noun of ['pig', 'hog', 'sow', 'boar', 'piglet']) {
      expect(animalBuild(noun).model, noun).toBe('pig')
    }
    expect(animalBuild('calf').scale).toBeLessThan(animalBuild('cow').scale)
    expect(animalBuild('piglet').scale).toBeLessThan(animalBuild('pig').scale / 2)
    // Horses, donkeys and ponies keep the model a rider sits on.
    for (const noun of ['horse', 'donkey', 'pony'])
      expect(animalBuild(noun).model).toBe('long-neck')
  })

  it('reads piglets, sows and hogs as animals, a herd of cows as cattle', () => {
    expect(plan('a sow and two piglets').map((p) => `${p.kind}:${p.noun}`)).toEqual([
      'animal:sow',
      'animal:piglet',
      'animal:piglet',
    ])
    expect(new Set(plan('a herd of cows').map((p) => animalBuild(p.noun).model))).toEqual(
      new Set(['cattle']),
    )
  })

  it('makes a pig pink unless the words give its colour', () => {
    expect(animalColour([], 'pig')).toEqual(hex('#e2a496'))
    expect(animalColour(['black'], 'pig')).toEqual(hex('#1f1d1c'))
    expect(animalColour([], 'cow')).toBeNull()
    const [pig] = plan('a pig')
    expect(pig?.colour).toEqual(hex('#e2a496'))
  })

  it('puts the heads of animals grazing where they stand down at the grass', () => {
    expect(plan('three cows', 'graze in the meadow').map((p) => p.grazes)).toEqual([
      true,
      true,
      true,
    ])
    expect(plan('a horse', 'crops the grass by the fence').map((p) => p.grazes)).toEqual([true])
    expect(plan('a pig', 'roots in the mud').map((p) => p.grazes)).toEqual([true])
    // Walking or standing, the head stays up; people do not graze.
    expect(plan('a horse', 'walks across the field').map((p) => p.grazes)).toEqual([undefined])
    expect(plan('a cow', 'stands by the gate').map((p) => p.grazes)).toEqual([undefined])
    const shepherd = plan('a shepherd and his sheep', 'the sheep graze')
    expect(shepherd.map((p) => `${p.noun}:${p.grazes}`)).toEqual([
      'shepherd:undefined',
      'sheep:true',
    ])
  })

  it('reads a coat in two colours as patches over the second', () => {
    const white = hex('#e8e4dc')
    const black = hex('#1f1d1c')
    const brown = hex('#5e3e27')
    expect(animalPatches('a black and white cow', 'cow')).toEqual({ coat: white, patches: black })
    expect(animalPatches('three brown-and-white calves', 'calf')).toEqual({
      coat: white,
      patches: brown,
    })
    expect(animalPatches('a piebald horse', 'horse')).toEqual({ coat: white, patches: black })
    expect(animalPatches('a Friesian cow grazes', 'cow')).toEqual({ coat: white, patches: black })
    // One colour, or colours that are not the animal's, are no patches.
    expect(animalPatches('a white cow', 'cow')).toBeNull()
    expect(animalPatches('a black and white photo of a cow', 'cow')).toBeNull()
    const [cow] = plan('a black and white cow', 'grazes')
    expect(cow?.colour).toEqual(white)
    expect(cow?.patches).toEqual(black)
    expect(plan('a white cow')[0]?.patches).toBeUndefined()
  })

  it('paints the patches on the body, in their colour', () => {
    const [patched] = plan('a black and white cow')
    const [plain] = plan('a white cow')
    const dark = (subject: typeof patched) => {
      const canvas = createCanvas(300, 200)
      const ctx = canvas.getContext('2d')
      const style = figureStyle(createRandom(1), 'animal', (material) => css(material), {
        backlit: false,
        lampsLit: false,
      })
      ctx.setTransform(100, 0, 0, -100, 150, 190)
      drawFigure(ctx, subject!, style, 0)
      const data = ctx.getImageData(0, 0, 300, 200).data
      let count = 0
      // Dark pixels in the body's rows (0.8-1.4 m up), between the legs' hips.
      for (let y = 190 - 140; y < 190 - 80; y++) {
        for (let x = 150 - 60; x < 150 + 40; x++) {
          const i = (y * 300 + x) * 4
          if ((data[i + 3] ?? 0) > 200 && (data[i] ?? 255) < 90) count++
        }
      }
      return count
    }
    expect(dark(plain)).toBe(0)
    expect(dark(patched)).toBeGreaterThan(500)
  })

  it('paints a spotted dog in spots', () => {
    const [spotted] = plan('a spotted dog')
    const [white] = plan('a white dog')
    expect(spotted?.patches).toEqual(hex('#1f1d1c'))
    const darkOnBody = (subject: typeof spotted) =>
      paintedColours(subject!).filter(
        ({ x, y, rgb }) => Math.abs(x) < 0.25 && y > 0.3 && y < 0.45 && (rgb[0] ?? 255) < 90,
      ).length
    expect(darkOnBody(white)).toBe(0)
    expect(darkOnBody(spotted)).toBeGreaterThan(20)
  })
})

/** The painted pixels of an animal drawn facing right (m from its feet), with their colours. */
function paintedColours(subject: SubjectPlan): { x: number; y: number; rgb: number[] }[] {
  const px = 200
  const canvas = createCanvas(400, 200)
  const ctx = canvas.getContext('2d')
  ctx.setTransform(px, 0, 0, -px, 200, 190)
  drawFigure(ctx, subject, plainStyle('animal'), 0)
  const data = ctx.getImageData(0, 0, 400, 200).data
  const points: { x: number; y: number; rgb: number[] }[] = []
  for (let y = 0; y < 200; y++) {
    for (let x = 0; x < 400; x++) {
      const i = (y * 400 + x) * 4
      if ((data[i + 3] ?? 0) < 200) continue
      points.push({
        x: (x - 200) / px,
        y: (190 - y) / px,
        rgb: [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0],
      })
    }
  }
  return points
}
