import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { openSqliteDatabase, SQLITE_FILE_NAME } from '../storage/sqlite-database.js'
import { SQLITE_SCHEMA_VERSION } from '../storage/sqlite-schema.js'
import { SqliteBoardStorage } from '../storage/sqlite-storage.js'
import { describeJobStorageContract, newJobRecord } from './job-storage-contract.js'
import { MemoryJobStorage } from './memory-job-storage.js'
import { SqliteJobStorage } from './sqlite-job-storage.js'

describeJobStorageContract('in-memory', {
  open: async () => new MemoryJobStorage(),
})

let sqliteDir: string | null = null
let db: Database.Database | null = null

describeJobStorageContract('SQLite', {
  async open() {
    sqliteDir = await mkdtemp(join(tmpdir(), 'sceneboard-jobs-'))
    db = openSqliteDatabase(join(sqliteDir, SQLITE_FILE_NAME))
    return new SqliteJobStorage(db)
  },
  async reopen() {
    db?.close()
    db = openSqliteDatabase(join(sqliteDir!, SQLITE_FILE_NAME))
    return new SqliteJobStorage(db)
  },
  async cleanup() {
    db?.close()
    db = null
    if (sqliteDir) await rm(sqliteDir, { recursive: true, force: true })
    sqliteDir = null
  },
})

describe('the SQLite schema', () => {
  it('JOB-7 a database from before jobs existed gains the jobs table and keeps its boards', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sceneboard-schema-'))
    try {
      const file = join(dir, SQLITE_FILE_NAME)
      const old = new Database(file)
      old.exec(`
        CREATE TABLE boards (id TEXT PRIMARY KEY, title TEXT NOT NULL, card_count INTEGER NOT NULL DEFAULT 0,
          created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, last_seq INTEGER NOT NULL DEFAULT 0,
          snapshot_seq INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE board_snapshots (board_id TEXT PRIMARY KEY REFERENCES boards (id) ON DELETE CASCADE,
          seq INTEGER NOT NULL, data BLOB NOT NULL);
        CREATE TABLE board_updates (board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
          seq INTEGER NOT NULL, data BLOB NOT NULL, PRIMARY KEY (board_id, seq)) WITHOUT ROWID;
        INSERT INTO boards (id, title, created_at, updated_at) VALUES ('old', 'Old board', 1, 1);
        PRAGMA user_version = 1;
      `)
      old.close()
      const db = openSqliteDatabase(file)
      try {
        expect(db.pragma('user_version', { simple: true })).toBe(SQLITE_SCHEMA_VERSION)
        expect(await new SqliteBoardStorage(db).getSummary('old')).toMatchObject({
          title: 'Old board',
        })
        const jobs = new SqliteJobStorage(db)
        await jobs.createJobs([newJobRecord('a')])
        expect((await jobs.getJob('a'))?.id).toBe('a')
      } finally {
        db.close()
      }
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
