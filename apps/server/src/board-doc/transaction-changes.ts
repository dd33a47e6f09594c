/**
 * Which items a Yjs transaction added and removed, read while the transaction is still open, so
 * that checks can amend it before it is encoded. Costs O(changed items), not O(document).
 *
 * This reads Yjs internals that its type declarations expose (the struct store, the
 * transaction's state before and its delete set); Yjs's own events are computed from the same.
 */
import * as Y from 'yjs'

export interface TransactionChanges {
  /** Items integrated by the transaction and still live. */
  added: Y.Item[]
  /** Items that existed before the transaction and were deleted by it. */
  removed: Y.Item[]
}

export function isAddedIn(transaction: Y.Transaction, item: Y.Item): boolean {
  return item.id.clock >= (transaction.beforeState.get(item.id.client) ?? 0)
}

export function transactionChanges(transaction: Y.Transaction): TransactionChanges {
  const removed: Y.Item[] = []
  const seen = new Set<Y.Item>()
  // Splits items at the edges of deleted ranges (allowed: the transaction is open).
  Y.iterateDeletedStructs(transaction, transaction.deleteSet, (struct) => {
    if (struct instanceof Y.Item && !seen.has(struct) && !isAddedIn(transaction, struct)) {
      seen.add(struct)
      removed.push(struct)
    }
  })

  const added: Y.Item[] = []
  for (const [client, structs] of transaction.doc.store.clients) {
    const before = transaction.beforeState.get(client) ?? 0
    const last = structs[structs.length - 1]
    if (!last || last.id.clock + last.length <= before) continue
    for (let i = Y.findIndexSS(structs, before); i < structs.length; i++) {
      const struct = structs[i]!
      if (struct instanceof Y.Item && !struct.deleted && struct.id.clock >= before)
        added.push(struct)
    }
  }
  return { added, removed }
}
