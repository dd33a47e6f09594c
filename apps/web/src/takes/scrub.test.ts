import { describe, expect, it } from 'vitest'
import { scrubRatio, scrubTime } from './scrub.js'

describe('hover scrubbing', () => {
  it('maps the pointer across the clip to 0..1, clamped at the edges', () => {
    expect(scrubRatio(100, 100, 200)).toBe(0)
    expect(scrubRatio(200, 100, 200)).toBe(0.5)
    expect(scrubRatio(350, 100, 200)).toBe(1)
    expect(scrubRatio(50, 100, 200)).toBe(0)
    expect(scrubRatio(150, 100, 0)).toBe(0)
  })

  it('maps a ratio to a time in the clip, a frame short of its end', () => {
    expect(scrubTime(0, 4)).toBe(0)
    expect(scrubTime(0.5, 4)).toBe(2)
    expect(scrubTime(1, 4)).toBeCloseTo(4 - 1 / 24)
    expect(scrubTime(1, 2, 25)).toBeCloseTo(1.96)
    expect(scrubTime(0.5, Number.NaN)).toBe(0)
    expect(scrubTime(0.5, Infinity)).toBe(0)
  })
})
