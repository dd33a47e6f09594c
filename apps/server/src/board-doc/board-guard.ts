/**
 * The validation extension of the sync server: a BoardChecker per loaded board, run on every
 * change inside the transaction that makes it (see board-checker.ts), and the shared presence
 * schema run on every awareness state a client sends. It also knows each board's summary (title,
 * scene-card count) without scanning the document.
 */
import { awarenessStateProblem, readBoardTitle } from '@sceneboard/shared'
import type * as Y from 'yjs'
import type { SyncHooks } from '../sync/hooks.js'
import { silentLogger, type SyncLogger } from '../sync/sync-logger.js'
import { BoardChecker } from './board-checker.js'
import { migrateLoadedRecords } from './record-migration.js'

/** Origin of the transaction that repairs a loaded board. */
export const REPAIR_ORIGIN = Symbol('sceneboard:repair')

export interface BoardDocSummary {
  title: string
  cardCount: number
}

export interface BoardGuard extends SyncHooks {
  /** Title and scene-card count of a loaded board's doc (null when the doc is not loaded). */
  summaryOf(doc: Y.Doc): BoardDocSummary | null
}

export function boardGuard(logger: SyncLogger = silentLogger): BoardGuard {
  const checkers = new WeakMap<Y.Doc, BoardChecker>()

  return {
    name: 'board-guard',

    afterLoadDocument({ boardId, doc }) {
      const migration = migrateLoadedRecords(doc, REPAIR_ORIGIN)
      if (migration.status === 'migrated') {
        logger.info({ boardId, changed: migration.changed }, 'migrated stored records')
      } else if (migration.status === 'not-migrated') {
        logger.warn({ boardId, reason: migration.reason }, 'could not migrate stored records')
      }
      const checker = new BoardChecker(doc)
      checkers.set(doc, checker)
      const problems = checker.indexLoaded(REPAIR_ORIGIN)
      if (problems.length > 0) {
        logger.warn({ boardId, problems }, 'removed invalid content from a stored board')
      }
    },

    onChange(context) {
      const checker = checkers.get(context.doc)
      if (!checker) throw new Error(`board ${context.boardId} changed before it was indexed`)
      if (checker.check(context.transaction, context.reject, context.fromClient)) {
        context.markAmended()
      }
    },

    onAwarenessUpdate({ states, reject }) {
      for (const { clientId, state } of states) {
        const problem = awarenessStateProblem(clientId, state)
        if (problem !== null) reject(clientId, problem)
      }
    },

    afterUnloadDocument({ doc }) {
      checkers.delete(doc)
    },

    summaryOf(doc) {
      const checker = checkers.get(doc)
      return checker
        ? { title: readBoardTitle(doc), cardCount: checker.index.sceneCardCount }
        : null
    },
  }
}
