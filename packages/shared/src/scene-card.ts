/**
 * The scene card: schema half of the `scene-card` tldraw shape (its ShapeUtil lives in apps/web).
 * Props validators and the migration sequence live here so the server checks records against
 * exactly what the browser renders.
 */
import {
  createShapePropsMigrationIds,
  createShapePropsMigrationSequence,
  type RecordProps,
  type TLBaseShape,
} from '@tldraw/tlschema'
import { T } from '@tldraw/validate'
import { z } from 'zod'
import { defaultShotSpec, shotSpecSchema, type ShotSpec } from './shot-spec.js'
import { TAKE_ID_PATTERN } from './take.js'
import { validatorFromZod } from './zod-validator.js'

export const SCENE_CARD_TYPE = 'scene-card' as const
export const SCENE_CARD_TITLE_MAX = 200
export const SCENE_CARD_DEFAULT_SIZE = { w: 360, h: 420 } as const

export interface SceneCardProps {
  w: number
  h: number
  title: string
  spec: ShotSpec
  /** The take the card shows and the animatic plays; null until one is chosen. */
  selectedTakeId: string | null
}

export type SceneCardShape = TLBaseShape<typeof SCENE_CARD_TYPE, SceneCardProps>

declare module '@tldraw/tlschema' {
  interface TLGlobalShapePropsMap {
    [SCENE_CARD_TYPE]: SceneCardProps
  }
}

export const sceneCardPropsSchema = z.object({
  w: z.number().positive().finite(),
  h: z.number().positive().finite(),
  title: z.string().max(SCENE_CARD_TITLE_MAX),
  spec: shotSpecSchema,
  selectedTakeId: z.string().regex(TAKE_ID_PATTERN).nullable(),
})

export const sceneCardShapeProps: RecordProps<SceneCardShape> = {
  w: T.nonZeroNumber,
  h: T.nonZeroNumber,
  title: validatorFromZod(sceneCardPropsSchema.shape.title),
  spec: validatorFromZod(shotSpecSchema),
  selectedTakeId: validatorFromZod(sceneCardPropsSchema.shape.selectedTakeId),
}

export const sceneCardVersions = createShapePropsMigrationIds(SCENE_CARD_TYPE, {
  AddSpecSeed: 1,
  AddSelectedTake: 2,
})

/**
 * Every change to the persisted props adds a step here, with a test beside it.
 * v1 (AddSpecSeed): cards saved before seeds existed get seed 1.
 * v2 (AddSelectedTake): cards get `selectedTakeId: null`.
 */
export const sceneCardMigrations = createShapePropsMigrationSequence({
  sequence: [
    {
      id: sceneCardVersions.AddSpecSeed,
      up(props: { spec?: Record<string, unknown> }) {
        if (props.spec && typeof props.spec.seed !== 'number') props.spec.seed = 1
      },
      down(props: { spec?: Record<string, unknown> }) {
        if (props.spec) delete props.spec.seed
      },
    },
    {
      id: sceneCardVersions.AddSelectedTake,
      up(props: { selectedTakeId?: unknown }) {
        props.selectedTakeId = null
      },
      down(props: { selectedTakeId?: unknown }) {
        delete props.selectedTakeId
      },
    },
  ],
})

export function defaultSceneCardProps(overrides: Partial<SceneCardProps> = {}): SceneCardProps {
  return {
    ...SCENE_CARD_DEFAULT_SIZE,
    title: '',
    spec: defaultShotSpec(),
    selectedTakeId: null,
    ...overrides,
  }
}

export function isSceneCard(record: {
  typeName?: string
  type?: string
}): record is SceneCardShape {
  return record.typeName === 'shape' && record.type === SCENE_CARD_TYPE
}
