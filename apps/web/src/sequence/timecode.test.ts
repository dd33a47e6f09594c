import { describe, expect, it } from 'vitest'
import { formatTimecode } from './timecode'

describe('formatTimecode', () => {
  it('writes positions in the film as m:ss or h:mm:ss', () => {
    expect(formatTimecode(0)).toBe('0:00')
    expect(formatTimecode(4.5)).toBe('0:04')
    expect(formatTimecode(75)).toBe('1:15')
    expect(formatTimecode(3725)).toBe('1:02:05')
    expect(formatTimecode(Number.NaN)).toBe('0:00')
  })
})
