import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { gatherInSequence, moveInSequence, normalizeSequence, shotNumbers } from './sequence.js'

describe('normalizeSequence', () => {
  it('keeps the stored order when it matches the cards', () => {
    expect(normalizeSequence(['c', 'a', 'b'], ['a', 'b', 'c'])).toEqual(['c', 'a', 'b'])
  })

  it('keeps the first occurrence of a duplicate', () => {
    expect(normalizeSequence(['a', 'b', 'a', 'c', 'b'], ['a', 'b', 'c'])).toEqual(['a', 'b', 'c'])
  })

  it('drops ids of cards that no longer exist', () => {
    expect(normalizeSequence(['a', 'gone', 'b'], ['a', 'b'])).toEqual(['a', 'b'])
  })

  it('appends cards missing from the stored order, sorted by id', () => {
    expect(normalizeSequence(['b'], ['z', 'b', 'a'])).toEqual(['b', 'a', 'z'])
    expect(normalizeSequence([], ['y', 'x'])).toEqual(['x', 'y'])
  })

  it('is empty without cards', () => {
    expect(normalizeSequence(['a', 'b'], [])).toEqual([])
  })

  const ids = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { maxLength: 12 })

  it('always lists each card exactly once, whatever was stored', () => {
    fc.assert(
      fc.property(ids, ids, (stored, cards) => {
        const order = normalizeSequence(stored, cards)
        expect(new Set(order).size).toBe(order.length)
        expect([...order].sort()).toEqual([...new Set(cards)].sort())
      }),
    )
  })

  it('keeps the stored relative order of the cards it knows, and is idempotent', () => {
    fc.assert(
      fc.property(ids, ids, (stored, cards) => {
        const order = normalizeSequence(stored, cards)
        const known = stored.filter((id, i) => cards.includes(id) && stored.indexOf(id) === i)
        expect(order.slice(0, known.length)).toEqual(known)
        expect(normalizeSequence(order, cards)).toEqual(order)
      }),
    )
  })
})

describe('moveInSequence', () => {
  const order = ['a', 'b', 'c', 'd']

  it.each([
    [0, ['c', 'a', 'b', 'd']],
    [1, ['a', 'c', 'b', 'd']],
    [2, ['a', 'b', 'c', 'd']],
    [3, ['a', 'b', 'd', 'c']],
  ])('moves a card to position %i', (toIndex, expected) => {
    expect(moveInSequence(order, 'c', toIndex)).toEqual(expected)
  })

  it('moves the first card to the end and the last card to the start', () => {
    expect(moveInSequence(order, 'a', 3)).toEqual(['b', 'c', 'd', 'a'])
    expect(moveInSequence(order, 'd', 0)).toEqual(['d', 'a', 'b', 'c'])
  })

  it('clamps positions outside the sequence', () => {
    expect(moveInSequence(order, 'b', -5)).toEqual(['b', 'a', 'c', 'd'])
    expect(moveInSequence(order, 'b', 99)).toEqual(['a', 'c', 'd', 'b'])
  })

  it('returns an unchanged copy for an unknown id', () => {
    const result = moveInSequence(order, 'zz', 1)
    expect(result).toEqual(order)
    expect(result).not.toBe(order)
  })

  it('does not change the order it was given', () => {
    const given = [...order]
    moveInSequence(given, 'a', 2)
    expect(given).toEqual(order)
  })

  it('puts the card at the clamped index and keeps the others in order', () => {
    const distinctIds = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 3 }), {
      minLength: 1,
      maxLength: 10,
    })
    fc.assert(
      fc.property(
        distinctIds.chain((list) =>
          fc.tuple(fc.constant(list), fc.constantFrom(...list), fc.integer({ min: -3, max: 13 })),
        ),
        ([list, id, toIndex]) => {
          const moved = moveInSequence(list, id, toIndex)
          expect(moved.length).toBe(list.length)
          expect(moved.indexOf(id)).toBe(Math.max(0, Math.min(toIndex, list.length - 1)))
          expect(moved.filter((x) => x !== id)).toEqual(list.filter((x) => x !== id))
        },
      ),
    )
  })
})

describe('shotNumbers', () => {
  it('numbers shots from 1 in film order', () => {
    expect([...shotNumbers(['x', 'y', 'z'])]).toEqual([
      ['x', 1],
      ['y', 2],
      ['z', 3],
    ])
    expect(shotNumbers([]).size).toBe(0)
  })
})

describe('gatherInSequence', () => {
  const order = ['a', 'b', 'c', 'd', 'e', 'f']

  it('brings the cards together where the first of them stands, in film order', () => {
    expect(gatherInSequence(order, ['e', 'b', 'd'])).toEqual(['a', 'b', 'd', 'e', 'c', 'f'])
    expect(gatherInSequence(order, ['f', 'a'])).toEqual(['a', 'f', 'b', 'c', 'd', 'e'])
  })

  it('leaves the order alone when the cards already run together or are unknown', () => {
    expect(gatherInSequence(order, ['c', 'd'])).toEqual(order)
    expect(gatherInSequence(order, ['x'])).toEqual(order)
    expect(gatherInSequence(order, [])).toEqual(order)
  })

  it('keeps every card exactly once and the gathered ones contiguous', () => {
    fc.assert(
      fc.property(fc.subarray(order), (ids) => {
        const next = gatherInSequence(order, ids)
        expect([...next].sort()).toEqual(order)
        const positions = ids.map((id) => next.indexOf(id)).sort((x, y) => x - y)
        positions.forEach((p, i) => expect(p).toBe((positions[0] as number) + i))
        const others = next.filter((id) => !ids.includes(id))
        expect(others).toEqual(order.filter((id) => !ids.includes(id)))
      }),
    )
  })
})
