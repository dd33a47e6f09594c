/**
 * A job as the take it writes into its board (take.ts in packages/shared): the same status,
 * progress, error and clip, with the spec, prompt, provider, model, seed and adjustments it was
 * made from, who asked and when.
 */
import type { Take } from '@sceneboard/shared'
import type { JobRecord } from './job-storage.js'

const TAKE_ERROR_MAX = 2000
const ADJUSTMENTS_MAX = 20
const ADJUSTMENT_MAX = 300

export function takeIdOf(jobId: string): string {
  return `take:${jobId}`
}

/** The take of a job made for a board's card; null for a job without boardId and sceneId. */
export function takeOfJob(job: JobRecord): Take | null {
  const { request } = job
  if (!job.takeId || !request.boardId || !request.sceneId) return null
  return {
    id: job.takeId,
    cardId: request.sceneId,
    jobId: job.id,
    status: job.status,
    progress: Math.min(1, Math.max(0, job.progress)),
    error: job.error === null ? null : job.error.slice(0, TAKE_ERROR_MAX),
    provider: job.provider,
    model: job.model,
    seed: request.seed,
    spec: request.spec,
    prompt: request.prompt,
    adjustments: job.adjustments
      .slice(0, ADJUSTMENTS_MAX)
      .map((adjustment) => adjustment.slice(0, ADJUSTMENT_MAX)),
    origin: request.origin,
    requestedBy: request.requestedBy,
    createdAt: job.createdAt,
    finishedAt: job.finishedAt,
    clip: job.clip,
  }
}
