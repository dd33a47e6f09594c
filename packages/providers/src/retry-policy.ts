/**
 * When to try an HTTP call again, and how long to wait first: exponential backoff with up to 50%
 * added jitter, or exactly what the provider asks for in Retry-After. Pure functions and an
 * injectable clock, so tests of the waiting run instantly.
 */

export interface Clock {
  /** Milliseconds since the epoch (used to read Retry-After given as an HTTP date). */
  now(): number
  /** Resolves after `ms`; rejects with the signal's reason when it aborts first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>
  /** Uniform in [0, 1), for jitter. */
  random(): number
}

export const systemClock: Clock = {
  now: () => Date.now(),
  random: () => Math.random(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason)
      const onAbort = () => {
        clearTimeout(timer)
        reject(signal?.reason)
      }
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort)
        resolve()
      }, ms)
      signal?.addEventListener('abort', onAbort, { once: true })
    }),
}

export interface BackoffOptions {
  /** Wait before the first retry, before jitter. */
  initialDelayMs: number
  /** No wait is longer than this, whether computed or asked for by the provider. */
  maxDelayMs: number
}

export const DEFAULT_BACKOFF: BackoffOptions = { initialDelayMs: 500, maxDelayMs: 30_000 }

/** Wait before retry number `retry` (1-based): initial * 2^(retry-1), plus up to 50% jitter. */
export function backoffDelay(retry: number, random: number, options = DEFAULT_BACKOFF): number {
  const base = Math.min(options.maxDelayMs, options.initialDelayMs * 2 ** (retry - 1))
  return Math.min(options.maxDelayMs, Math.round(base * (1 + 0.5 * random)))
}

/**
 * The wait a response asks for, in ms: `retry-after-ms`, or `Retry-After` as delay-seconds or an
 * HTTP date. undefined when absent or unreadable.
 */
export function retryAfterMs(headers: Headers, now: number): number | undefined {
  const ms = headers.get('retry-after-ms')
  if (ms !== null && /^\d+(\.\d+)?$/.test(ms.trim())) return Math.ceil(Number(ms))
  const value = headers.get('retry-after')?.trim()
  if (value === undefined || value === '') return undefined
  if (/^\d+$/.test(value)) return Number(value) * 1000
  const date = Date.parse(value)
  if (Number.isNaN(date)) return undefined
  return Math.max(0, date - now)
}

/** Statuses worth another try: rate limits, timeouts at a gateway, and server failures. */
export function isTransientStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status !== 501 && status !== 505)
}
