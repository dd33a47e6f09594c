import { describe, expect, it } from 'vitest'
import { backoffDelay, isTransientStatus, retryAfterMs, systemClock } from './retry-policy.js'

describe('backoffDelay', () => {
  it('doubles from the initial delay and adds up to half again as jitter', () => {
    const options = { initialDelayMs: 500, maxDelayMs: 30_000 }
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, 0, options))).toEqual([500, 1000, 2000, 4000])
    expect(backoffDelay(1, 0.999, options)).toBe(750)
  })

  it('never waits longer than the maximum', () => {
    expect(backoffDelay(20, 0.9, { initialDelayMs: 500, maxDelayMs: 30_000 })).toBe(30_000)
  })
})

describe('retryAfterMs', () => {
  const now = Date.parse('2025-06-01T12:00:00Z')
  const headers = (entries: Record<string, string>) => new Headers(entries)

  it('reads delay-seconds', () => {
    expect(retryAfterMs(headers({ 'retry-after': '12' }), now)).toBe(12_000)
  })

  it('reads an HTTP date as the time left until it', () => {
    const value = new Date(now + 9_000).toUTCString()
    expect(retryAfterMs(headers({ 'retry-after': value }), now)).toBe(9_000)
    const past = new Date(now - 9_000).toUTCString()
    expect(retryAfterMs(headers({ 'retry-after': past }), now)).toBe(0)
  })

  it('prefers retry-after-ms when given', () => {
    expect(retryAfterMs(headers({ 'retry-after-ms': '250', 'retry-after': '1' }), now)).toBe(250)
  })

  it('ignores an absent or unreadable value', () => {
    expect(retryAfterMs(headers({}), now)).toBeUndefined()
    expect(retryAfterMs(headers({ 'retry-after': 'soon' }), now)).toBeUndefined()
  })
})

describe('isTransientStatus', () => {
  it('retries rate limits, gateway timeouts and server failures, not other client errors', () => {
    expect([408, 429, 500, 502, 503, 504].every(isTransientStatus)).toBe(true)
    expect([400, 401, 403, 404, 422, 501].some(isTransientStatus)).toBe(false)
  })
})

describe('systemClock.sleep', () => {
  it('stops waiting when its signal aborts', async () => {
    const controller = new AbortController()
    const sleeping = systemClock.sleep(60_000, controller.signal)
    controller.abort(new Error('shutdown'))
    await expect(sleeping).rejects.toThrow('shutdown')
  })
})
