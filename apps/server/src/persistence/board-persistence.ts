/**
 * The persistence extension of the sync server: loads a board from storage before its room
 * answers anyone, stores every accepted update before it is broadcast (onStoreUpdate is awaited
 * by the room), keeps the board's summary current, and compacts the board every `compactEvery`
 * updates and when its room unloads.
 */
import { CLOSE_CODES } from '@sceneboard/shared'
import {
  BoardNotFoundError,
  type BoardStorage,
  type SummaryPatch,
} from '../storage/board-storage.js'
import { SyncRefusal, type SyncHooks } from '../sync/hooks.js'
import { silentLogger, type SyncLogger } from '../sync/sync-logger.js'
import type * as Y from 'yjs'
import { applyStoredBoard, compactStoredBoard } from './stored-board.js'

export interface PersistenceOptions {
  /** Stored updates between two snapshots. */
  compactEvery: number
  /** The board's current title and card count, read cheaply from the loaded doc. */
  summarize?: (doc: Y.Doc) => Required<SummaryPatch> | null
  now?: () => number
  logger?: SyncLogger
}

export interface BoardPersistence extends SyncHooks {
  /** Resolves when no compaction is running. */
  idle(): Promise<void>
}

export function boardPersistence(
  storage: BoardStorage,
  options: PersistenceOptions,
): BoardPersistence {
  const now = options.now ?? Date.now
  const logger = options.logger ?? silentLogger
  const writtenSummaries = new Map<string, Required<SummaryPatch>>()
  const compactions = new Map<string, Promise<void>>()

  const compact = (boardId: string): Promise<void> => {
    const running = compactions.get(boardId)
    if (running) return running
    // Started on the next turn, off the broadcast path: the update is stored, the snapshot can follow.
    const done = new Promise((resolve) => setImmediate(resolve))
      .then(() => compactStoredBoard(storage, boardId))
      .then(
        (compacted) => {
          if (compacted) logger.debug({ boardId }, 'compacted a board')
        },
        (error: unknown) => {
          if (error instanceof BoardNotFoundError) return
          logger.error({ err: error, boardId }, 'compacting a board failed')
        },
      )
      .finally(() => compactions.delete(boardId))
    compactions.set(boardId, done)
    return done
  }

  return {
    name: 'persistence',

    async onLoadDocument({ boardId, doc }) {
      const stored = await storage.loadBoard(boardId)
      if (!stored) throw new SyncRefusal(CLOSE_CODES.boardNotFound, 'board not found')
      applyStoredBoard(doc, stored)
      const summary = await storage.getSummary(boardId)
      if (summary)
        writtenSummaries.set(boardId, { title: summary.title, cardCount: summary.cardCount })
    },

    async onStoreUpdate({ boardId, doc, update }) {
      const { updatesSinceSnapshot } = await storage.appendUpdate(boardId, update, now())
      const summary = options.summarize?.(doc)
      const written = writtenSummaries.get(boardId)
      if (
        summary &&
        (summary.title !== written?.title || summary.cardCount !== written.cardCount)
      ) {
        await storage.updateSummary(boardId, summary)
        writtenSummaries.set(boardId, summary)
      }
      if (updatesSinceSnapshot >= options.compactEvery) void compact(boardId)
    },

    async afterUnloadDocument({ boardId }) {
      await compactions.get(boardId)
      await compact(boardId)
      writtenSummaries.delete(boardId)
    },

    async idle() {
      while (compactions.size > 0) await Promise.all(compactions.values())
    },
  }
}
