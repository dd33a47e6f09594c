import { describe, expect, it } from 'vitest'
import { WarnThrottle } from './warn-throttle.js'

describe('WarnThrottle', () => {
  it('warns once per key in each interval and counts what it held back into the next warning', () => {
    let now = 1_000
    const throttle = new WarnThrottle(60_000, () => now)
    const noisy = {}
    const other = {}
    expect(throttle.take(noisy)).toEqual({ warn: true, heldBack: 0 })
    for (let i = 0; i < 5; i++) expect(throttle.take(noisy)).toEqual({ warn: false, heldBack: 0 })
    // Another key is not held back by the first.
    expect(throttle.take(other)).toEqual({ warn: true, heldBack: 0 })
    now += 59_999
    expect(throttle.take(noisy).warn).toBe(false)
    now += 1
    expect(throttle.take(noisy)).toEqual({ warn: true, heldBack: 6 })
    expect(throttle.take(noisy)).toEqual({ warn: false, heldBack: 0 })
  })
})
