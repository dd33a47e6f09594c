/**
 * A remote job's life as the fakes simulate it, advanced by polls rather than by time so tests
 * are deterministic: queued on the first poll, running at 1/3 and 2/3 on the next two, then done
 * (succeeded, or failed with the message the test asked for). Canceled and deleted jobs stop.
 */
export type Phase =
  | { state: 'queued' }
  | { state: 'running'; progress: number }
  | { state: 'succeeded' }
  | { state: 'failed'; message: string }
  | { state: 'canceled' }

export interface FakeJob {
  id: string
  /** The request fields the job was made from, as the fake read them. */
  params: Record<string, unknown>
  polls: number
  failWith?: string
  canceled: boolean
}

export class FakeJobs {
  readonly #jobs = new Map<string, FakeJob>()
  readonly #failNext: string[] = []
  #counter = 0

  constructor(readonly idPrefix: string) {}

  /** The next job created ends failed with `message`. */
  failNextJob(message: string): void {
    this.#failNext.push(message)
  }

  /** How many jobs were ever created: a duplicate create shows here. */
  get created(): number {
    return this.#counter
  }

  /** A new job; `id` for APIs that let the client choose it. */
  create(params: Record<string, unknown>, id?: string): FakeJob {
    this.#counter++
    id ??= `${this.idPrefix}${this.#counter.toString(16).padStart(8, '0')}`
    const failWith = this.#failNext.shift()
    const job: FakeJob = {
      id,
      params,
      polls: 0,
      canceled: false,
      ...(failWith ? { failWith } : {}),
    }
    this.#jobs.set(id, job)
    return job
  }

  /** The jobs still known, oldest first. */
  all(): FakeJob[] {
    return [...this.#jobs.values()]
  }

  get(id: string): FakeJob | undefined {
    return this.#jobs.get(id)
  }

  delete(id: string): boolean {
    return this.#jobs.delete(id)
  }

  /** Advances the job by one poll and returns its phase. */
  poll(job: FakeJob): Phase {
    job.polls++
    return phaseOf(job)
  }
}

export function phaseOf(job: FakeJob): Phase {
  if (job.canceled) return { state: 'canceled' }
  if (job.polls <= 1) return { state: 'queued' }
  if (job.polls === 2) return { state: 'running', progress: 1 / 3 }
  if (job.polls === 3) return { state: 'running', progress: 2 / 3 }
  return job.failWith ? { state: 'failed', message: job.failWith } : { state: 'succeeded' }
}
