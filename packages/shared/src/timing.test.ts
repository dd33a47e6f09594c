import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatDuration, sequenceTimings, totalRunningTime } from './timing.js'

describe('sequenceTimings', () => {
  it('lays shots end to end and numbers them from 1', () => {
    expect(
      sequenceTimings([
        { id: 'a', durationSeconds: 4 },
        { id: 'b', durationSeconds: 2.5 },
        { id: 'c', durationSeconds: 6 },
      ]),
    ).toEqual([
      { id: 'a', number: 1, startSeconds: 0, durationSeconds: 4, endSeconds: 4 },
      { id: 'b', number: 2, startSeconds: 4, durationSeconds: 2.5, endSeconds: 6.5 },
      { id: 'c', number: 3, startSeconds: 6.5, durationSeconds: 6, endSeconds: 12.5 },
    ])
  })

  it.each([Number.NaN, -3, 0, Number.POSITIVE_INFINITY])(
    'counts a bad duration (%s) as zero',
    (d) => {
      const [bad, next] = sequenceTimings([
        { id: 'bad', durationSeconds: d },
        { id: 'next', durationSeconds: 2 },
      ])
      expect(bad).toMatchObject({ durationSeconds: 0, endSeconds: 0 })
      expect(next).toMatchObject({ startSeconds: 0, endSeconds: 2 })
    },
  )

  it('is empty for an empty sequence', () => {
    expect(sequenceTimings([])).toEqual([])
  })

  it('leaves no gaps: each shot starts where the previous one ends', () => {
    const shots = fc.array(
      fc.record({ id: fc.string(), durationSeconds: fc.double({ min: -5, max: 60 }) }),
    )
    fc.assert(
      fc.property(shots, (list) => {
        const timings = sequenceTimings(list)
        timings.forEach((timing, i) => {
          expect(timing.startSeconds).toBe(i === 0 ? 0 : timings[i - 1]!.endSeconds)
          expect(timing.durationSeconds).toBeGreaterThanOrEqual(0)
        })
      }),
    )
  })
})

describe('totalRunningTime', () => {
  it('sums the durations', () => {
    expect(
      totalRunningTime([
        { id: 'a', durationSeconds: 4 },
        { id: 'b', durationSeconds: 8 },
      ]),
    ).toBe(12)
  })

  it('is zero for no shots or only bad durations', () => {
    expect(totalRunningTime([])).toBe(0)
    expect(totalRunningTime([{ id: 'a', durationSeconds: Number.NaN }])).toBe(0)
  })
})

describe('formatDuration', () => {
  it.each([
    [0, '0s'],
    [4, '4s'],
    [4.5, '4.5s'],
    [4.04, '4s'],
    [0.05, '0.1s'],
    [59.9, '59.9s'],
    [59.96, '1:00'],
    [60, '1:00'],
    [61.4, '1:01'],
    [125, '2:05'],
    [3599.4, '59:59'],
    [3599.6, '1:00:00'],
    [3600, '1:00:00'],
    [3725, '1:02:05'],
    [36000, '10:00:00'],
  ])('formats %s seconds as %s', (seconds, expected) => {
    expect(formatDuration(seconds)).toBe(expected)
  })

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('formats a bad value (%s) as 0s', (value) => {
    expect(formatDuration(value)).toBe('0s')
  })
})
