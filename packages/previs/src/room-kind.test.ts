import { describe, expect, it } from 'vitest'
import { roomKind } from './room-kind.js'

describe('the kind of a room', () => {
  it('comes from the first room word of the environment', () => {
    expect(roomKind('a cramped kitchen at dawn')).toBe('kitchen')
    expect(roomKind('a smoky bar')).toBe('bar')
    expect(roomKind('an Irish pub')).toBe('bar')
    expect(roomKind('a newsroom late at night')).toBe('office')
    expect(roomKind("a child's bedroom")).toBe('bedroom')
    expect(roomKind('the old library')).toBe('library')
    expect(roomKind('a roadside diner')).toBe('cafe')
    expect(roomKind('a café in Paris')).toBe('cafe')
    expect(roomKind('a kitchen behind the bar')).toBe('kitchen')
    expect(roomKind('a concert hall')).toBe('stage')
    expect(roomKind('the stage of an old theatre')).toBe('stage')
    expect(roomKind('an opera house')).toBe('stage')
    expect(roomKind('a candlelit chapel')).toBe('church')
    expect(roomKind('the nave of a cathedral')).toBe('church')
  })

  it('takes the second of two room words side by side: the room it names', () => {
    expect(roomKind('a restaurant kitchen')).toBe('kitchen')
    expect(roomKind('a hotel bar at midnight')).toBe('bar')
    expect(roomKind('a cafe with a bar')).toBe('cafe')
  })

  it('is a plain room when no kind is named', () => {
    expect(roomKind('a plain grey studio interior')).toBe('room')
    expect(roomKind('inside the tower, rivets and peeling whitewash')).toBe('room')
    expect(roomKind('a barn')).toBe('room')
  })
})
