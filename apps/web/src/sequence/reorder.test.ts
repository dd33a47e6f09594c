import { moveInSequence } from '@sceneboard/shared'
import { describe, expect, it } from 'vitest'
import { dropSideAt, dropTargetIndex, keyboardMoveIndex } from './reorder'

const order = ['a', 'b', 'c', 'd']

function drop(id: string, over: string, side: 'before' | 'after') {
  const to = dropTargetIndex(order.indexOf(id), order.indexOf(over), side)
  return moveInSequence(order, id, to)
}

describe('sequence reordering', () => {
  it('drops a card before or after another, dragging right', () => {
    expect(drop('a', 'c', 'before')).toEqual(['b', 'a', 'c', 'd'])
    expect(drop('a', 'c', 'after')).toEqual(['b', 'c', 'a', 'd'])
    expect(drop('a', 'd', 'after')).toEqual(['b', 'c', 'd', 'a'])
  })

  it('drops a card before or after another, dragging left', () => {
    expect(drop('d', 'a', 'before')).toEqual(['d', 'a', 'b', 'c'])
    expect(drop('d', 'b', 'after')).toEqual(['a', 'b', 'd', 'c'])
  })

  it('leaves the order alone when dropped on its own place', () => {
    expect(drop('b', 'b', 'before')).toEqual(order)
    expect(drop('b', 'b', 'after')).toEqual(order)
    expect(drop('b', 'c', 'before')).toEqual(order)
  })

  it('moves one step with the keyboard and stops at the ends', () => {
    expect(keyboardMoveIndex(1, 4, -1)).toBe(0)
    expect(keyboardMoveIndex(0, 4, -1)).toBeNull()
    expect(keyboardMoveIndex(3, 4, 1)).toBeNull()
  })

  it('splits a tile into halves', () => {
    expect(dropSideAt(10, 0, 100)).toBe('before')
    expect(dropSideAt(60, 0, 100)).toBe('after')
  })
})
