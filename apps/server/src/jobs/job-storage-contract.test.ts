import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type Database from 'better-sqlite3'
import { openSqliteDatabase, SQLITE_FILE_NAME } from '../storage/sqlite-database.js'
import { describeJobStorageContract } from './job-storage-contract.js'
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
