/**
 * The SQLite database layout and its migrations. `PRAGMA user_version` records how many steps
 * ran; a database written by a newer server is refused instead of being misread.
 *
 * - boards: one row per board with its summary and sequence counters
 *   (last_seq: newest update; snapshot_seq: newest update folded into the snapshot).
 * - board_snapshots: one compacted document per board (a Yjs update).
 * - board_updates: updates appended after the snapshot, keyed by (board_id, seq).
 * - jobs (step 2): generation jobs; `seq` keeps the order they were created in (the queue is
 *   first in, first out per provider), JSON columns hold the request, handle, adjustments, clip.
 */
import type Database from 'better-sqlite3'

const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE boards (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    card_count INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    last_seq INTEGER NOT NULL DEFAULT 0,
    snapshot_seq INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX boards_by_updated_at ON boards (updated_at DESC);
  CREATE TABLE board_snapshots (
    board_id TEXT PRIMARY KEY REFERENCES boards (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    data BLOB NOT NULL
  );
  CREATE TABLE board_updates (
    board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (board_id, seq)
  ) WITHOUT ROWID;
  `,
  `
  CREATE TABLE jobs (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL,
    progress REAL NOT NULL DEFAULT 0,
    error TEXT,
    provider TEXT NOT NULL,
    model TEXT NOT NULL,
    request TEXT NOT NULL,
    handle TEXT,
    adjustments TEXT NOT NULL DEFAULT '[]',
    clip TEXT,
    take_id TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    started_at INTEGER,
    finished_at INTEGER
  );
  CREATE INDEX jobs_by_status ON jobs (status, seq);
  `,
]

export const SQLITE_SCHEMA_VERSION = MIGRATIONS.length

export function migrateSqliteSchema(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number
  if (current > MIGRATIONS.length) {
    throw new Error(
      `the database was written by a newer Sceneboard server (schema ${current}, this one knows ${MIGRATIONS.length})`,
    )
  }
  db.transaction(() => {
    for (let version = current; version < MIGRATIONS.length; version++) {
      db.exec(MIGRATIONS[version]!)
    }
    db.pragma(`user_version = ${MIGRATIONS.length}`)
  })()
}
