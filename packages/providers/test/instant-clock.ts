/** A Clock for tests: sleeps return at once and are recorded, so backoff tests run instantly. */
import type { Clock } from '../src/retry-policy.js'

export class InstantClock implements Clock {
  readonly sleeps: number[] = []
  nowMs = Date.parse('2025-06-01T12:00:00Z')

  constructor(private readonly jitter = 0.5) {}

  now(): number {
    return this.nowMs
  }

  random(): number {
    return this.jitter
  }

  async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) throw signal.reason
    this.sleeps.push(ms)
    this.nowMs += ms
  }
}
