/** Stored job records for tests that put jobs straight into a JobStorage. */
import { defaultShotSpec } from '@sceneboard/shared'
import type { JobRecord } from '../jobs/job-storage.js'

/** A succeeded generation job that finished at `finishedAt`, with `patch` over it. */
export function jobRecord(
  id: string,
  finishedAt: number,
  patch: Partial<JobRecord> = {},
): JobRecord {
  return {
    id,
    status: 'succeeded',
    progress: 1,
    error: null,
    provider: 'previs',
    model: 'previs-1',
    request: {
      spec: defaultShotSpec(),
      prompt: '',
      seed: null,
      mode: 'generate',
      origin: { kind: 'generate' },
      source: null,
      boardId: null,
      sceneId: null,
      requestedBy: { id: '', name: '' },
      shotNumber: null,
    },
    handle: null,
    adjustments: [],
    clip: null,
    takeId: null,
    attempts: 1,
    createdAt: finishedAt - 1000,
    updatedAt: finishedAt,
    startedAt: finishedAt - 900,
    finishedAt,
    ...patch,
  }
}
