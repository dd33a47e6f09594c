/**
 * The JobStorage contract (rules JOB-n in apps/server/SPEC.md) as one vitest suite that every
 * backend runs, as the board storage's STOR-n suite does.
 */
import { defaultShotSpec } from '@sceneboard/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { JobExistsError, type JobRecord, type JobStorage } from './job-storage.js'

export interface JobStorageUnderTest {
  open(): Promise<JobStorage>
  /** Closes `storage` and opens the same data again; absent for backends that forget on close. */
  reopen?(storage: JobStorage): Promise<JobStorage>
  cleanup?(): Promise<void>
}

export function newJobRecord(id: string, overrides: Partial<JobRecord> = {}): JobRecord {
  return {
    id,
    status: 'queued',
    progress: 0,
    error: null,
    provider: 'previs',
    model: 'previs-1',
    request: {
      spec: defaultShotSpec({ subject: `subject of ${id}`, seed: 7 }),
      prompt: 'A wide shot.',
      seed: 7,
      mode: 'generate',
      origin: { kind: 'generate' },
      source: null,
      boardId: 'board1',
      sceneId: 'shape:card',
      requestedBy: { id: 'u1', name: 'Ada' },
      shotNumber: 3,
    },
    handle: null,
    adjustments: [],
    clip: null,
    takeId: `take:${id}`,
    attempts: 0,
    createdAt: 1_000,
    updatedAt: 1_000,
    startedAt: null,
    finishedAt: null,
    ...overrides,
  }
}

export function describeJobStorageContract(name: string, backend: JobStorageUnderTest): void {
  describe(`JobStorage contract: ${name}`, () => {
    let storage: JobStorage

    beforeEach(async () => {
      storage = await backend.open()
    })

    afterEach(async () => {
      await storage.close()
      await backend.cleanup?.()
    })

    it('JOB-1 a created job reads back exactly, JSON fields and all; an unknown one is null', async () => {
      const job = newJobRecord('a', {
        adjustments: ['duration 7 s -> 8 s'],
        handle: { providerId: 'runway', remoteId: 'task_1', model: 'gen4_turbo' },
      })
      await storage.createJobs([job])
      expect(await storage.getJob('a')).toEqual(job)
      expect(await storage.getJob('b')).toBeNull()
    })

    it('JOB-2 creating jobs is all or none: a taken id fails with JobExistsError and adds nothing', async () => {
      await storage.createJobs([newJobRecord('a')])
      await expect(storage.createJobs([newJobRecord('b'), newJobRecord('a')])).rejects.toThrow(
        JobExistsError,
      )
      expect(await storage.getJob('b')).toBeNull()
      await expect(storage.createJobs([newJobRecord('c'), newJobRecord('c')])).rejects.toThrow(
        JobExistsError,
      )
      expect(await storage.getJob('c')).toBeNull()
    })

    it('JOB-3 an update changes the patched fields only and moves updatedAt; unknown ids give null', async () => {
      const job = newJobRecord('a')
      await storage.createJobs([job])
      const clip = {
        url: `/clips/${'a'.repeat(64)}.mp4`,
        posterUrl: null,
        mime: 'video/mp4',
        kind: 'video' as const,
        width: 1280,
        height: 720,
        fps: 24,
        durationMs: 1000,
        bytes: 10,
      }
      const handle = { providerId: 'openai-videos', remoteId: 'video_1', model: 'sora-2' }
      const running = await storage.updateJob(
        'a',
        { status: 'running', progress: 0.5, handle },
        2_000,
      )
      expect(running).toEqual({
        ...job,
        status: 'running',
        progress: 0.5,
        handle,
        updatedAt: 2_000,
      })
      const done = await storage.updateJob(
        'a',
        { status: 'succeeded', progress: 1, clip, finishedAt: 3_000, handle: undefined },
        3_000,
      )
      expect(done).toEqual({
        ...job,
        status: 'succeeded',
        progress: 1,
        handle,
        clip,
        finishedAt: 3_000,
        updatedAt: 3_000,
      })
      expect(await storage.getJob('a')).toEqual(done)
      const cleared = await storage.updateJob('a', { handle: null, error: 'gone' }, 4_000)
      expect(cleared).toMatchObject({ handle: null, error: 'gone' })
      expect(await storage.updateJob('nope', { status: 'failed' })).toBeNull()
    })

    it('JOB-4 jobs are listed by status in the order they were created', async () => {
      await storage.createJobs([newJobRecord('z'), newJobRecord('m')])
      await storage.createJobs([newJobRecord('a', { status: 'running' }), newJobRecord('q')])
      await storage.updateJob('z', { status: 'succeeded' })
      expect((await storage.listJobs(['queued'])).map((job) => job.id)).toEqual(['m', 'q'])
      expect((await storage.listJobs(['queued', 'running'])).map((job) => job.id)).toEqual([
        'm',
        'a',
        'q',
      ])
      expect(await storage.listJobs([])).toEqual([])
    })

    it('JOB-5 storage keeps copies: changing what was handed over or read back changes nothing stored', async () => {
      const job = newJobRecord('a')
      await storage.createJobs([job])
      job.request.spec.subject = 'changed after creating'
      const read = (await storage.getJob('a'))!
      expect(read.request.spec.subject).toBe('subject of a')
      read.adjustments.push('changed after reading')
      expect((await storage.getJob('a'))!.adjustments).toEqual([])
    })

    it.skipIf(!backend.reopen)(
      'JOB-6 a durable backend gives every job back after reopening',
      async () => {
        await storage.createJobs([newJobRecord('a'), newJobRecord('b')])
        await storage.updateJob('a', { status: 'running', progress: 0.25 }, 5_000)
        storage = await backend.reopen!(storage)
        expect(await storage.getJob('a')).toMatchObject({ status: 'running', progress: 0.25 })
        expect((await storage.listJobs(['queued', 'running'])).map((job) => job.id)).toEqual([
          'a',
          'b',
        ])
      },
    )
  })
}
