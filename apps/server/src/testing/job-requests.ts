/** The jobs API from a test: posting, reading and waiting for jobs over real HTTP. */
import type { JobView } from '@sceneboard/shared'

export async function postJob(
  url: string,
  body: object,
): Promise<{ status: number; body: { id?: string; ids?: string[]; error?: unknown } }> {
  const response = await fetch(`${url}/api/jobs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  return { status: response.status, body: (await response.json()) as never }
}

/** Posts a job that must be accepted; resolves with its id (or ids). */
export async function startJob(url: string, body: object): Promise<string> {
  const { status, body: answer } = await postJob(url, body)
  if (status !== 202 || !answer.id)
    throw new Error(`job refused: ${status} ${JSON.stringify(answer)}`)
  return answer.id
}

export async function getJob(url: string, id: string): Promise<JobView> {
  const response = await fetch(`${url}/api/jobs/${id}`)
  if (response.status !== 200) throw new Error(`GET job answered ${response.status}`)
  return (await response.json()) as JobView
}

export async function cancelJob(url: string, id: string): Promise<JobView> {
  const response = await fetch(`${url}/api/jobs/${id}`, { method: 'DELETE' })
  if (response.status !== 200) throw new Error(`DELETE job answered ${response.status}`)
  return (await response.json()) as JobView
}

/**
 * Polls GET /api/jobs/:id until `done` holds (every 20 ms, at most `timeoutMs`: renders on a busy
 * two-core machine can take many times their usual second).
 */
export async function waitForJob(
  url: string,
  id: string,
  done: (job: JobView) => boolean = (job) =>
    job.status === 'succeeded' || job.status === 'failed' || job.status === 'canceled',
  timeoutMs = 45_000,
): Promise<JobView> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const job = await getJob(url, id)
    if (done(job)) return job
    if (Date.now() > deadline) throw new Error(`job ${id} is still ${JSON.stringify(job)}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}
