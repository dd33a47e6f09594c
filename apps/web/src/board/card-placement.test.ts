import { describe, expect, it } from 'vitest'
import { CARD_GAP, nextCardPosition } from './card-placement'

const size = { w: 360, h: 420 }

describe('nextCardPosition', () => {
  it('centres the first card on the view', () => {
    expect(nextCardPosition(size, null, [], { x: 500, y: 300 })).toEqual({ x: 320, y: 90 })
  })

  it('puts a card one gap right of the last card in the film', () => {
    const last = { x: 100, y: 50, w: 360, h: 420 }
    expect(nextCardPosition(size, last, [last], { x: 0, y: 0 })).toEqual({
      x: 100 + 360 + CARD_GAP,
      y: 50,
    })
  })

  it('skips past cards already standing there', () => {
    const last = { x: 0, y: 0, w: 360, h: 420 }
    const inTheWay = { x: 440, y: 100, w: 360, h: 420 }
    expect(nextCardPosition(size, last, [last, inTheWay], { x: 0, y: 0 })).toEqual({
      x: 440 + 360 + CARD_GAP,
      y: 0,
    })
  })
})
