/**
 * Planning the animatic, pure: what each shot plays (its clip, a still or a slate) and whether
 * the whole film can be joined by stream copy. Stream copy (the concat demuxer with `-c copy`,
 * no decoding) is taken only when every shot is an H.264 clip that already matches the target
 * (size, frame rate, yuv420p, one profile and time base for all) and is exactly as long as its
 * shot, with no burn-ins. Anything else is re-encoded, and the reason says which shot and why.
 */
import type { FilmClip } from './film.js'
import type { FramedShot } from './frame-timing.js'
import type { AnimaticLook, AnimaticSource, PlannedShot } from './animatic-graph.js'
import type { MediaFacts } from './media-probe.js'

export const NO_CLIP_NOTE = 'no clip yet: slate'
export const MISSING_FILE_NOTE = 'clip file not found: slate'

/** What a shot plays, given whether its clip file is on this machine. */
export function planSource(
  framed: FramedShot,
  fileExists: (clip: FilmClip) => boolean,
): AnimaticSource {
  const clip = framed.shot.take?.clip
  if (!clip) return { kind: 'slate', note: NO_CLIP_NOTE }
  if (!clip.path || !fileExists(clip)) return { kind: 'slate', note: MISSING_FILE_NOTE }
  return { kind: clip.kind, path: clip.path }
}

const sameRate = (a: number, b: number) => Math.abs(a - b) < 0.01

/** Why the film cannot be stream-copied, judged from the takes' own metadata; null if it may. */
export function streamCopyBlocker(
  shots: readonly PlannedShot[],
  look: AnimaticLook,
): string | null {
  if (look.burnShotNumbers) return 'burnt-in shot numbers need re-encoding'
  if (look.burnTimecode) return 'burnt-in timecode needs re-encoding'
  for (const planned of shots) {
    const { shot, source, frames } = planned
    const clip = shot.take?.clip
    const label = `shot ${shot.number}`
    if (source.kind === 'slate' || !clip)
      return `${label} has no clip to copy (${source.kind === 'slate' ? source.note : ''})`
    if (source.kind === 'image') return `${label} is a still picture`
    if (clip.mime !== 'video/mp4') return `${label} is ${clip.mime}, not video/mp4`
    if (clip.width !== look.width || clip.height !== look.height) {
      return `${label} is ${clip.width}x${clip.height}, not ${look.width}x${look.height}`
    }
    if (clip.fps === null || !sameRate(clip.fps, look.fps))
      return `${label} runs at ${clip.fps ?? 'an unknown'} fps, not ${look.fps}`
    if (clip.durationMs === null || Math.abs((clip.durationMs / 1000) * look.fps - frames) >= 0.5) {
      return `${label} lasts ${clip.durationMs === null ? 'an unknown time' : `${clip.durationMs / 1000}s`}, its shot ${frames / look.fps}s: it needs trimming or holding`
    }
  }
  return null
}

/** Why the probed files cannot be stream-copied; null when every one matches the target. */
export function probedCopyBlocker(
  shots: readonly PlannedShot[],
  facts: readonly (MediaFacts | null)[],
  look: AnimaticLook,
): string | null {
  const first = facts[0]
  for (const [i, planned] of shots.entries()) {
    const fact = facts[i]
    const label = `shot ${planned.shot.number}`
    if (!fact || !first) return `${label}: its file holds no readable video`
    if (fact.codec !== 'h264') return `${label} is ${fact.codec}, not h264`
    if (fact.pixelFormat !== 'yuv420p') return `${label} is ${fact.pixelFormat}, not yuv420p`
    if (fact.width !== look.width || fact.height !== look.height) {
      return `${label} is ${fact.width}x${fact.height}, not ${look.width}x${look.height}`
    }
    if (!sameRate(fact.fps, look.fps)) return `${label} runs at ${fact.fps} fps, not ${look.fps}`
    if (fact.frames !== planned.frames)
      return `${label} has ${fact.frames} frames, its shot ${planned.frames}`
    if (fact.profile !== first.profile)
      return `${label} is H.264 ${fact.profile}, shot ${shots[0]?.shot.number} ${first.profile}`
    if (fact.timescale !== first.timescale)
      return `${label} has time base 1/${fact.timescale}, shot ${shots[0]?.shot.number} 1/${first.timescale}`
  }
  return null
}

/** Consecutive runs of at most `size` shots. */
export function chunksOf<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = []
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size))
  return chunks
}
