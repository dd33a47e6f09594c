/**
 * JobStorage in the server's SQLite file (the `jobs` table, schema step 2 in sqlite-schema.ts),
 * beside the boards. better-sqlite3 is synchronous: a change is in the file when its promise is
 * created. Closing is left to whoever opened the database (the app closes it once, with the
 * board storage).
 */
import type { JobStatus } from '@sceneboard/shared'
import type Database from 'better-sqlite3'
import { JobExistsError, type JobPatch, type JobRecord, type JobStorage } from './job-storage.js'

interface JobRow {
  id: string
  status: string
  progress: number
  error: string | null
  provider: string
  model: string
  request: string
  handle: string | null
  adjustments: string
  clip: string | null
  take_id: string | null
  attempts: number
  created_at: number
  updated_at: number
  started_at: number | null
  finished_at: number | null
}

const COLUMNS =
  'id, status, progress, error, provider, model, request, handle, adjustments, clip, take_id, attempts, created_at, updated_at, started_at, finished_at'

/** Patch fields and their columns; JSON fields are stored as text. */
const PATCH_COLUMNS: Record<keyof JobPatch, { column: string; json: boolean }> = {
  status: { column: 'status', json: false },
  progress: { column: 'progress', json: false },
  error: { column: 'error', json: false },
  model: { column: 'model', json: false },
  handle: { column: 'handle', json: true },
  adjustments: { column: 'adjustments', json: true },
  clip: { column: 'clip', json: true },
  attempts: { column: 'attempts', json: false },
  startedAt: { column: 'started_at', json: false },
  finishedAt: { column: 'finished_at', json: false },
}

function json(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value)
}

function toRecord(row: JobRow): JobRecord {
  return {
    id: row.id,
    status: row.status as JobStatus,
    progress: row.progress,
    error: row.error,
    provider: row.provider,
    model: row.model,
    request: JSON.parse(row.request),
    handle: row.handle === null ? null : JSON.parse(row.handle),
    adjustments: JSON.parse(row.adjustments),
    clip: row.clip === null ? null : JSON.parse(row.clip),
    takeId: row.take_id,
    attempts: row.attempts,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
  }
}

function toRow(job: JobRecord): JobRow {
  return {
    id: job.id,
    status: job.status,
    progress: job.progress,
    error: job.error,
    provider: job.provider,
    model: job.model,
    request: JSON.stringify(job.request),
    handle: json(job.handle),
    adjustments: JSON.stringify(job.adjustments),
    clip: json(job.clip),
    take_id: job.takeId,
    attempts: job.attempts,
    created_at: job.createdAt,
    updated_at: job.updatedAt,
    started_at: job.startedAt,
    finished_at: job.finishedAt,
  }
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown })?.code === 'SQLITE_CONSTRAINT_UNIQUE'
}

export class SqliteJobStorage implements JobStorage {
  private readonly insert: Database.Statement<[JobRow]>
  private readonly select: Database.Statement<[string], JobRow>
  private readonly insertMany: (jobs: readonly JobRecord[]) => void

  constructor(private readonly db: Database.Database) {
    this.insert = db.prepare(
      `INSERT INTO jobs (${COLUMNS}) VALUES (${COLUMNS.split(', ')
        .map((column) => `@${column}`)
        .join(', ')})`,
    )
    this.select = db.prepare(`SELECT ${COLUMNS} FROM jobs WHERE id = ?`)
    this.insertMany = db.transaction((jobs: readonly JobRecord[]) => {
      for (const job of jobs) {
        try {
          this.insert.run(toRow(job))
        } catch (error) {
          if (isUniqueViolation(error)) throw new JobExistsError(job.id)
          throw error
        }
      }
    })
  }

  async createJobs(jobs: readonly JobRecord[]): Promise<void> {
    this.insertMany(jobs)
  }

  async getJob(id: string): Promise<JobRecord | null> {
    const row = this.select.get(id)
    return row ? toRecord(row) : null
  }

  async updateJob(id: string, patch: JobPatch, at = Date.now()): Promise<JobRecord | null> {
    const sets = ['updated_at = @updated_at']
    const values: Record<string, unknown> = { id, updated_at: at }
    for (const [field, value] of Object.entries(patch) as Array<[keyof JobPatch, unknown]>) {
      if (value === undefined) continue
      const { column, json: isJson } = PATCH_COLUMNS[field]
      sets.push(`${column} = @${column}`)
      values[column] = isJson ? json(value) : value
    }
    const row = this.db
      .prepare<[Record<string, unknown>], JobRow>(
        `UPDATE jobs SET ${sets.join(', ')} WHERE id = @id RETURNING ${COLUMNS}`,
      )
      .get(values)
    return row ? toRecord(row) : null
  }

  async listJobs(statuses: readonly JobStatus[]): Promise<JobRecord[]> {
    if (statuses.length === 0) return []
    const rows = this.db
      .prepare<string[], JobRow>(
        `SELECT ${COLUMNS} FROM jobs WHERE status IN (${statuses.map(() => '?').join(', ')}) ORDER BY seq`,
      )
      .all(...statuses)
    return rows.map(toRecord)
  }

  async close(): Promise<void> {
    // The database belongs to whoever opened it.
  }
}
