/**
 * Applying a client's update so that the server can amend it in the same transaction: the one
 * update the transaction emits then carries both, and nobody ever receives the refused part alone.
 */
import * as Y from 'yjs'

/**
 * Applies `update` to `doc` in a transaction tagged `origin`, then calls `amend` inside that same
 * transaction. Returns the error Yjs threw while applying (whatever it integrated before failing
 * is still handed to `amend`), or null.
 */
export function applyAmendableUpdate(
  doc: Y.Doc,
  update: Uint8Array,
  origin: unknown,
  amend: (transaction: Y.Transaction) => void,
): unknown {
  let applyError: unknown = null
  Y.transact(
    doc,
    (transaction) => {
      try {
        Y.applyUpdate(doc, update, origin)
      } catch (error) {
        applyError = error
      }
      // Applying marked the transaction remote; the amendments that follow are the server's
      // own, local changes. Left remote, Yjs would take the server's new structs for another
      // client using its id and give the doc a new client id after every amendment. Turning it
      // local means doing now what Yjs does for remote transactions when it calls observers:
      // dropping the index caches (search markers) of the lists the update changed, which
      // remote integration does not keep up to date.
      for (const type of transaction.changed.keys()) type._searchMarker?.splice(0)
      transaction.local = true
      amend(transaction)
    },
    origin,
    false,
  )
  return applyError
}
