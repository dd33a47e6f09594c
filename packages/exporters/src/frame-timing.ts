/**
 * Shots on a frame grid: every timeline format (OTIO, EDL, FCPXML, the MP4) counts whole frames
 * at the film's rate. Shot boundaries are rounded from the running time, not shot by shot, so
 * the frames add up to the running time rounded once, and the formats agree with each other.
 */
import { sequenceTimings } from '@sceneboard/shared'
import { ExportError } from './export-error.js'
import type { Film, FilmShot } from './film.js'

export interface FramedShot {
  shot: FilmShot
  /** Film frames from the start of the sequence. */
  startFrame: number
  frames: number
}

export const MAX_FILM_FPS = 120

export function assertFilmFps(fps: number): void {
  if (!Number.isInteger(fps) || fps < 1 || fps > MAX_FILM_FPS) {
    throw new ExportError('bad-options', `fps must be a whole number from 1 to ${MAX_FILM_FPS}`)
  }
}

export function framedShots(film: Film): FramedShot[] {
  assertFilmFps(film.fps)
  const timings = sequenceTimings(
    film.shots.map((shot) => ({ id: shot.id, durationSeconds: shot.durationSeconds })),
  )
  return timings.map((timing, i) => {
    const startFrame = Math.round(timing.startSeconds * film.fps)
    const endFrame = Math.round(timing.endSeconds * film.fps)
    return { shot: film.shots[i] as FilmShot, startFrame, frames: endFrame - startFrame }
  })
}

export function totalFrames(shots: readonly FramedShot[]): number {
  const last = shots[shots.length - 1]
  return last ? last.startFrame + last.frames : 0
}

/** Non-drop-frame "HH:MM:SS:FF" at a whole frame rate. */
export function formatTimecode(frame: number, fps: number): string {
  const ff = frame % fps
  const totalSeconds = Math.floor(frame / fps)
  const parts = [
    Math.floor(totalSeconds / 3600),
    Math.floor(totalSeconds / 60) % 60,
    totalSeconds % 60,
    ff,
  ]
  return parts.map((part) => String(part).padStart(2, '0')).join(':')
}

/** Frames from "HH:MM:SS:FF" (non-drop-frame). */
export function parseTimecode(timecode: string, fps: number): number {
  const match = /^(\d{2}):(\d{2}):(\d{2})[:;](\d{2})$/.exec(timecode)
  if (!match) throw new Error(`not a timecode: ${timecode}`)
  const [h, m, s, f] = match.slice(1).map(Number) as [number, number, number, number]
  return ((h * 60 + m) * 60 + s) * fps + f
}

/** Frames in a clip of this many milliseconds, at the film's rate. */
export function msToFrames(ms: number, fps: number): number {
  return Math.round((ms / 1000) * fps)
}
