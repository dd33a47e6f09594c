/**
 * Pure timing of the animatic: which shot plays at a time, how far into it, and which comes next.
 * Times are seconds from the start of the film; shots come from `sequenceTimings`.
 */
import type { ShotTiming } from '@sceneboard/shared'

export interface PlayheadPosition {
  /** Index of the shot in film order. */
  index: number
  /** Seconds into that shot. */
  offset: number
}

/** Total running time of the film. */
export function filmLength(timings: readonly ShotTiming[]): number {
  return timings.at(-1)?.endSeconds ?? 0
}

/**
 * The shot playing at `t` and the time within it. Before the start: the first shot at 0; at or past
 * the end: the last shot at its end. Shots with no duration are never "playing". Null when empty.
 */
export function shotAt(timings: readonly ShotTiming[], t: number): PlayheadPosition | null {
  if (timings.length === 0) return null
  const time = Number.isFinite(t) && t > 0 ? t : 0
  const total = filmLength(timings)
  if (time >= total) {
    const last = timings.length - 1
    return { index: last, offset: timings[last]!.durationSeconds }
  }
  for (let i = 0; i < timings.length; i++) {
    const shot = timings[i]!
    if (time >= shot.startSeconds && time < shot.endSeconds) {
      return { index: i, offset: time - shot.startSeconds }
    }
  }
  return { index: 0, offset: 0 }
}

/** The shot after `index`, or null at the end. */
export function nextShot(timings: readonly ShotTiming[], index: number): number | null {
  return index + 1 < timings.length ? index + 1 : null
}

/** The shot before `index`, or null at the start. */
export function previousShot(timings: readonly ShotTiming[], index: number): number | null {
  return index > 0 && timings.length > 0 ? Math.min(index, timings.length) - 1 : null
}

/** The film time at which shot `index` starts (clamped to the film). */
export function startOf(timings: readonly ShotTiming[], index: number): number {
  if (timings.length === 0) return 0
  const i = Math.max(0, Math.min(index, timings.length - 1))
  return timings[i]!.startSeconds
}

/**
 * Where a clip should be for a shot `offset` seconds in: a clip shorter than the shot holds its
 * last frame (the time is clamped to the clip), a longer one is cut at the shot's end.
 */
export function clipTime(offset: number, clipDurationSeconds: number): number {
  if (!Number.isFinite(clipDurationSeconds) || clipDurationSeconds <= 0) return Math.max(0, offset)
  return Math.max(0, Math.min(offset, clipDurationSeconds - 0.04))
}
