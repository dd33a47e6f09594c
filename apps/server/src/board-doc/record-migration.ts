/**
 * Bringing a stored board's records up to the current board schema when it loads (rule VAL-8).
 *
 * `meta.schema` says which version of each record type a board's records were written with. When
 * the shared schema moved on since (a new scene-card prop, say), the stored records would fail the
 * current checks and be removed as invalid. So before checking a loaded board, the server runs
 * the schema's migrations over its records, writes back those that changed (fresh YKeyValue
 * entries) and records the new schema: stored, like any repair, and sent to every client.
 */
import {
  META_KEYS,
  boardSchema,
  metaMap,
  recordsArray,
  type KeyValueEntry,
} from '@sceneboard/shared'
import * as Y from 'yjs'
import { deleteIndexes, forEachElement } from './array-walk.js'
import { isPlainObject } from './document-rules.js'

type StoreSnapshot = Parameters<typeof boardSchema.migrateStoreSnapshot>[0]

export type RecordMigration =
  | { status: 'current' }
  | { status: 'migrated'; changed: number }
  /** The stored schema is unreadable or newer than this server's: the records are left alone. */
  | { status: 'not-migrated'; reason: string }

function sequenceVersions(schema: unknown): string | null {
  if (!isPlainObject(schema) || !isPlainObject(schema.sequences)) return null
  return JSON.stringify(Object.entries(schema.sequences).sort(([a], [b]) => a.localeCompare(b)))
}

/** Migrates the records of a freshly loaded doc in one transaction tagged `origin`. */
export function migrateLoadedRecords(doc: Y.Doc, origin: unknown): RecordMigration {
  const meta = metaMap(doc)
  const stored = meta.get(META_KEYS.schema)
  const current = boardSchema.serialize()
  const storedVersions = sequenceVersions(stored)
  if (storedVersions === null) return { status: 'not-migrated', reason: 'no readable schema' }
  if (storedVersions === sequenceVersions(current)) return { status: 'current' }

  const records = recordsArray<unknown>(doc)
  const latest = new Map<string, unknown>()
  forEachElement(records as Y.Array<unknown>, (value) => {
    if (isPlainObject(value) && typeof value.key === 'string') latest.set(value.key, value.val)
  })
  const snapshot = { store: Object.fromEntries(latest), schema: stored } as unknown as StoreSnapshot
  const result = boardSchema.migrateStoreSnapshot(snapshot)
  if (result.type !== 'success') return { status: 'not-migrated', reason: String(result.reason) }

  const migrated = result.value as Record<string, unknown>
  const changed = [...latest.entries()].filter(
    ([key, value]) => JSON.stringify(migrated[key]) !== JSON.stringify(value),
  )
  const changedKeys = new Set(changed.map(([key]) => key))
  Y.transact(
    doc,
    () => {
      const doomed: number[] = []
      forEachElement(records as Y.Array<unknown>, (value, position) => {
        const key = isPlainObject(value) ? value.key : undefined
        if (typeof key === 'string' && changedKeys.has(key)) doomed.push(position)
      })
      deleteIndexes(records as Y.Array<unknown>, doomed)
      const fresh: KeyValueEntry<unknown>[] = changed
        .filter(([key]) => migrated[key] !== undefined)
        .map(([key]) => ({ key, val: migrated[key] }))
      if (fresh.length > 0) records.push(fresh)
      meta.set(META_KEYS.schema, current)
    },
    origin,
  )
  return { status: 'migrated', changed: changed.length }
}
