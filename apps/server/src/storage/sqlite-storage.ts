/**
 * BoardStorage in one SQLite file (better-sqlite3). WAL mode lets readers run beside the writer;
 * `synchronous = FULL` makes every committed update survive a power cut, not only a crash of this
 * process. better-sqlite3 is synchronous, so an append has reached the file when its promise is
 * created: the sync code can rely on "stored before broadcast" at no extra latency.
 */
import type Database from 'better-sqlite3'
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
import { SQLITE_FILE_NAME, openSqliteDatabase } from './sqlite-database.js'

export { SQLITE_FILE_NAME }

interface SummaryRow {
  id: string
  title: string
  card_count: number
  created_at: number
  updated_at: number
}

interface CounterRow {
  last_seq: number
  snapshot_seq: number
}

function toSummary(row: SummaryRow): BoardSummary {
  return {
    id: row.id,
    title: row.title,
    cardCount: row.card_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

function isPrimaryKeyViolation(error: unknown): boolean {
  return (error as { code?: unknown })?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
}

function prepareStatements(db: Database.Database) {
  return {
    insertBoard: db.prepare<[string, string, number, number, number]>(
      'INSERT INTO boards (id, title, card_count, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
    ),
    insertSnapshot: db.prepare<[string, number, Uint8Array]>(
      'INSERT OR REPLACE INTO board_snapshots (board_id, seq, data) VALUES (?, ?, ?)',
    ),
    exists: db.prepare<[string], { found: number }>('SELECT 1 AS found FROM boards WHERE id = ?'),
    list: db.prepare<[], SummaryRow>(
      'SELECT id, title, card_count, created_at, updated_at FROM boards ORDER BY updated_at DESC, id',
    ),
    summary: db.prepare<[string], SummaryRow>(
      'SELECT id, title, card_count, created_at, updated_at FROM boards WHERE id = ?',
    ),
    counters: db.prepare<[string], CounterRow>(
      'SELECT last_seq, snapshot_seq FROM boards WHERE id = ?',
    ),
    snapshot: db.prepare<[string], { data: Buffer }>(
      'SELECT data FROM board_snapshots WHERE board_id = ?',
    ),
    updatesAfter: db.prepare<[string, number], { data: Buffer }>(
      'SELECT data FROM board_updates WHERE board_id = ? AND seq > ? ORDER BY seq',
    ),
    nextSeq: db.prepare<[number, string], CounterRow>(
      'UPDATE boards SET last_seq = last_seq + 1, updated_at = ? WHERE id = ? RETURNING last_seq, snapshot_seq',
    ),
    insertUpdate: db.prepare<[string, number, Uint8Array]>(
      'INSERT INTO board_updates (board_id, seq, data) VALUES (?, ?, ?)',
    ),
    dropUpdatesThrough: db.prepare<[string, number]>(
      'DELETE FROM board_updates WHERE board_id = ? AND seq <= ?',
    ),
    setSnapshotSeq: db.prepare<[number, string]>('UPDATE boards SET snapshot_seq = ? WHERE id = ?'),
    updateSummary: db.prepare<[string | null, number | null, string]>(
      'UPDATE boards SET title = coalesce(?, title), card_count = coalesce(?, card_count) WHERE id = ?',
    ),
    deleteBoard: db.prepare<[string]>('DELETE FROM boards WHERE id = ?'),
  }
}

/** The multi-statement operations, each one SQLite transaction. */
function prepareTransactions(
  db: Database.Database,
  statements: ReturnType<typeof prepareStatements>,
) {
  return {
    create: db.transaction((board: NewBoard): void => {
      statements.insertBoard.run(
        board.id,
        board.title,
        board.cardCount,
        board.createdAt,
        board.createdAt,
      )
      statements.insertSnapshot.run(board.id, 0, board.snapshot)
    }),

    load: db.transaction((id: string): StoredBoard | null => {
      const counters = statements.counters.get(id)
      if (!counters) return null
      return {
        snapshot: statements.snapshot.get(id)?.data ?? null,
        snapshotSeq: counters.snapshot_seq,
        updates: statements.updatesAfter.all(id, counters.snapshot_seq).map((row) => row.data),
        lastSeq: counters.last_seq,
      }
    }),

    append: db.transaction((id: string, update: Uint8Array, at: number): AppendResult => {
      const counters = statements.nextSeq.get(at, id)
      if (!counters) throw new BoardNotFoundError(id)
      statements.insertUpdate.run(id, counters.last_seq, update)
      return {
        seq: counters.last_seq,
        updatesSinceSnapshot: counters.last_seq - counters.snapshot_seq,
      }
    }),

    compact: db.transaction((id: string, snapshot: Uint8Array, throughSeq: number): void => {
      const counters = statements.counters.get(id)
      if (!counters) throw new BoardNotFoundError(id)
      if (throughSeq > counters.last_seq)
        throw new RangeError(`board ${id} has no update ${throughSeq}`)
      if (throughSeq <= counters.snapshot_seq) return
      statements.insertSnapshot.run(id, throughSeq, snapshot)
      statements.dropUpdatesThrough.run(id, throughSeq)
      statements.setSnapshotSeq.run(throughSeq, id)
    }),
  }
}

export class SqliteBoardStorage implements BoardStorage {
  private readonly db: Database.Database
  private readonly statements: ReturnType<typeof prepareStatements>
  private readonly transactions: ReturnType<typeof prepareTransactions>

  /**
   * Opens (creating when needed) the database file at `source`, e.g. `<DATA_DIR>/sceneboard.sqlite`,
   * or uses a database already opened with `openSqliteDatabase` (shared with the job storage).
   */
  constructor(source: string | Database.Database) {
    this.db = typeof source === 'string' ? openSqliteDatabase(source) : source
    this.statements = prepareStatements(this.db)
    this.transactions = prepareTransactions(this.db, this.statements)
  }

  async createBoard(board: NewBoard): Promise<void> {
    try {
      this.transactions.create(board)
    } catch (error) {
      if (isPrimaryKeyViolation(error)) throw new BoardExistsError(board.id)
      throw error
    }
  }

  async exists(id: string): Promise<boolean> {
    return this.statements.exists.get(id) !== undefined
  }

  async listBoards(): Promise<BoardSummary[]> {
    return this.statements.list.all().map(toSummary)
  }

  async getSummary(id: string): Promise<BoardSummary | null> {
    const row = this.statements.summary.get(id)
    return row ? toSummary(row) : null
  }

  async loadBoard(id: string): Promise<StoredBoard | null> {
    return this.transactions.load(id)
  }

  async appendUpdate(id: string, update: Uint8Array, at = Date.now()): Promise<AppendResult> {
    return this.transactions.append(id, update, at)
  }

  async compact(id: string, snapshot: Uint8Array, throughSeq: number): Promise<void> {
    this.transactions.compact(id, snapshot, throughSeq)
  }

  async updateSummary(id: string, patch: SummaryPatch): Promise<void> {
    this.statements.updateSummary.run(patch.title ?? null, patch.cardCount ?? null, id)
  }

  async deleteBoard(id: string): Promise<boolean> {
    return this.statements.deleteBoard.run(id).changes > 0
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close()
  }
}
