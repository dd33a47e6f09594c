import { describe, expect, it } from 'vitest'
import { scenesFromFrames, type BoardRecordLike } from './board-scenes.js'

const frame = (id: string, parentId: string, name: string): BoardRecordLike => ({
  id,
  typeName: 'shape',
  type: 'frame',
  parentId,
  props: { name },
})
const card = (id: string, parentId: string): BoardRecordLike => ({
  id,
  typeName: 'shape',
  type: 'scene-card',
  parentId,
})

describe('scenesFromFrames', () => {
  it('groups cards by their nearest frame, labelled with its name and the act around it', () => {
    const records: BoardRecordLike[] = [
      { id: 'page:1', typeName: 'page' },
      frame('shape:f1', 'page:1', 'Act one'),
      frame('shape:f2', 'shape:f1', ''),
      frame('shape:f3', 'shape:f1', ' The storm '),
      card('shape:a', 'shape:f1'),
      card('shape:b', 'shape:f2'),
      card('shape:c', 'page:1'),
      card('shape:d', 'shape:f1'),
      card('shape:e', 'shape:f3'),
    ]
    expect(scenesFromFrames(records)).toEqual([
      { id: 'shape:f1', cardIds: ['shape:a', 'shape:d'], label: 'Act one' },
      { id: 'shape:f2', cardIds: ['shape:b'], act: 'Act one' },
      { id: 'shape:f3', cardIds: ['shape:e'], label: 'The storm', act: 'Act one' },
    ])
  })

  it('finds a frame through a group between it and the card', () => {
    const records: BoardRecordLike[] = [
      frame('shape:f', 'page:1', 'Scene 1'),
      { id: 'shape:g', typeName: 'shape', type: 'group', parentId: 'shape:f' },
      card('shape:a', 'shape:g'),
    ]
    expect(scenesFromFrames(records)).toEqual([
      { id: 'shape:f', cardIds: ['shape:a'], label: 'Scene 1' },
    ])
  })

  it('ignores frames without cards and survives a parent cycle', () => {
    const records: BoardRecordLike[] = [
      frame('shape:empty', 'page:1', 'Empty'),
      { id: 'shape:g1', typeName: 'shape', type: 'group', parentId: 'shape:g2' },
      { id: 'shape:g2', typeName: 'shape', type: 'group', parentId: 'shape:g1' },
      card('shape:a', 'shape:g1'),
      card('shape:b', 'shape:missing'),
    ]
    expect(scenesFromFrames(records)).toEqual([])
  })
})
