import { describe, expect, it } from 'vitest'
import { cladColour, garmentColour, hairSaid, saysWorn, wornKind } from './subject-clothes.js'
import { colourWord } from './subject-objects.js'

const split = (text: string) => text.split(' ')

describe('what a person has on', () => {
  it('reads the head noun of a phrase as a garment, a feature or neither', () => {
    expect(wornKind(split('yellow oilskin coat'))).toBe('garment')
    expect(wornKind(split('black boots'))).toBe('garment')
    expect(wornKind(split('red scarf flapping'))).toBe('garment')
    expect(wornKind(split('grey braid'))).toBe('feature')
    expect(wornKind(split('round glasses'))).toBe('feature')
    expect(wornKind(split('red umbrella'))).toBeNull()
    expect(wornKind(split('dog'))).toBeNull()
  })

  it('takes a phrase after "in" for clothes only when it names a garment or a colour', () => {
    expect(saysWorn(split('yellow oilskin'))).toBe(true)
    expect(saysWorn(['red'])).toBe(true)
    expect(saysWorn(split('green field'))).toBe(false)
    expect(saysWorn(['sixties'])).toBe(false)
  })

  it("gives the garment's colour, never a feature's", () => {
    expect(garmentColour(split('yellow oilskin coat'))).toBe('yellow')
    expect(garmentColour(split('black leather jacket'))).toBe('black')
    expect(garmentColour(split('grey braid'))).toBeUndefined()
    expect(garmentColour(split('grey haired'))).toBeUndefined()
  })

  it('reads clothes before a person noun only when the words say they are dressed', () => {
    expect(cladColour(split('yellow clad'))).toBe('yellow')
    expect(cladColour(['black'])).toBeUndefined()
    expect(cladColour(split('grey haired'))).toBeUndefined()
  })
})

describe('the colour word among several', () => {
  it('takes the last hue, before any material', () => {
    expect(colourWord(split('faded red'))).toBe('red')
    expect(colourWord(split('black leather'))).toBe('black')
    expect(colourWord(['leather'])).toBe('leather')
    expect(colourWord(['old'])).toBeNull()
  })
})

describe('hair and beard', () => {
  it('reads the colour of hair said before the noun, not of skin', () => {
    expect(hairSaid(split('grey haired'), 'man')).toMatchObject({ bald: false, beard: null })
    expect(hairSaid(split('grey haired'), 'man')?.colour).toBeTruthy()
    expect(hairSaid(['grey'], 'man')).toBeUndefined()
    expect(hairSaid(['blonde'], 'woman')?.colour).not.toBeNull()
    expect(hairSaid(split('red headed'), 'girl')?.colour).not.toBeNull()
    expect(hairSaid(['black'], 'woman')).toBeUndefined()
    expect(hairSaid(['tall'], 'man')).toBeUndefined()
    expect(hairSaid(['bearded'], 'man')?.beard).toEqual({ kind: 'beard', colour: null })
    expect(hairSaid(['bald'], 'man')?.bald).toBe(true)
    expect(hairSaid([], 'grandfather')?.colour).toBeTruthy()
    expect(hairSaid([], 'grandfather')?.colour).toEqual(hairSaid(['old'], 'man')?.colour)
  })

  it('reads long hair and hair tied in a braid, a ponytail or a bun', () => {
    const style = (modifiers: string, features: string[]) =>
      hairSaid(modifiers === '' ? [] : split(modifiers), 'woman', features.map(split))?.style
    expect(style('', ['grey braid'])).toBe('braid')
    expect(style('', ['two plaits'])).toBe('braid')
    expect(style('', ['long red hair'])).toBe('long')
    expect(style('', ['braided hair'])).toBe('braid')
    expect(style('', ['a ponytail'])).toBe('ponytail')
    expect(style('', ['her hair in a bun'])).toBe('bun')
    expect(style('long haired', [])).toBe('long')
    expect(style('', ['short hair'])).toBeUndefined()
    expect(style('', [])).toBeUndefined()
    // A style alone is enough to say something of the hair; its colour stays the figure's own.
    expect(hairSaid([], 'woman', [split('a ponytail')])).toEqual({
      colour: null,
      bald: false,
      beard: null,
      style: 'ponytail',
    })
  })
})
