/**
 * EXP-7: which export folders a sweep removes and when, on real folders in a temporary
 * DATA_DIR/exports, with jobs in memory, a clock the test moves and timers the test fires.
 */
import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { jobRecord } from '../testing/job-records.js'
import { makeTempDir, removeTempDirs } from '../testing/test-server.js'
import { silentLogger } from '../sync/sync-logger.js'
import { EXPORT_PROVIDER_ID, isExportJob } from './export-jobs.js'
import {
  DEFAULT_EXPORT_RETENTION_MS,
  describeRetention,
  ExportRetention,
  type ExportRetentionOptions,
  type SweepTimers,
} from './export-retention.js'
import type { JobRecord } from './job-storage.js'
import { MemoryJobStorage } from './memory-job-storage.js'

const HOUR = 60 * 60 * 1000
const FINISHED = Date.UTC(2026, 0, 5, 12)

let exportsDir = ''
let jobs: MemoryJobStorage
let now = FINISHED

afterAll(removeTempDirs)

beforeEach(async () => {
  exportsDir = join(await makeTempDir('sceneboard-retention-'), 'exports')
  jobs = new MemoryJobStorage()
  now = FINISHED
})

/** An export job for board `board` that finished at FINISHED. */
function job(id: string, patch: Partial<JobRecord> = {}): JobRecord {
  const base = jobRecord(id, FINISHED)
  return jobRecord(id, FINISHED, {
    provider: EXPORT_PROVIDER_ID,
    model: 'csv',
    request: { ...base.request, boardId: 'board' },
    ...patch,
  })
}

/** A stored job with an export folder holding one file. */
async function exported(id: string, patch: Partial<JobRecord> = {}): Promise<string> {
  await jobs.createJobs([job(id, patch)])
  return folder(id)
}

async function folder(name: string): Promise<string> {
  const path = join(exportsDir, name)
  await mkdir(path, { recursive: true })
  await writeFile(join(path, 'board-shot-list.csv'), 'Shot,Title\r\n')
  return path
}

function retention(options: Partial<ExportRetentionOptions> = {}): ExportRetention {
  return new ExportRetention({
    exportsDir,
    jobs,
    isExport: isExportJob,
    logger: silentLogger,
    now: () => now,
    ...options,
  })
}

/** Timers the test fires by hand, recording what the sweeper asked of them. */
function handTimers() {
  const state = {
    every: 0,
    unrefs: 0,
    cleared: 0,
    tick: null as (() => void) | null,
  }
  const timers: SweepTimers = {
    setInterval(run, ms) {
      state.tick = run
      state.every = ms
      return { unref: () => (state.unrefs += 1) }
    },
    clearInterval() {
      state.cleared += 1
      state.tick = null
    },
  }
  return { state, timers }
}

describe('EXP-7 export retention', () => {
  it('EXP-7 keeps a succeeded export for the retention after it finished, then sweeps it', async () => {
    const kept = await exported('job_kept')
    const sweeper = retention({ retentionMs: 2 * HOUR })
    const stored = (await jobs.getJob('job_kept'))!
    expect(sweeper.expiresAt(stored)).toBe(FINISHED + 2 * HOUR)

    now = FINISHED + 2 * HOUR - 1
    expect(sweeper.isExpired(stored)).toBe(false)
    expect(await sweeper.sweep()).toEqual([])
    expect(existsSync(kept)).toBe(true)

    now = FINISHED + 2 * HOUR
    expect(sweeper.isExpired(stored)).toBe(true)
    expect(await sweeper.sweep()).toEqual([{ name: 'job_kept', reason: 'expired' }])
    expect(existsSync(kept)).toBe(false)
    expect(existsSync(exportsDir)).toBe(true)
  })

  it('EXP-7 keeps exports 24 hours unless told otherwise', async () => {
    const kept = await exported('job_day')
    const sweeper = retention()
    expect(sweeper.retentionMs).toBe(DEFAULT_EXPORT_RETENTION_MS)
    expect(DEFAULT_EXPORT_RETENTION_MS).toBe(24 * HOUR)
    now = FINISHED + 24 * HOUR - 1
    await sweeper.sweep()
    expect(existsSync(kept)).toBe(true)
    now = FINISHED + 24 * HOUR
    await sweeper.sweep()
    expect(existsSync(kept)).toBe(false)
  })

  it('EXP-7 sweeps failed and canceled exports and folders of no export at once, never unfinished ones', async () => {
    const failed = await exported('job_failed', { status: 'failed', error: 'ffmpeg failed' })
    const canceled = await exported('job_canceled', { status: 'canceled' })
    const running = await exported('job_running', { status: 'running', finishedAt: null })
    const queued = await exported('job_queued', { status: 'queued', finishedAt: null })
    const fresh = await exported('job_fresh')
    const orphan = await folder('job_unknown')
    const generation = await exported('job_take', { provider: 'previs', model: 'previs-1' })
    await writeFile(join(exportsDir, 'stray.tmp'), 'left over')

    const swept = await retention({ retentionMs: HOUR }).sweep()
    expect(swept.sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { name: 'job_canceled', reason: 'ended' },
      { name: 'job_failed', reason: 'ended' },
      { name: 'job_take', reason: 'orphan' },
      { name: 'job_unknown', reason: 'orphan' },
      { name: 'stray.tmp', reason: 'orphan' },
    ])
    for (const gone of [failed, canceled, orphan, generation]) expect(existsSync(gone)).toBe(false)
    for (const left of [running, queued, fresh]) expect(existsSync(left)).toBe(true)
  })

  it('EXP-7 a sweep without an exports folder removes nothing and does not fail', async () => {
    expect(existsSync(exportsDir)).toBe(false)
    expect(await retention().sweep()).toEqual([])
  })

  it('EXP-7 sweeps at start, then on an unref’d timer until stopped', async () => {
    const { state, timers } = handTimers()
    const sweeper = retention({ retentionMs: 3 * HOUR, timers })
    const first = await exported('job_first')
    const second = await exported('job_second', { finishedAt: FINISHED + HOUR })

    now = FINISHED + 3 * HOUR
    await sweeper.start()
    expect(existsSync(first)).toBe(false)
    expect(existsSync(second)).toBe(true)
    expect(state.every).toBe(HOUR)
    expect(state.unrefs).toBe(1)

    now = FINISHED + 4 * HOUR
    state.tick!()
    await sweeper.sweep()
    expect(existsSync(second)).toBe(false)

    await sweeper.stop()
    expect(state.cleared).toBe(1)
    expect(state.tick).toBeNull()
  })

  it('EXP-7 sweeps as often as the retention when it is under an hour; one sweep at a time', async () => {
    const { state, timers } = handTimers()
    const sweeper = retention({ retentionMs: 10 * 60 * 1000, timers })
    await sweeper.start()
    expect(state.every).toBe(10 * 60 * 1000)

    await exported('job_old', { finishedAt: FINISHED - HOUR })
    const one = sweeper.sweep()
    const two = sweeper.sweep()
    expect(two).toBe(one)
    const stopped = sweeper.stop()
    expect(await one).toEqual([{ name: 'job_old', reason: 'expired' }])
    await stopped
  })

  it('EXP-7 says how long exports are kept in words', () => {
    expect(describeRetention(24 * HOUR)).toBe('24 h')
    expect(describeRetention(90 * 60 * 1000)).toBe('90 min')
    expect(describeRetention(45_000)).toBe('45 s')
  })
})
