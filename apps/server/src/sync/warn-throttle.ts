/**
 * Keeps one misbehaving client from flooding the log: at most one warning per key (a connection)
 * in each interval. The ones held back in between are counted, and the next warning says how
 * many there were; the caller can still log them at a quieter level.
 */
export class WarnThrottle {
  private readonly last = new WeakMap<object, { at: number; held: number }>()

  constructor(
    private readonly intervalMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether to warn now for `key`, and how many warnings for it were held back since the last. */
  take(key: object): { warn: boolean; heldBack: number } {
    const time = this.now()
    const entry = this.last.get(key)
    if (!entry || time - entry.at >= this.intervalMs) {
      this.last.set(key, { at: time, held: 0 })
      return { warn: true, heldBack: entry?.held ?? 0 }
    }
    entry.held++
    return { warn: false, heldBack: 0 }
  }
}
