import { sequenceTimings } from '@sceneboard/shared'
import { describe, expect, it } from 'vitest'
import { clipTime, filmLength, nextShot, previousShot, shotAt, startOf } from './player-timing'

const timings = sequenceTimings([
  { id: 'a', durationSeconds: 4 },
  { id: 'b', durationSeconds: 0 },
  { id: 'c', durationSeconds: 2.5 },
])

describe('player timing', () => {
  it('finds the shot playing at a time and the time within it', () => {
    expect(shotAt(timings, 0)).toEqual({ index: 0, offset: 0 })
    expect(shotAt(timings, 3.5)).toEqual({ index: 0, offset: 3.5 })
    // the empty shot is skipped: 4s is the start of the third
    expect(shotAt(timings, 4)).toEqual({ index: 2, offset: 0 })
    expect(shotAt(timings, 5)).toEqual({ index: 2, offset: 1 })
  })

  it('clamps before the start and past the end', () => {
    expect(shotAt(timings, -3)).toEqual({ index: 0, offset: 0 })
    expect(shotAt(timings, Number.NaN)).toEqual({ index: 0, offset: 0 })
    expect(shotAt(timings, 99)).toEqual({ index: 2, offset: 2.5 })
    expect(shotAt([], 1)).toBeNull()
  })

  it('knows the running time, next, previous and start of a shot', () => {
    expect(filmLength(timings)).toBe(6.5)
    expect(filmLength([])).toBe(0)
    expect(nextShot(timings, 0)).toBe(1)
    expect(nextShot(timings, 2)).toBeNull()
    expect(previousShot(timings, 0)).toBeNull()
    expect(previousShot(timings, 2)).toBe(1)
    expect(startOf(timings, 2)).toBe(4)
    expect(startOf(timings, 9)).toBe(4)
    expect(startOf([], 0)).toBe(0)
  })

  it('holds a short clip on its last frame and cuts a long one', () => {
    expect(clipTime(1, 3)).toBe(1)
    expect(clipTime(5, 3)).toBeCloseTo(2.96)
    expect(clipTime(2, Number.NaN)).toBe(2)
    expect(clipTime(-1, 3)).toBe(0)
  })
})
