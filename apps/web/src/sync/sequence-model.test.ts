import { gatherInSequence, moveInSequence, sequenceArray } from '@sceneboard/shared'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { IDS, boardWithCards as setup } from './sequence-fixtures.js'

describe('SequenceModel', () => {
  it('orders cards by the stored sequence and appends unplaced ones', () => {
    const { model } = setup([IDS[2]!, IDS[0]!], [IDS[0]!, IDS[1]!, IDS[2]!])
    expect(model.getOrder()).toEqual([IDS[2], IDS[0], IDS[1]])
  })

  it('moves a card to the asked position, whatever the stored array holds', () => {
    const idArb = fc.constantFrom(...IDS)
    fc.assert(
      fc.property(
        fc.array(idArb, { maxLength: 10 }),
        fc.uniqueArray(idArb, { minLength: 1 }),
        fc.array(fc.tuple(fc.nat({ max: IDS.length - 1 }), fc.nat({ max: 7 })), { maxLength: 8 }),
        (stored, cards, moves) => {
          const { model, doc } = setup(stored, cards)
          for (const [which, to] of moves) {
            const id = cards[which % cards.length]!
            const expected = moveInSequence(model.getOrder(), id, to)
            model.move(id, to)
            expect(model.getOrder()).toEqual(expected)
          }
          expect(sequenceArray(doc).length).toBeLessThanOrEqual(
            Math.max(stored.length, cards.length) + 1,
          )
        },
      ),
      { numRuns: 300 },
    )
  })

  it('notifies subscribers when the order changes, and only then', () => {
    const { model, doc } = setup([IDS[0]!, IDS[1]!], [IDS[0]!, IDS[1]!])
    let calls = 0
    model.subscribe(() => calls++)
    model.move(IDS[1]!, 0)
    expect(calls).toBe(1)
    doc.getMap('meta').set('title', 'unrelated')
    expect(calls).toBe(1)
  })

  it('gathers cards into one run in a single document change', () => {
    const idArb = fc.constantFrom(...IDS)
    fc.assert(
      fc.property(
        fc.array(idArb, { maxLength: 10 }),
        fc.uniqueArray(idArb, { minLength: 1 }),
        fc.uniqueArray(idArb),
        (stored, cards, ids) => {
          const { model, doc } = setup(stored, cards)
          const expected = gatherInSequence(model.getOrder(), ids)
          let updates = 0
          doc.on('update', () => updates++)
          model.gather(ids)
          expect(model.getOrder()).toEqual(expected)
          expect(updates).toBeLessThanOrEqual(1)
        },
      ),
      { numRuns: 300 },
    )
  })
})
