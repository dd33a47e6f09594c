/**
 * The tldraw store schema of a Sceneboard board: tldraw's default shapes and bindings plus the
 * scene card. Both the web editor and the server's record checks are built from this one schema.
 */
import {
  createTLSchema,
  defaultBindingSchemas,
  defaultShapeSchemas,
  type TLRecord,
} from '@tldraw/tlschema'
import { SCENE_CARD_TYPE, sceneCardMigrations, sceneCardShapeProps } from './scene-card.js'

export const boardShapeSchemas = {
  ...defaultShapeSchemas,
  [SCENE_CARD_TYPE]: { props: sceneCardShapeProps, migrations: sceneCardMigrations },
}

export const boardSchema = createTLSchema({
  shapes: boardShapeSchemas,
  bindings: defaultBindingSchemas,
})

/** Record types that belong to the shared document (others are per-session and never synced). */
export const DOCUMENT_RECORD_TYPES: ReadonlySet<string> = new Set(
  Object.values(boardSchema.types)
    .filter((type) => type.scope === 'document')
    .map((type) => type.typeName),
)

export type RecordCheck = { ok: true; record: TLRecord } | { ok: false; reason: string }

/** Checks one record against the board schema, as the server does before storing it. */
export function checkBoardRecord(value: unknown): RecordCheck {
  if (typeof value !== 'object' || value === null) return { ok: false, reason: 'not an object' }
  const typeName = (value as { typeName?: unknown }).typeName
  if (typeof typeName !== 'string' || !DOCUMENT_RECORD_TYPES.has(typeName)) {
    return { ok: false, reason: `unknown record type ${JSON.stringify(typeName)}` }
  }
  const type = boardSchema.types[typeName as keyof typeof boardSchema.types]
  try {
    type.validate(value as never)
    return { ok: true, record: value as TLRecord }
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) }
  }
}
