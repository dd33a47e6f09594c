import { createShapeId, type TLRecord, type TLShapeId } from '@tldraw/tlschema'
import { describe, expect, it } from 'vitest'
import { DEFAULT_PAGE_ID } from './board-init.js'
import { boardSchema, checkBoardRecord } from './board-schema.js'
import {
  SCENE_CARD_TITLE_MAX,
  SCENE_CARD_TYPE,
  defaultSceneCardProps,
  isSceneCard,
  sceneCardShapeProps,
  sceneCardVersions,
  type SceneCardProps,
} from './scene-card.js'
import { defaultShotSpec } from './shot-spec.js'

const SEQUENCE_ID = `com.tldraw.shape.${SCENE_CARD_TYPE}`

function sceneCardRecord(props: unknown): Record<string, unknown> {
  return {
    typeName: 'shape',
    id: createShapeId('card'),
    type: SCENE_CARD_TYPE,
    parentId: DEFAULT_PAGE_ID,
    index: 'a1',
    x: 0,
    y: 0,
    rotation: 0,
    isLocked: false,
    opacity: 1,
    meta: {},
    props,
  }
}

/** The board schema as it was serialized before the scene card's first migration. */
function schemaAtSceneCardV0() {
  const schema = boardSchema.serialize()
  return { ...schema, sequences: { ...schema.sequences, [SEQUENCE_ID]: 0 } }
}

describe('scene-card props', () => {
  it('accepts the default props', () => {
    const props = defaultSceneCardProps()
    expect(() => sceneCardShapeProps.spec.validate(props.spec)).not.toThrow()
    expect(checkBoardRecord(sceneCardRecord(props))).toMatchObject({ ok: true })
  })

  it('refuses zero size, an overlong title and a bad spec, naming the spec field', () => {
    expect(checkBoardRecord(sceneCardRecord(defaultSceneCardProps({ w: 0 })))).toMatchObject({
      ok: false,
    })
    const title = 'x'.repeat(SCENE_CARD_TITLE_MAX + 1)
    expect(checkBoardRecord(sceneCardRecord(defaultSceneCardProps({ title })))).toMatchObject({
      ok: false,
    })
    const badSpec = { ...defaultShotSpec(), cameraMovement: 'whip-pan' }
    const check = checkBoardRecord(sceneCardRecord({ ...defaultSceneCardProps(), spec: badSpec }))
    expect(check.ok).toBe(false)
    if (!check.ok) expect(check.reason).toContain('cameraMovement')
  })

  it('refuses unknown props', () => {
    const check = checkBoardRecord(sceneCardRecord({ ...defaultSceneCardProps(), colour: 'red' }))
    expect(check.ok).toBe(false)
  })

  it('recognises scene cards among records', () => {
    expect(isSceneCard(sceneCardRecord(defaultSceneCardProps()))).toBe(true)
    expect(isSceneCard({ typeName: 'shape', type: 'geo' })).toBe(false)
    expect(isSceneCard({ typeName: 'page', type: SCENE_CARD_TYPE })).toBe(false)
  })
})

describe('scene-card migrations', () => {
  it('is at version 2 (AddSpecSeed, AddSelectedTake)', () => {
    expect(sceneCardVersions.AddSpecSeed).toBe(`${SEQUENCE_ID}/1`)
    expect(sceneCardVersions.AddSelectedTake).toBe(`${SEQUENCE_ID}/2`)
    expect(boardSchema.serialize().sequences[SEQUENCE_ID]).toBe(2)
  })

  it('migrates a v1 card without a selected take up to selectedTakeId null', () => {
    const { selectedTakeId: _selected, ...propsV1 } = defaultSceneCardProps({ title: 'v1 card' })
    const record = sceneCardRecord(propsV1)
    const schemaV1 = schemaAtSceneCardV0() as { sequences: Record<string, number> }
    const result = boardSchema.migratePersistedRecord(
      record as unknown as TLRecord,
      { ...schemaV1, sequences: { ...schemaV1.sequences, [SEQUENCE_ID]: 1 } } as never,
      'up',
    )
    expect(result.type).toBe('success')
    if (result.type !== 'success') return
    expect((result.value as { props: SceneCardProps }).props.selectedTakeId).toBeNull()
    expect(checkBoardRecord(result.value)).toMatchObject({ ok: true })
  })

  it('migrates a v0 card without a seed up through a store snapshot, to a valid card', () => {
    const { seed: _seed, ...specV0 } = defaultShotSpec({ subject: 'a keeper' })
    const record = sceneCardRecord({ w: 360, h: 420, title: 'Old card', spec: specV0 })
    const id = record.id as TLShapeId
    const result = boardSchema.migrateStoreSnapshot({
      store: { [id]: record as unknown as TLRecord },
      schema: schemaAtSceneCardV0(),
    })
    expect(result.type).toBe('success')
    if (result.type !== 'success') return
    const migrated = result.value[id]!
    expect(checkBoardRecord(migrated)).toMatchObject({ ok: true })
    expect((migrated as { props: SceneCardProps }).props.spec).toEqual({
      ...specV0,
      seed: 1,
    })
  })

  it('keeps an existing seed when migrating up', () => {
    const record = sceneCardRecord(defaultSceneCardProps({ spec: defaultShotSpec({ seed: 9 }) }))
    const result = boardSchema.migratePersistedRecord(
      record as unknown as TLRecord,
      schemaAtSceneCardV0(),
      'up',
    )
    expect(result.type).toBe('success')
    if (result.type === 'success') {
      expect((result.value as { props: SceneCardProps }).props.spec.seed).toBe(9)
    }
  })

  it('migrates down to v0 by dropping the seed', () => {
    const record = sceneCardRecord(defaultSceneCardProps({ spec: defaultShotSpec({ seed: 9 }) }))
    const result = boardSchema.migratePersistedRecord(
      record as unknown as TLRecord,
      schemaAtSceneCardV0(),
      'down',
    )
    expect(result.type).toBe('success')
    if (result.type === 'success') {
      const spec = (result.value as { props: { spec: Record<string, unknown> } }).props.spec
      expect(spec).not.toHaveProperty('seed')
      expect(spec.subject).toBe('')
    }
  })
})
