/**
 * Where generation jobs live between restarts: the JobStorage interface the queue uses and the
 * record it stores. A job keeps everything needed to run it again or resume it after a restart:
 * the request (spec, prompt, mode, source take, board and card), the provider and model, and the
 * provider's resumable handle once the job has started there.
 *
 * Backends: SQLite (the same database file as the boards, sqlite-job-storage.ts) and in-memory
 * (memory-job-storage.ts). The rules every backend follows are numbered JOB-n in
 * apps/server/SPEC.md and checked by job-storage-contract.ts.
 */
import type { Clip, JobStatus, Requester, ShotSpec, TakeOrigin } from '@sceneboard/shared'
import type { RemoteHandle } from '@sceneboard/providers'

/** The take a remix or an extension starts from, as it was when the job was asked for. */
export interface JobSource {
  takeId: string
  /** Provider and model that made the source take ('upload' for a dropped file). */
  providerId: string
  /** The provider's id of the source take, for native extend and remix. */
  remoteId: string | null
  spec: ShotSpec
  /** The source take's clip, and its last frame (for providers that continue from an image). */
  clipUrl: string | null
  lastFrameUrl: string | null
}

export interface JobRequest {
  /** The spec to render, with this variation's seed. */
  spec: ShotSpec
  /** The spec composed as a prompt (composePrompt). */
  prompt: string
  /** The seed the provider honours (the spec's), or null for a provider that ignores seeds. */
  seed: number | null
  mode: 'generate' | 'remix' | 'extend'
  origin: TakeOrigin
  source: JobSource | null
  boardId: string | null
  sceneId: string | null
  requestedBy: Requester
  /** The card's shot number, for the previs slate. */
  shotNumber: number | null
  /**
   * The subjects of the board's other cards when the job was asked for (previs draws the people
   * they describe alike); absent in jobs stored before it was kept.
   */
  cast?: string[]
}

export interface JobRecord {
  id: string
  status: JobStatus
  /** 0..1 */
  progress: number
  /** The provider's own words, for a failed job. */
  error: string | null
  provider: string
  model: string
  request: JobRequest
  /** Set once the provider accepted the job; all a restarted server needs to resume it. */
  handle: RemoteHandle | null
  /** What was changed to fit the provider, e.g. "duration 7 s -> 8 s". */
  adjustments: string[]
  clip: Clip | null
  /** The take written into the board (null without boardId and sceneId). */
  takeId: string | null
  /** How many times the job was started (a re-run after a restart counts). */
  attempts: number
  /** Milliseconds since the epoch. */
  createdAt: number
  updatedAt: number
  startedAt: number | null
  finishedAt: number | null
}

export type JobPatch = Partial<
  Pick<
    JobRecord,
    | 'status'
    | 'progress'
    | 'error'
    | 'model'
    | 'handle'
    | 'adjustments'
    | 'clip'
    | 'attempts'
    | 'startedAt'
    | 'finishedAt'
  >
>

export interface JobStorage {
  /** Stores new jobs, all or none. Rejects with JobExistsError when an id is taken. */
  createJobs(jobs: readonly JobRecord[]): Promise<void>
  getJob(id: string): Promise<JobRecord | null>
  /**
   * Changes the patched fields and moves updatedAt to `at`; resolves with the job as stored, or
   * null for an unknown job. Resolves once the change is durable.
   */
  updateJob(id: string, patch: JobPatch, at?: number): Promise<JobRecord | null>
  /** Jobs in any of `statuses`, in the order they were created. */
  listJobs(statuses: readonly JobStatus[]): Promise<JobRecord[]>
  close(): Promise<void>
}

export class JobExistsError extends Error {
  constructor(readonly jobId: string) {
    super(`job ${jobId} already exists`)
    this.name = 'JobExistsError'
  }
}
