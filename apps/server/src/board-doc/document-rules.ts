/**
 * What may be stored in a board's Y.Doc (layout in packages/shared/src/doc-layout.ts), one check
 * per part: records entries, takes entries, sequence entries and meta values. Each check returns
 * why a value is refused; the reasons go back to the client that sent it.
 */
import {
  BOARD_TITLE_MAX,
  META_KEYS,
  SHOT_NUMBERING_STYLES,
  checkBoardRecord,
  shotNumberingStyleSchema,
  takeSchema,
  type KeyValueEntry,
  type RecordCheck,
  type Take,
} from '@sceneboard/shared'

/** A tldraw document record that passed the board schema. */
export type BoardRecord = Extract<RecordCheck, { ok: true }>['record']
export type RecordEntry = KeyValueEntry<BoardRecord>
export type TakeEntry = KeyValueEntry<Take>

export type EntryCheck<V> =
  { ok: true; entry: KeyValueEntry<V> } | { ok: false; key: string | null; reason: string }
export type RecordEntryCheck = EntryCheck<BoardRecord>

/** Rejection id used when a records entry has no usable key. */
export const RECORDS_PART = 'records'
export const TAKES_PART = 'takes'
export const SEQUENCE_PART = 'sequence'
export const SEQUENCE_ENTRY_MAX = 200
const SHAPE_ID_PREFIX = 'shape:'

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const prototype = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

/** The `{key, val}` shape of an entry in a YKeyValue root; the key, or why the entry is refused. */
function checkEntryShape(
  value: unknown,
  part: string,
): { ok: true; key: string; val: unknown } | { ok: false; key: string | null; reason: string } {
  if (!isPlainObject(value)) {
    return { ok: false, key: null, reason: `a ${part} entry must be an object {key, val}` }
  }
  const key = value.key
  if (typeof key !== 'string' || key.length === 0) {
    return { ok: false, key: null, reason: `a ${part} entry needs a non-empty string key` }
  }
  const extra = Object.keys(value).filter((field) => field !== 'key' && field !== 'val')
  if (extra.length > 0) {
    return {
      ok: false,
      key,
      reason: `unexpected field ${JSON.stringify(extra[0])} in a ${part} entry`,
    }
  }
  return { ok: true, key, val: value.val }
}

/** A records entry is `{key, val}` where `val` passes the board schema and `val.id === key`. */
export function checkRecordEntry(value: unknown): RecordEntryCheck {
  const shape = checkEntryShape(value, RECORDS_PART)
  if (!shape.ok) return shape
  const key = shape.key
  const check = checkBoardRecord(shape.val)
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

export const CLIENT_TAKE_WRITE_REASON =
  'takes are written by the server; clients may only delete them'

/**
 * A takes entry is `{key, val}` where `val` passes the take schema and `val.id === key`, written
 * by the server: any entry a client adds (a new take or a changed one) is refused.
 */
export function checkTakeEntry(value: unknown, fromClient: boolean): EntryCheck<Take> {
  const shape = checkEntryShape(value, TAKES_PART)
  if (!shape.ok) return shape
  const key = shape.key
  if (fromClient) return { ok: false, key, reason: CLIENT_TAKE_WRITE_REASON }
  const parsed = takeSchema.safeParse(shape.val)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const path = issue?.path.join('.') || 'take'
    return { ok: false, key, reason: `invalid take: ${path}: ${issue?.message ?? 'invalid'}` }
  }
  if (parsed.data.id !== key) {
    return {
      ok: false,
      key,
      reason: `take id ${JSON.stringify(parsed.data.id)} does not match its key`,
    }
  }
  return { ok: true, entry: value as unknown as TakeEntry }
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
  [META_KEYS.shotNumbering]: (value) =>
    shotNumberingStyleSchema.safeParse(value).success
      ? null
      : `shotNumbering must be one of ${SHOT_NUMBERING_STYLES.join(', ')}`,
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
