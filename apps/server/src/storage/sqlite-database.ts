/**
 * Opening the server's one SQLite file (DATA_DIR/sceneboard.sqlite), shared by the board storage
 * and the job storage: WAL mode so readers run beside the writer, `synchronous = FULL` so every
 * committed change survives a power cut, foreign keys on, and the schema migrated.
 */
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'
import { migrateSqliteSchema } from './sqlite-schema.js'

export const SQLITE_FILE_NAME = 'sceneboard.sqlite'

export function openSqliteDatabase(file: string): Database.Database {
  mkdirSync(dirname(file), { recursive: true })
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  migrateSqliteSchema(db)
  return db
}
