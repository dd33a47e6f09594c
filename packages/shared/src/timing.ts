/** Running time of the film: pure timing maths over the sequence and the cards' durations. */

export interface TimedShot {
  id: string
  durationSeconds: number
}

export interface ShotTiming {
  id: string
  number: number
  startSeconds: number
  durationSeconds: number
  endSeconds: number
}

/** Start, end and shot number of each shot in order. Bad durations count as zero. */
export function sequenceTimings(shots: readonly TimedShot[]): ShotTiming[] {
  let start = 0
  return shots.map((shot, i) => {
    const duration =
      Number.isFinite(shot.durationSeconds) && shot.durationSeconds > 0 ? shot.durationSeconds : 0
    const timing = {
      id: shot.id,
      number: i + 1,
      startSeconds: start,
      durationSeconds: duration,
      endSeconds: start + duration,
    }
    start += duration
    return timing
  })
}

export function totalRunningTime(shots: readonly TimedShot[]): number {
  const timings = sequenceTimings(shots)
  return timings.length === 0 ? 0 : timings[timings.length - 1]!.endSeconds
}

/** "m:ss" or "h:mm:ss", rounded to the nearest tenth below a minute ("4.5s"). */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '0s'
  const tenths = Math.round(seconds * 10) / 10
  if (tenths < 60) {
    return `${Number.isInteger(tenths) ? tenths.toFixed(0) : tenths.toFixed(1)}s`
  }
  const whole = Math.round(seconds)
  const h = Math.floor(whole / 3600)
  const m = Math.floor((whole % 3600) / 60)
  const s = whole % 60
  const ss = String(s).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`
}
