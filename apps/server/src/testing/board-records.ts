/**
 * Building board records in tests, and writing them the way the web app's YKeyValue does
 * (`kv.set` deletes the old entry and appends a new one).
 */
import {
  DEFAULT_PAGE_ID,
  defaultSceneCardProps,
  defaultShotSpec,
  type SceneCardProps,
  type ShotSpec,
} from '@sceneboard/shared'

export type PlainRecord = Record<string, unknown> & { id: string }

export function sceneCard(
  id: string,
  props: Partial<Omit<SceneCardProps, 'spec'>> & { spec?: Partial<ShotSpec> } = {},
  fields: Record<string, unknown> = {},
): PlainRecord {
  return {
    typeName: 'shape',
    id,
    type: 'scene-card',
    parentId: DEFAULT_PAGE_ID,
    index: 'a1',
    x: 0,
    y: 0,
    rotation: 0,
    isLocked: false,
    opacity: 1,
    meta: {},
    props: defaultSceneCardProps({ ...props, spec: defaultShotSpec(props.spec) }),
    ...fields,
  }
}

/** The same card with some shot-spec fields changed (values may be invalid on purpose). */
export function withSpec(card: PlainRecord, spec: Record<string, unknown>): PlainRecord {
  const props = card.props as { spec: Record<string, unknown> }
  return { ...card, props: { ...props, spec: { ...props.spec, ...spec } } }
}
