/**
 * The layout of a board's Y.Doc (see packages/shared/README.md for the full description).
 *
 * - `records` (Y.Array, YKeyValue layout): one `{key, val}` entry per tldraw document record,
 *   keyed by record id. Replacing a record deletes its old entry, so the document stays small
 *   under heavy editing where a Y.Map of whole records would keep every overwritten value.
 * - `sequence` (Y.Array<string>): scene-card shape ids in film order.
 * - `takes` (Y.Array, YKeyValue layout): one `{key, val}` entry per take (see take.ts), keyed by
 *   take id. Written by the server; clients may only delete entries. Added in layout version 2;
 *   a version 1 document simply has no takes, so it needs no change.
 * - `meta` (Y.Map): `layoutVersion`, `schema` (the serialized tldraw store schema the records
 *   were written with), `title`, `createdAt`, and optionally `shotNumbering` (how shots are
 *   numbered, see shot-numbering.ts; absent means plain 1, 2, 3, so older boards need no change).
 */
import type * as Y from 'yjs'
import { readShotNumberingStyle, type ShotNumberingStyle } from './shot-numbering.js'

export const DOC_LAYOUT_VERSION = 2

export const DOC_ROOTS = {
  records: 'records',
  sequence: 'sequence',
  takes: 'takes',
  meta: 'meta',
} as const

export const META_KEYS = {
  layoutVersion: 'layoutVersion',
  schema: 'schema',
  title: 'title',
  createdAt: 'createdAt',
  shotNumbering: 'shotNumbering',
} as const

export const BOARD_TITLE_MAX = 200

export interface KeyValueEntry<V> {
  key: string
  val: V
}

export function recordsArray<V = unknown>(doc: Y.Doc): Y.Array<KeyValueEntry<V>> {
  return doc.getArray<KeyValueEntry<V>>(DOC_ROOTS.records)
}

export function takesArray<V = unknown>(doc: Y.Doc): Y.Array<KeyValueEntry<V>> {
  return doc.getArray<KeyValueEntry<V>>(DOC_ROOTS.takes)
}

export function sequenceArray(doc: Y.Doc): Y.Array<string> {
  return doc.getArray<string>(DOC_ROOTS.sequence)
}

export function metaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(DOC_ROOTS.meta)
}

/** Board title as stored in the document meta (empty string when unset or invalid). */
export function readBoardTitle(doc: Y.Doc): string {
  const title = metaMap(doc).get(META_KEYS.title)
  return typeof title === 'string' ? title : ''
}

/** How the board numbers its shots (plain when unset). */
export function readShotNumbering(doc: Y.Doc): ShotNumberingStyle {
  return readShotNumberingStyle(metaMap(doc).get(META_KEYS.shotNumbering))
}
