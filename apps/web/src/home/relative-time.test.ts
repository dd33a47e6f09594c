import { describe, expect, it } from 'vitest'
import { formatRelativeTime } from './relative-time'

const NOW = Date.parse('2025-06-10T12:00:00Z')

describe('formatRelativeTime', () => {
  it('says "just now" for the last moments', () => {
    expect(formatRelativeTime(NOW - 10_000, NOW)).toBe('just now')
  })

  it('counts minutes, hours and days', () => {
    expect(formatRelativeTime(NOW - 5 * 60_000, NOW)).toBe('5 minutes ago')
    expect(formatRelativeTime(NOW - 3 * 3600_000, NOW)).toBe('3 hours ago')
    expect(formatRelativeTime(NOW - 24 * 3600_000, NOW)).toBe('yesterday')
    expect(formatRelativeTime(NOW - 3 * 24 * 3600_000, NOW)).toBe('3 days ago')
  })

  it('accepts ISO strings and tolerates bad values', () => {
    expect(formatRelativeTime('2025-06-10T11:00:00Z', NOW)).toBe('1 hour ago')
    expect(formatRelativeTime('not a date', NOW)).toBe('unknown')
  })
})
