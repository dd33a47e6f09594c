import { describe, expect, it } from 'vitest'
import { numberShots, readShotNumberingStyle, sceneName, shotLetters } from './shot-numbering.js'

const order = ['a', 'b', 'c', 'd', 'e', 'f']
const numbers = (map: Map<string, { number: string }>) => order.map((id) => map.get(id)?.number)

describe('shot numbering', () => {
  it('counts 1, 2, 3 in plain numbering, whatever the scenes', () => {
    const map = numberShots(order, { style: 'plain', scenes: [{ cardIds: ['b', 'c'] }] })
    expect(numbers(map)).toEqual(['1', '2', '3', '4', '5', '6'])
    expect(map.get('a')?.sceneNumber).toBeNull()
  })

  it('letters shots within scenes: 1A, 1B, 2A', () => {
    const scenes = [{ cardIds: ['a', 'b', 'c'] }, { cardIds: ['d', 'e', 'f'], label: 'The storm' }]
    const map = numberShots(order, { style: 'scene-letter', scenes })
    expect(numbers(map)).toEqual(['1A', '1B', '1C', '2A', '2B', '2C'])
    expect(map.get('d')).toEqual({
      number: '2A',
      sceneNumber: '2',
      sceneLabel: 'The storm',
      sceneOrdinal: 2,
      sceneId: 'scene-1',
      act: null,
    })
  })

  it('numbers with a dot: 12.1, 12.2 with a scene number as written', () => {
    const scenes = [{ cardIds: ['a', 'b'], number: '12' }, { cardIds: ['c'] }]
    const map = numberShots(order.slice(0, 3), { style: 'scene-dot', scenes })
    expect(order.slice(0, 3).map((id) => map.get(id)?.number)).toEqual(['12.1', '12.2', '2.1'])
  })

  it('makes each run of ungrouped cards a scene of its own', () => {
    const scenes = [{ cardIds: ['c', 'd'] }]
    const map = numberShots(order, { style: 'scene-letter', scenes })
    expect(numbers(map)).toEqual(['1A', '1B', '2A', '2B', '3A', '3B'])
  })

  it('keeps an intercut scene its number and counts on', () => {
    const scenes = [{ cardIds: ['a', 'c', 'e'] }, { cardIds: ['b', 'd', 'f'] }]
    const map = numberShots(order, { style: 'scene-letter', scenes })
    expect(numbers(map)).toEqual(['1A', '2A', '1B', '2B', '1C', '2C'])
  })

  it('follows the film order, not the order scenes are listed in', () => {
    const scenes = [{ cardIds: ['e', 'f'] }, { cardIds: ['a', 'b', 'c', 'd'] }]
    expect(numbers(numberShots(order, { style: 'scene-dot', scenes }))).toEqual([
      '1.1',
      '1.2',
      '1.3',
      '1.4',
      '2.1',
      '2.2',
    ])
  })

  it('runs letters past Z as AA, AB', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(shotLetters)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ])
  })

  it('tells which scene and act each shot is in, in every style', () => {
    const scenes = [{ id: 'shape:storm', cardIds: ['c', 'd'], label: 'The storm', act: 'Act two' }]
    const map = numberShots(order, { style: 'plain', scenes })
    const about = (id: string) => {
      const shot = map.get(id)
      return [shot?.sceneOrdinal, shot?.sceneId, shot?.sceneLabel, shot?.act]
    }
    expect(about('a')).toEqual([1, null, null, null])
    expect(about('b')).toEqual([1, null, null, null])
    expect(about('c')).toEqual([2, 'shape:storm', 'The storm', 'Act two'])
    expect(about('d')).toEqual([2, 'shape:storm', 'The storm', 'Act two'])
    expect(about('e')).toEqual([3, null, null, null])
  })

  it('reads a stored style, falling back to plain for anything else', () => {
    expect(readShotNumberingStyle('scene-dot')).toBe('scene-dot')
    expect(readShotNumberingStyle('scene-letter')).toBe('scene-letter')
    expect(readShotNumberingStyle(undefined)).toBe('plain')
    expect(readShotNumberingStyle('1A')).toBe('plain')
    expect(readShotNumberingStyle(3)).toBe('plain')
  })

  it('names a scene by its frame, its number when unnamed, after its act', () => {
    const scenes = [
      { id: 'f1', cardIds: ['b'], label: 'The storm', act: 'Act two' },
      { id: 'f2', cardIds: ['d'] },
    ]
    const map = numberShots(order, { style: 'scene-dot', scenes })
    const name = (id: string) => sceneName(map.get(id)!)
    expect(name('a')).toBeNull()
    expect(name('b')).toBe('Act two · The storm')
    expect(name('d')).toBe('Scene 4')
  })
})
