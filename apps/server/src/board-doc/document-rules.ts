/**
 * What may be stored in a board's Y.Doc (layout in packages/shared/src/doc-layout.ts), one check
 * per part: records entries, sequence entries and meta values. Each check returns why a value is
 * refused; the reasons go back to the client that sent it.
 */
import {
  BOARD_TITLE_MAX,
  META_KEYS,
  checkBoardRecord,
  type KeyValueEntry,
  type RecordCheck,
} from '@sceneboard/shared'

/** A tldraw document record that passed the board schema. */
export type BoardRecord = Extract<RecordCheck, { ok: true }>['record']
export type RecordEntry = KeyValueEntry<BoardRecord>

export type RecordEntryCheck =
  { ok: true; entry: RecordEntry } | { ok: false; key: string | null; reason: string }

/** Rejection id used when a records entry has no usable key. */
export const RECORDS_PART = 'records'
export const SEQUENCE_PART = 'sequence'
export const SEQUENCE_ENTRY_MAX = 200
const SHAPE_ID_PREFIX = 'shape:'

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const prototype = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

/** A records entry is `{key, val}` where `val` passes the board schema and `val.id === key`. */
export function checkRecordEntry(value: unknown): RecordEntryCheck {
  if (!isPlainObject(value)) {
    return { ok: false, key: null, reason: 'a records entry must be an object {key, val}' }
  }
  const key = value.key
  if (typeof key !== 'string' || key.length === 0) {
    return { ok: false, key: null, reason: 'a records entry needs a non-empty string key' }
  }
  const extra = Object.keys(value).filter((field) => field !== 'key' && field !== 'val')
  if (extra.length > 0) {
    return {
      ok: false,
      key,
      reason: `unexpected field ${JSON.stringify(extra[0])} in a records entry`,
    }
  }
  const check = checkBoardRecord(value.val)
  if (!check.ok) return { ok: false, key, reason: check.reason }
  if (check.record.id !== key) {
    return {
      ok: false,
      key,
      reason: `record id ${JSON.stringify(check.record.id)} does not match its key`,
    }
  }
  return { ok: true, entry: value as unknown as RecordEntry }
}

/** A sequence entry is the id of a scene-card shape (`shape:...`). Null when valid. */
export function checkSequenceEntry(value: unknown): string | null {
  if (typeof value !== 'string') return 'sequence entries must be scene-card ids (text)'
  if (
    !value.startsWith(SHAPE_ID_PREFIX) ||
    value.length === SHAPE_ID_PREFIX.length ||
    value.length > SEQUENCE_ENTRY_MAX
  ) {
    return `${JSON.stringify(value.slice(0, 80))} is not a scene-card shape id`
  }
  return null
}

const META_RULES: Record<string, (value: unknown) => string | null> = {
  [META_KEYS.layoutVersion]: (value) =>
    Number.isInteger(value) && (value as number) >= 1
      ? null
      : 'layoutVersion must be a whole number of at least 1',
  [META_KEYS.schema]: (value) =>
    isPlainObject(value) && typeof value.schemaVersion === 'number'
      ? null
      : 'schema must be a serialized store schema',
  [META_KEYS.title]: (value) =>
    typeof value === 'string' && value.length <= BOARD_TITLE_MAX
      ? null
      : `title must be text of at most ${BOARD_TITLE_MAX} characters`,
  [META_KEYS.createdAt]: (value) =>
    typeof value === 'number' && Number.isFinite(value) ? null : 'createdAt must be a number',
}

/** Checks a meta key's value (`undefined` when the key is absent). Null when valid. */
export function checkMetaValue(key: string, value: unknown): string | null {
  const rule = META_RULES[key]
  if (!rule) return value === undefined ? null : `unknown meta key ${JSON.stringify(key)}`
  if (value === undefined) return `meta ${key} cannot be removed`
  return rule(value)
}

export function metaPart(key: string): string {
  return `meta.${key}`
}
