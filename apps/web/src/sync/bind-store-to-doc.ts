/**
 * The tldraw store <-> Y.Doc binding: the one module that moves document records between a
 * tldraw store and a board's Y.Doc (layout in packages/shared/src/doc-layout.ts).
 *
 * - Records live in the `records` array in the YKeyValue layout: a replaced record deletes its
 *   old entry, so the document stays small however often a record changes.
 * - Local edits (`source: 'user'`, `scope: 'document'`) are written in one Y transaction tagged
 *   with this binding's origin; a new scene card is also appended to the sequence there.
 * - Remote changes arrive through YKeyValue's change events and are applied with
 *   `store.mergeRemoteChanges`, so they never echo back and never enter the local undo stack.
 * - On start, records written with an older store schema are migrated and written back.
 */
import {
  DOC_LAYOUT_VERSION,
  isSceneCard,
  META_KEYS,
  metaMap,
  recordsArray,
  sequenceArray,
} from '@sceneboard/shared'
import type { SerializedSchema, Store } from '@tldraw/store'
import type { TLRecord } from '@tldraw/tlschema'
import { YKeyValue } from 'y-utility/y-keyvalue'
import type * as Y from 'yjs'

export interface StoreDocBinding {
  /** Stops syncing in both directions. */
  dispose(): void
}

export class BoardSchemaError extends Error {}

type KeyValueChange =
  | { action: 'add'; newValue: TLRecord }
  | { action: 'update'; oldValue: TLRecord; newValue: TLRecord }
  | { action: 'delete'; oldValue: TLRecord }

function isDocumentRecord(store: Store<TLRecord>, record: TLRecord): boolean {
  return store.schema.types[record.typeName]?.scope === 'document'
}

/**
 * Reads the board's records from the document, migrated to the store's schema. Throws
 * BoardSchemaError when the document was written by a newer version of the app.
 */
function readMigratedRecords(
  store: Store<TLRecord>,
  kv: YKeyValue<TLRecord>,
  doc: Y.Doc,
): { records: TLRecord[]; changed: TLRecord[] } {
  const stored: Record<string, TLRecord> = {}
  for (const [key, entry] of kv.map) stored[key] = entry.val
  const storedSchema = metaMap(doc).get(META_KEYS.schema) as SerializedSchema | undefined
  const current = store.schema.serialize()
  if (!storedSchema || JSON.stringify(storedSchema) === JSON.stringify(current)) {
    return { records: Object.values(stored), changed: [] }
  }
  const result = store.schema.migrateStoreSnapshot({ store: stored, schema: storedSchema })
  if (result.type === 'error') {
    throw new BoardSchemaError(
      result.reason === 'target-version-too-old'
        ? 'This board was saved by a newer version of Sceneboard: reload the page to update.'
        : `This board could not be migrated (${result.reason}).`,
    )
  }
  const migrated = Object.values(result.value) as TLRecord[]
  const changed = migrated.filter(
    (record) => JSON.stringify(record) !== JSON.stringify(stored[record.id]),
  )
  return { records: migrated, changed }
}

/** Puts records into the store one by one where a batch fails, skipping any the schema refuses. */
function putRemote(store: Store<TLRecord>, records: TLRecord[]): void {
  if (records.length === 0) return
  try {
    store.put(records)
  } catch {
    for (const record of records) {
      try {
        store.put([record])
      } catch (error) {
        console.warn(`Ignored an invalid record from the board: ${record.id}`, error)
      }
    }
  }
}

export function bindStoreToDoc(store: Store<TLRecord>, doc: Y.Doc): StoreDocBinding {
  const origin = { binding: 'store' }
  const kv = new YKeyValue<TLRecord>(recordsArray<TLRecord>(doc))
  const sequence = sequenceArray(doc)

  // 1. Load: the document is the truth; the store takes its (migrated) records.
  const { records, changed } = readMigratedRecords(store, kv, doc)
  const inDoc = new Set(records.map((record) => record.id))
  store.mergeRemoteChanges(() => {
    const stale = store
      .allRecords()
      .filter((record) => isDocumentRecord(store, record) && !inDoc.has(record.id))
      .map((record) => record.id)
    if (stale.length > 0) store.remove(stale)
    putRemote(store, records)
  })
  if (changed.length > 0) {
    doc.transact(() => {
      for (const record of changed) kv.set(record.id, record)
      metaMap(doc).set(META_KEYS.schema, store.schema.serialize())
      metaMap(doc).set(META_KEYS.layoutVersion, DOC_LAYOUT_VERSION)
    }, origin)
  }

  // 2. Local edits -> document.
  const stopListening = store.listen(
    ({ changes }) => {
      doc.transact(() => {
        const inSequence = new Set(sequence.toArray())
        for (const record of Object.values(changes.added)) {
          kv.set(record.id, record)
          if (isSceneCard(record) && !inSequence.has(record.id)) sequence.push([record.id])
        }
        for (const [, record] of Object.values(changes.updated)) kv.set(record.id, record)
        // A deleted card keeps its place in the sequence, so undo puts it back where it was;
        // the shared normalisation drops ids of cards that no longer exist.
        for (const record of Object.values(changes.removed)) kv.delete(record.id)
      }, origin)
    },
    { source: 'user', scope: 'document' },
  )

  // 3. Remote edits -> store.
  const onChange = (changes: Map<string, KeyValueChange>, transaction: Y.Transaction) => {
    if (transaction.origin === origin) return
    const toPut: TLRecord[] = []
    const toRemove: TLRecord['id'][] = []
    for (const [key, change] of changes) {
      if (change.action === 'delete') {
        if (store.has(key as TLRecord['id'])) toRemove.push(key as TLRecord['id'])
      } else {
        toPut.push(change.newValue)
      }
    }
    store.mergeRemoteChanges(() => {
      if (toRemove.length > 0) store.remove(toRemove)
      putRemote(store, toPut)
    })
  }
  kv.on('change', onChange)

  return {
    dispose() {
      stopListening()
      kv.off('change', onChange)
    },
  }
}
