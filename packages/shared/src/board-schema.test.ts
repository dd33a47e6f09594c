import { createShapeId, toRichText } from '@tldraw/tlschema'
import { describe, expect, it } from 'vitest'
import { DEFAULT_PAGE_ID, baseBoardRecords } from './board-init.js'
import { DOCUMENT_RECORD_TYPES, checkBoardRecord } from './board-schema.js'
import { SCENE_CARD_TYPE, defaultSceneCardProps } from './scene-card.js'

function shape(type: string, props: Record<string, unknown>): Record<string, unknown> {
  return {
    typeName: 'shape',
    id: createShapeId(),
    type,
    parentId: DEFAULT_PAGE_ID,
    index: 'a1',
    x: 10,
    y: 20,
    rotation: 0,
    isLocked: false,
    opacity: 1,
    meta: {},
    props,
  }
}

const geoProps = {
  geo: 'rectangle',
  dash: 'draw',
  url: '',
  w: 100,
  h: 80,
  growY: 0,
  scale: 1,
  flipX: false,
  flipY: false,
  labelColor: 'black',
  color: 'black',
  fill: 'none',
  size: 'm',
  font: 'draw',
  align: 'middle',
  verticalAlign: 'middle',
  richText: toRichText('Act one'),
}

const validShapes = {
  geo: shape('geo', geoProps),
  frame: shape('frame', { w: 800, h: 600, name: 'Act one', color: 'black' }),
  text: shape('text', {
    color: 'black',
    size: 'm',
    font: 'draw',
    textAlign: 'start',
    w: 200,
    richText: toRichText('Notes'),
    scale: 1,
    autoSize: true,
  }),
  note: shape('note', {
    color: 'yellow',
    labelColor: 'black',
    size: 'm',
    font: 'draw',
    fontSizeAdjustment: null,
    align: 'middle',
    verticalAlign: 'middle',
    growY: 0,
    url: '',
    richText: toRichText('Reshoot?'),
    scale: 1,
    textLastEditedBy: null,
  }),
  [SCENE_CARD_TYPE]: shape(SCENE_CARD_TYPE, { ...defaultSceneCardProps() }),
}

describe('checkBoardRecord', () => {
  it('passes the document and page every board starts with', () => {
    for (const record of baseBoardRecords()) {
      expect(checkBoardRecord(record)).toEqual({ ok: true, record })
    }
  })

  it.each(Object.entries(validShapes))('passes a valid %s shape', (_type, record) => {
    expect(checkBoardRecord(record)).toMatchObject({ ok: true })
  })

  it.each([null, undefined, 42, 'shape', true])('refuses a non-object (%j)', (value) => {
    expect(checkBoardRecord(value)).toEqual({ ok: false, reason: 'not an object' })
  })

  it('refuses records of unknown or session-only types, naming the type', () => {
    expect(checkBoardRecord({ typeName: 'spaceship', id: 'spaceship:1' })).toEqual({
      ok: false,
      reason: 'unknown record type "spaceship"',
    })
    expect(checkBoardRecord({ id: 'x' })).toMatchObject({ ok: false })
    for (const sessionType of ['instance', 'camera', 'pointer', 'instance_page_state']) {
      expect(DOCUMENT_RECORD_TYPES.has(sessionType)).toBe(false)
      expect(checkBoardRecord({ typeName: sessionType })).toMatchObject({ ok: false })
    }
  })

  it('refuses a shape of unknown type with a reason', () => {
    const check = checkBoardRecord(shape('hologram', {}))
    expect(check.ok).toBe(false)
    if (!check.ok) expect(check.reason).toMatch(/hologram/)
  })

  it('refuses bad props with a reason naming the prop', () => {
    const check = checkBoardRecord(shape('geo', { ...geoProps, color: 'ultraviolet' }))
    expect(check.ok).toBe(false)
    if (!check.ok) expect(check.reason).toMatch(/color/)
  })

  it('refuses a shape with a bad base field', () => {
    expect(checkBoardRecord({ ...validShapes.geo, x: 'left' })).toMatchObject({ ok: false })
    expect(checkBoardRecord({ ...validShapes.geo, id: 'not-a-shape-id' })).toMatchObject({
      ok: false,
    })
  })
})
