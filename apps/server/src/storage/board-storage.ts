/**
 * Where boards live between sessions: the BoardStorage interface the rest of the server uses, and
 * the types it speaks. A board is stored as an optional snapshot (a Yjs update holding the whole
 * document up to `snapshotSeq`) followed by the updates appended since, in order. Summaries (title,
 * card count, times) sit beside the document so the board list never decodes a document.
 *
 * Backends: SQLite (default, sqlite-storage.ts) and in-memory (memory-storage.ts). Methods return
 * promises so that a network database can implement the same interface; the rules every backend
 * follows are numbered STOR-n in apps/server/SPEC.md and checked by storage-contract.ts.
 */

export interface BoardSummary {
  id: string
  title: string
  cardCount: number
  /** Milliseconds since the epoch. */
  createdAt: number
  /** Milliseconds since the epoch of the last stored change. */
  updatedAt: number
}

export interface NewBoard {
  id: string
  title: string
  cardCount: number
  createdAt: number
  /** The initial document as one Yjs update; stored as the first snapshot. */
  snapshot: Uint8Array
}

export interface StoredBoard {
  /** Whole document up to `snapshotSeq`, or null when nothing was compacted yet. */
  snapshot: Uint8Array | null
  snapshotSeq: number
  /** Updates after the snapshot, oldest first. */
  updates: Uint8Array[]
  /** Sequence number of the last update (equal to snapshotSeq when there are none). */
  lastSeq: number
}

export interface AppendResult {
  seq: number
  /** Updates stored after the current snapshot, this one included. */
  updatesSinceSnapshot: number
}

export type SummaryPatch = Partial<Pick<BoardSummary, 'title' | 'cardCount'>>

export interface BoardStorage {
  /** Stores a new board. Rejects with BoardExistsError when the id is taken. */
  createBoard(board: NewBoard): Promise<void>
  exists(id: string): Promise<boolean>
  /** Every board's summary, most recently changed first. */
  listBoards(): Promise<BoardSummary[]>
  getSummary(id: string): Promise<BoardSummary | null>
  /** The board's snapshot and later updates, or null when there is no such board. */
  loadBoard(id: string): Promise<StoredBoard | null>
  /**
   * Appends one update after the board's last one and moves its updatedAt to `at`.
   * Rejects with BoardNotFoundError for an unknown board. Resolves once the update is durable.
   */
  appendUpdate(id: string, update: Uint8Array, at?: number): Promise<AppendResult>
  /**
   * Replaces the snapshot with `snapshot`, which must hold exactly the document up to update
   * `throughSeq`, and drops the updates it covers. A `throughSeq` not newer than the current
   * snapshot is ignored (a slower compaction never overwrites a newer one).
   */
  compact(id: string, snapshot: Uint8Array, throughSeq: number): Promise<void>
  /** Changes summary fields without touching updatedAt. Unknown boards are ignored. */
  updateSummary(id: string, patch: SummaryPatch): Promise<void>
  /** Removes the board and everything stored for it; false when there was no such board. */
  deleteBoard(id: string): Promise<boolean>
  close(): Promise<void>
}

export class BoardNotFoundError extends Error {
  constructor(readonly boardId: string) {
    super(`board ${boardId} does not exist`)
    this.name = 'BoardNotFoundError'
  }
}

export class BoardExistsError extends Error {
  constructor(readonly boardId: string) {
    super(`board ${boardId} already exists`)
    this.name = 'BoardExistsError'
  }
}
