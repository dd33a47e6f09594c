/** "just now", "5 minutes ago", "yesterday", "3 days ago", then a date: how recent a change is. */
const UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
]

export function toTimestamp(value: number | string): number {
  return typeof value === 'number' ? value : Date.parse(value)
}

export function formatRelativeTime(
  value: number | string,
  now: number = Date.now(),
  locale = 'en',
): string {
  const time = toTimestamp(value)
  if (!Number.isFinite(time)) return 'unknown'
  const seconds = Math.round((time - now) / 1000)
  if (Math.abs(seconds) < 45) return 'just now'
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit)
  }
  return format.format(Math.round(seconds / 60) || -1, 'minute')
}
