import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BoardStorage } from './board-storage.js'
import { MemoryBoardStorage } from './memory-storage.js'
import { SQLITE_FILE_NAME, SqliteBoardStorage } from './sqlite-storage.js'
import { describeBoardStorageContract } from './storage-contract.js'

describeBoardStorageContract('in-memory', {
  open: async () => new MemoryBoardStorage(),
})

let sqliteDir: string | null = null

describeBoardStorageContract('SQLite', {
  async open() {
    sqliteDir = await mkdtemp(join(tmpdir(), 'sceneboard-storage-'))
    return new SqliteBoardStorage(join(sqliteDir, SQLITE_FILE_NAME))
  },
  async reopen(storage: BoardStorage) {
    await storage.close()
    return new SqliteBoardStorage(join(sqliteDir!, SQLITE_FILE_NAME))
  },
  async cleanup() {
    if (sqliteDir) await rm(sqliteDir, { recursive: true, force: true })
    sqliteDir = null
  },
})
