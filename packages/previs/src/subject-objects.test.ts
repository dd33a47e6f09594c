import { describe, expect, it } from 'vitest'
import {
  objectExtent,
  objectLook,
  objectShape,
  objectSupport,
  OBJECT_SIZES,
  SUPPORT_HEIGHTS,
} from './subject-objects.js'

describe('object shapes', () => {
  it('gives a few common nouns their own shape and the rest a plain one', () => {
    expect(objectShape('lantern')).toBe('lamp')
    expect(objectShape('suitcase')).toBe('case')
    expect(objectShape('bench')).toBe('bench')
    expect(objectShape('typewriter')).toBe('block')
  })
})

describe('what an object stands on', () => {
  it('stands it on the ground unless the words put it on something', () => {
    expect(objectSupport('an old typewriter', 'typewriter')).toBeNull()
    expect(objectSupport('a suitcase in the desert', 'suitcase')).toBeNull()
    expect(objectSupport('a suitcase on the ground', 'suitcase')).toBeNull()
    expect(objectExtent(objectLook('typewriter', ['old'])).bottom).toBe(0)
  })

  it('reads a table or a stand after the noun: "a vase of flowers on a small round table"', () => {
    expect(objectSupport('a vase of flowers on a small round table', 'vase')).toEqual({
      word: 'table',
      support: 'table',
    })
    expect(objectSupport('an orb on top of an old desk', 'orb')?.support).toBe('table')
    expect(objectSupport('A crystal ball atop a marble pedestal', 'ball')?.support).toBe('stand')
    expect(objectSupport('two jars on the kitchen counters', 'jar')).toEqual({
      word: 'counter',
      support: 'table',
    })
  })

  it('reads another named thing, or "it", as what it stands on', () => {
    expect(objectSupport('a crate, a vase on the crate', 'vase', ['crate'])).toEqual({
      word: 'crate',
      support: null,
    })
    expect(objectSupport('a desk, a lamp on the old desk', 'lamp', ['desk'])).toEqual({
      word: 'desk',
      support: 'table',
    })
    expect(objectSupport('a table, a vase on it', 'vase', ['table'])?.word).toBe('it')
    // Not named as a subject: a crate after "on" is no support.
    expect(objectSupport('a vase on a crate', 'vase')).toBeNull()
  })

  it("does not take a relation or another thing's support for its own", () => {
    expect(objectSupport('a vase on the left of a table', 'vase')).toBeNull()
    expect(objectSupport('a vase beside a lamp on a table', 'vase')).toBeNull()
    expect(objectSupport('a vase, a box on a table', 'vase')).toBeNull()
  })

  it("frames the object above its support, and the lamp's glass in a close-up", () => {
    const onTable = objectExtent(objectLook('vase', ['blue'], 'table'))
    expect(onTable.bottom).toBe(SUPPORT_HEIGHTS.table)
    expect(onTable.top).toBeCloseTo(SUPPORT_HEIGHTS.table + OBJECT_SIZES.vessel.height, 9)
    expect(onTable.detail).toMatchObject({ bottom: onTable.bottom, top: onTable.top })
    const lamp = objectExtent(objectLook('lamp', []))
    expect(lamp.bottom).toBe(0)
    expect(lamp.detail.bottom).toBeGreaterThan(1)
    expect(lamp.detail.top).toBeGreaterThanOrEqual(lamp.top)
  })

  it('keeps large things on the ground whatever the words say', () => {
    expect(objectLook('bench', [], 'stand').support).toBeNull()
    expect(objectLook('vase', [], 'table').support).toBe('table')
  })

  it('makes a lamp on something, or a desk or reading lamp, the small one', () => {
    expect(objectLook('lamp', [], 'table')).toMatchObject({ shape: 'desk-lamp', support: 'table' })
    expect(objectLook('lamp', [], null, true).shape).toBe('desk-lamp')
    for (const word of ['desk', 'table', 'bedside', 'reading']) {
      expect(objectLook('lamp', ['green', word]).shape, word).toBe('desk-lamp')
    }
    // On the floor, a street lamp and a lighthouse lamp's mantle: the tall one, always glowing.
    for (const [noun, words] of [
      ['lamp', []],
      ['lamp', ['street']],
      ['mantle', ['lamp']],
    ] as const) {
      expect(objectLook(noun, words)).toMatchObject({ shape: 'lamp', glowing: true })
    }
    // The small lamp glows when the words say so (or after dark, as the painter draws it).
    expect(objectLook('lamp', ['desk']).glowing).toBe(false)
    expect(objectLook('lamp', ['lit', 'desk']).glowing).toBe(true)
    expect(OBJECT_SIZES['desk-lamp'].height).toBeLessThan(OBJECT_SIZES.lamp.height / 3)
  })
})
