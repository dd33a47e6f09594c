/**
 * Turning what storage holds into a document and back: loading a stored board into a Y.Doc, and
 * compacting a board's snapshot and updates into one new snapshot.
 */
import * as Y from 'yjs'
import type { BoardStorage, StoredBoard } from '../storage/board-storage.js'
import { LOAD_ORIGIN } from '../sync/hooks.js'

/** Applies a stored board to `doc` in one transaction tagged LOAD_ORIGIN (not stored again). */
export function applyStoredBoard(doc: Y.Doc, stored: StoredBoard): void {
  Y.transact(
    doc,
    () => {
      if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot)
      for (const update of stored.updates) Y.applyUpdate(doc, update)
    },
    LOAD_ORIGIN,
  )
}

/**
 * Replays the board's snapshot and updates into a fresh doc and stores the result as the new
 * snapshot, dropping the updates it covers. Works from storage alone, so it is safe to run
 * while clients edit: updates appended meanwhile are newer than `lastSeq` and are kept.
 * Returns false when there was nothing to compact.
 */
export async function compactStoredBoard(storage: BoardStorage, boardId: string): Promise<boolean> {
  const stored = await storage.loadBoard(boardId)
  if (!stored || stored.updates.length === 0) return false
  const doc = new Y.Doc({ gc: true })
  try {
    applyStoredBoard(doc, stored)
    await storage.compact(boardId, Y.encodeStateAsUpdate(doc), stored.lastSeq)
    return true
  } finally {
    doc.destroy()
  }
}
