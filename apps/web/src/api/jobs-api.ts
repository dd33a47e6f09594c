/** The generation API: start jobs, cancel them, list the providers the server has switched on. */
import type { CreateJobRequest, JobView, ProviderView } from '@sceneboard/shared'
import { requestJson } from './request'

export interface StartedJobs {
  /** One id per variation. */
  ids: string[]
}

/** `POST /api/jobs`: 202 `{id}` for one variation, `{ids}` for several. */
export async function createJobs(request: CreateJobRequest): Promise<StartedJobs> {
  const body = await requestJson<{ id?: unknown; ids?: unknown }>('/api/jobs', {
    method: 'POST',
    body: JSON.stringify(request),
  })
  const ids = Array.isArray(body.ids) ? body.ids : [body.id]
  return { ids: ids.filter((id): id is string => typeof id === 'string') }
}

/** `DELETE /api/jobs/:id`: cancels a queued or running job. */
export function cancelJob(jobId: string): Promise<JobView> {
  return requestJson<JobView>(`/api/jobs/${encodeURIComponent(jobId)}`, { method: 'DELETE' })
}

export function getJob(jobId: string, signal?: AbortSignal): Promise<JobView> {
  return requestJson<JobView>(`/api/jobs/${encodeURIComponent(jobId)}`, { signal })
}

/** `GET /api/providers`: the enabled providers, the default one first. */
export async function listProviders(signal?: AbortSignal): Promise<ProviderView[]> {
  const body = await requestJson<{ providers?: ProviderView[] }>('/api/providers', { signal })
  return Array.isArray(body.providers) ? body.providers : []
}
