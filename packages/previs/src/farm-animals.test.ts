/**
 * Farm animals from the words: cattle and pigs take drawings of their own, a pig is pink unless
 * the words colour it, and animals that graze (or root) where they stand have their heads down.
 */
import { describe, expect, it } from 'vitest'
import { hex } from './color.js'
import { createRandom } from './random.js'
import { animalBuild, animalColour } from './subject-words.js'
import { planSubjects } from './subjects.js'

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
})
