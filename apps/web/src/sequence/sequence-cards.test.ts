import { SCENE_CARD_TYPE, defaultSceneCardProps, defaultShotSpec } from '@sceneboard/shared'
import { describe, expect, it } from 'vitest'
import { sequenceCards } from './sequence-cards'

const spec = { ...defaultShotSpec(), durationSeconds: 6 }
const shapes = new Map<string, { typeName: string; type: string; props?: unknown }>([
  [
    'shape:b',
    {
      typeName: 'shape',
      type: SCENE_CARD_TYPE,
      props: defaultSceneCardProps({ title: 'Dawn', spec, selectedTakeId: 'take:1' }),
    },
  ],
  ['shape:a', { typeName: 'shape', type: SCENE_CARD_TYPE, props: defaultSceneCardProps() }],
  ['shape:note', { typeName: 'shape', type: 'note' }],
])

describe('sequenceCards', () => {
  it('lists the scene cards in film order with what the strip and the player read', () => {
    const cards = sequenceCards(['shape:b', 'shape:a'], (id) => shapes.get(id))
    expect(cards).toEqual([
      { id: 'shape:b', title: 'Dawn', durationSeconds: 6, selectedTakeId: 'take:1', spec },
      {
        id: 'shape:a',
        title: '',
        durationSeconds: defaultShotSpec().durationSeconds,
        selectedTakeId: null,
        spec: defaultShotSpec(),
      },
    ])
  })

  it('leaves out ids that are not scene cards on the canvas', () => {
    const cards = sequenceCards(['shape:gone', 'shape:note', 'shape:a'], (id) => shapes.get(id))
    expect(cards.map((card) => card.id)).toEqual(['shape:a'])
  })
})
