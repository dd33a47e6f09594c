/**
 * Walking a Y.Array item by item, to find where given elements are and delete them by index.
 * Used only when something must be removed (refused entries, duplicate keys), never per edit.
 */
import type * as Y from 'yjs'

export type ElementVisitor = (value: unknown, index: number, item: Y.Item, offset: number) => void

/** Visits every live element in order, with its index and the item (and offset) holding it. */
export function forEachElement(array: Y.Array<unknown>, visit: ElementVisitor): void {
  let index = 0
  for (let item = array._start; item !== null; item = item.right) {
    if (item.deleted || !item.countable) continue
    const values = item.content.getContent()
    for (let offset = 0; offset < item.length; offset++)
      visit(values[offset], index + offset, item, offset)
    index += item.length
  }
}

/** Deletes the elements at `indexes` (any order), last first so earlier indexes stay valid. */
export function deleteIndexes(array: Y.Array<unknown>, indexes: Iterable<number>): void {
  const sorted = [...new Set(indexes)].sort((a, b) => b - a)
  let i = 0
  while (i < sorted.length) {
    // Coalesce a run of neighbours (descending) into one range.
    let start = sorted[i]!
    let length = 1
    while (i + length < sorted.length && sorted[i + length] === start - 1) {
      start -= 1
      length += 1
    }
    array.delete(start, length)
    i += length
  }
}

/** Marks element `offset` of `item` in a target map (item -> offsets). */
export function markElement(targets: Map<Y.Item, Set<number>>, item: Y.Item, offset: number): void {
  let offsets = targets.get(item)
  if (!offsets) targets.set(item, (offsets = new Set()))
  offsets.add(offset)
}
