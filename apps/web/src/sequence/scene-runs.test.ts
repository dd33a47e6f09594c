import { numberShots } from '@sceneboard/shared'
import { describe, expect, it } from 'vitest'
import { newSceneName, sceneBands } from './scene-runs'

describe('sceneBands', () => {
  const order = ['a', 'b', 'c', 'd', 'e']

  it('bands consecutive shots of a scene, labelled on the first, loose shots unbanded', () => {
    const shots = numberShots(order, {
      style: 'scene-letter',
      scenes: [
        { id: 'f1', cardIds: ['b', 'c'], label: 'The storm', act: 'Act one' },
        { id: 'f2', cardIds: ['d'] },
      ],
    })
    const bands = sceneBands(order, shots)
    expect(bands[0]).toBeNull()
    expect(bands[1]).toEqual({
      sceneId: 'f1',
      label: 'Act one · The storm',
      tone: 1,
      start: true,
      end: false,
    })
    expect(bands[2]).toMatchObject({ sceneId: 'f1', start: false, end: true })
    expect(bands[3]).toEqual({ sceneId: 'f2', label: 'Scene 3', tone: 2, start: true, end: true })
    expect(bands[4]).toBeNull()
  })

  it('starts a new run where an intercut scene comes back', () => {
    const shots = numberShots(order, {
      style: 'plain',
      scenes: [
        { id: 'x', cardIds: ['a', 'c'], label: 'X' },
        { id: 'y', cardIds: ['b'], label: 'Y' },
      ],
    })
    const bands = sceneBands(order, shots)
    expect(bands.map((band) => band && [band.label, band.start, band.end])).toEqual([
      ['X', true, true],
      ['Y', true, true],
      ['X', true, true],
      null,
      null,
    ])
  })
})

describe('newSceneName', () => {
  const order = ['a', 'b', 'c', 'd', 'e']

  it('names a scene by the number its shots will carry once gathered', () => {
    expect(newSceneName(order, ['b', 'd'], [])).toBe('Scene 2')
    expect(newSceneName(order, ['a', 'b'], [])).toBe('Scene 1')
    expect(newSceneName(order, ['e'], [{ id: 'f', cardIds: ['b', 'c'] }])).toBe('Scene 4')
  })

  it('takes cards out of the scene they were in before counting', () => {
    expect(newSceneName(order, ['c'], [{ id: 'f', cardIds: ['b', 'c'] }])).toBe('Scene 3')
  })
})
