/**
 * A sweep of the data folder that runs at start and then on a timer (export files past their
 * retention, media nothing uses any more): one sweep at a time, a timer that never keeps the
 * process alive, and a stop that waits for a sweep in flight.
 */

/** The timer functions a sweep uses (the global ones unless a test gives its own). */
export interface SweepTimers {
  setInterval(run: () => void, ms: number): { unref(): unknown }
  clearInterval(handle: { unref(): unknown }): void
}

const globalTimers: SweepTimers = {
  setInterval: (run, ms) => setInterval(run, ms),
  clearInterval: (handle) => clearInterval(handle as ReturnType<typeof setInterval>),
}

export class PeriodicSweep<T> {
  private timer: { unref(): unknown } | null = null
  private sweeping: Promise<T> | null = null

  /** `run` must never reject: it logs what it could not do and returns its result. */
  constructor(
    private readonly run: () => Promise<T>,
    readonly everyMs: number,
    private readonly timers: SweepTimers = globalTimers,
  ) {}

  /** Sweeps now, or joins the sweep in flight. */
  sweep(): Promise<T> {
    this.sweeping ??= this.run().finally(() => {
      this.sweeping = null
    })
    return this.sweeping
  }

  /** Sweeps now, then every `everyMs` until `stop()`. */
  async start(): Promise<void> {
    if (!this.timer) {
      this.timer = this.timers.setInterval(() => void this.sweep(), this.everyMs)
      this.timer.unref()
    }
    await this.sweep()
  }

  /** Stops the timer and waits for a sweep in flight. */
  async stop(): Promise<void> {
    if (this.timer) this.timers.clearInterval(this.timer)
    this.timer = null
    await this.sweeping
  }
}
