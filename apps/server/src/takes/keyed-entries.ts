/**
 * Reading and replacing one key of a YKeyValue-layout list (records, takes) the way every
 * YKeyValue reader sees it: the rightmost entry with the key is its value; setting a key deletes
 * its entries and appends a fresh one.
 */
import type { KeyValueEntry } from '@sceneboard/shared'
import type * as Y from 'yjs'
import { deleteIndexes, forEachElement } from '../board-doc/array-walk.js'
import { isPlainObject } from '../board-doc/document-rules.js'

/** The current value of `key`, or undefined. */
export function readEntry<V>(array: Y.Array<KeyValueEntry<V>>, key: string): V | undefined {
  let found: V | undefined
  forEachElement(array as Y.Array<unknown>, (value) => {
    if (isPlainObject(value) && value.key === key) found = value.val as V
  })
  return found
}

/** Every current value, one per key. */
export function readEntries<V>(array: Y.Array<KeyValueEntry<V>>): Map<string, V> {
  const values = new Map<string, V>()
  forEachElement(array as Y.Array<unknown>, (value) => {
    if (isPlainObject(value) && typeof value.key === 'string') values.set(value.key, value.val as V)
  })
  return values
}

/** Replaces the value of `key` (call inside a transaction). */
export function writeEntry<V>(array: Y.Array<KeyValueEntry<V>>, key: string, val: V): void {
  const doomed: number[] = []
  forEachElement(array as Y.Array<unknown>, (value, position) => {
    if (isPlainObject(value) && value.key === key) doomed.push(position)
  })
  deleteIndexes(array as Y.Array<unknown>, doomed)
  array.push([{ key, val }])
}
