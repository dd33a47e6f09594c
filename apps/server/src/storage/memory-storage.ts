/**
 * BoardStorage kept in process memory: for tests and throwaway servers. Byte arrays are copied on
 * the way in and out so callers can never change what is stored.
 */
import {
  BoardExistsError,
  BoardNotFoundError,
  type AppendResult,
  type BoardStorage,
  type BoardSummary,
  type NewBoard,
  type StoredBoard,
  type SummaryPatch,
} from './board-storage.js'

interface MemoryBoard {
  summary: BoardSummary
  snapshot: Uint8Array | null
  snapshotSeq: number
  lastSeq: number
  updates: Array<{ seq: number; data: Uint8Array }>
}

export class MemoryBoardStorage implements BoardStorage {
  private readonly boards = new Map<string, MemoryBoard>()

  async createBoard(board: NewBoard): Promise<void> {
    if (this.boards.has(board.id)) throw new BoardExistsError(board.id)
    this.boards.set(board.id, {
      summary: {
        id: board.id,
        title: board.title,
        cardCount: board.cardCount,
        createdAt: board.createdAt,
        updatedAt: board.createdAt,
      },
      snapshot: board.snapshot.slice(),
      snapshotSeq: 0,
      lastSeq: 0,
      updates: [],
    })
  }

  async exists(id: string): Promise<boolean> {
    return this.boards.has(id)
  }

  async listBoards(): Promise<BoardSummary[]> {
    return [...this.boards.values()]
      .map((board) => ({ ...board.summary }))
      .sort((a, b) => b.updatedAt - a.updatedAt || a.id.localeCompare(b.id))
  }

  async getSummary(id: string): Promise<BoardSummary | null> {
    const board = this.boards.get(id)
    return board ? { ...board.summary } : null
  }

  async loadBoard(id: string): Promise<StoredBoard | null> {
    const board = this.boards.get(id)
    if (!board) return null
    return {
      snapshot: board.snapshot?.slice() ?? null,
      snapshotSeq: board.snapshotSeq,
      updates: board.updates.map((update) => update.data.slice()),
      lastSeq: board.lastSeq,
    }
  }

  async appendUpdate(id: string, update: Uint8Array, at = Date.now()): Promise<AppendResult> {
    const board = this.boards.get(id)
    if (!board) throw new BoardNotFoundError(id)
    board.lastSeq += 1
    board.updates.push({ seq: board.lastSeq, data: update.slice() })
    board.summary.updatedAt = at
    return { seq: board.lastSeq, updatesSinceSnapshot: board.lastSeq - board.snapshotSeq }
  }

  async compact(id: string, snapshot: Uint8Array, throughSeq: number): Promise<void> {
    const board = this.boards.get(id)
    if (!board) throw new BoardNotFoundError(id)
    if (throughSeq > board.lastSeq) throw new RangeError(`board ${id} has no update ${throughSeq}`)
    if (throughSeq <= board.snapshotSeq) return
    board.snapshot = snapshot.slice()
    board.snapshotSeq = throughSeq
    board.updates = board.updates.filter((update) => update.seq > throughSeq)
  }

  async updateSummary(id: string, patch: SummaryPatch): Promise<void> {
    const board = this.boards.get(id)
    if (!board) return
    if (patch.title !== undefined) board.summary.title = patch.title
    if (patch.cardCount !== undefined) board.summary.cardCount = patch.cardCount
  }

  async deleteBoard(id: string): Promise<boolean> {
    return this.boards.delete(id)
  }

  async close(): Promise<void> {}
}
