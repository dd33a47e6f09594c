/**
 * JobStorage kept in process memory: for tests and throwaway servers. Records are copied on the
 * way in and out (structuredClone), so callers never change what is stored.
 */
import type { JobStatus } from '@sceneboard/shared'
import { JobExistsError, type JobPatch, type JobRecord, type JobStorage } from './job-storage.js'

export class MemoryJobStorage implements JobStorage {
  /** In creation order (a Map keeps insertion order). */
  private readonly jobs = new Map<string, JobRecord>()

  async createJobs(jobs: readonly JobRecord[]): Promise<void> {
    const ids = new Set<string>()
    for (const job of jobs) {
      if (this.jobs.has(job.id) || ids.has(job.id)) throw new JobExistsError(job.id)
      ids.add(job.id)
    }
    for (const job of jobs) this.jobs.set(job.id, structuredClone(job))
  }

  async getJob(id: string): Promise<JobRecord | null> {
    const job = this.jobs.get(id)
    return job ? structuredClone(job) : null
  }

  async updateJob(id: string, patch: JobPatch, at = Date.now()): Promise<JobRecord | null> {
    const job = this.jobs.get(id)
    if (!job) return null
    const defined = Object.entries(patch).filter(([, value]) => value !== undefined)
    Object.assign(job, structuredClone(Object.fromEntries(defined)), { updatedAt: at })
    return structuredClone(job)
  }

  async listJobs(statuses: readonly JobStatus[]): Promise<JobRecord[]> {
    return [...this.jobs.values()]
      .filter((job) => statuses.includes(job.status))
      .map((job) => structuredClone(job))
  }

  async close(): Promise<void> {}
}
