/**
 * What a card shows about its takes, as pure functions: progress as a whole percent, the words
 * for each status, take numbers, what the stage shows (the clip, the jobs in flight, a failure)
 * and where a take came from.
 */
import { displayedTake, type Take, type TakeStatus } from '@sceneboard/shared'

/** 0..1 -> a whole percent, never 100 before the take is done and never below 0. */
export function progressPercent(progress: number, status: TakeStatus = 'running'): number {
  if (status === 'succeeded') return 100
  if (!Number.isFinite(progress) || progress <= 0) return 0
  return Math.min(99, Math.floor(progress * 100))
}

export function isInFlight(take: Pick<Take, 'status'>): boolean {
  return take.status === 'queued' || take.status === 'running'
}

/** "Queued", "Rendering 42%", "Done", "Failed", "Canceled". */
export function statusLabel(take: Pick<Take, 'status' | 'progress'>): string {
  switch (take.status) {
    case 'queued':
      return 'Queued'
    case 'running':
      return `Rendering ${progressPercent(take.progress)}%`
    case 'succeeded':
      return 'Done'
    case 'failed':
      return 'Failed'
    case 'canceled':
      return 'Canceled'
  }
}

/** Short badge text for a thumbnail: "Queued", "42%", "Failed", "Canceled", or none. */
export function badgeLabel(take: Pick<Take, 'status' | 'progress'>): string | null {
  if (take.status === 'running') return `${progressPercent(take.progress)}%`
  if (take.status === 'succeeded') return null
  return statusLabel(take)
}

/** Take numbers by id: 1 for the card's oldest take, counting up (stable as takes are added). */
export function takeNumbers(takes: readonly Take[]): Map<string, number> {
  // The reverse of the takes model's order (newest first, then by id), so numbers count down
  // the strip even for variations made at the same moment.
  const oldestFirst = [...takes].sort(
    (a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )
  return new Map(oldestFirst.map((take, index) => [take.id, index + 1]))
}

export interface StageView {
  /** The take whose clip plays (the selected one, or the newest that succeeded). */
  shown: Take | null
  /** Takes queued or rendering, newest first. */
  inFlight: Take[]
  /** A failure to report on the stage: the selected take, or the newest take, when it failed. */
  failure: Take | null
}

/** `takes` newest first, as the takes model gives them. */
export function stageView(takes: readonly Take[], selectedTakeId: string | null): StageView {
  const shown = displayedTake(takes, selectedTakeId)
  const inFlight = takes.filter(isInFlight)
  const selected = takes.find((take) => take.id === selectedTakeId)
  // The latest attempt failing stays visible (until retried or removed), whatever is selected.
  const failure =
    selected?.status === 'failed' ? selected : takes[0]?.status === 'failed' ? takes[0] : null
  return { shown, inFlight, failure }
}

/** Where a take came from, in words: "Generated", "Remix of take 2", "Uploaded clip.mp4". */
export function originLabel(take: Take, numbers: ReadonlyMap<string, number>): string {
  const origin = take.origin
  switch (origin.kind) {
    case 'generate':
      return 'Generated'
    case 'remix': {
      const n = numbers.get(origin.fromTakeId)
      return n ? `Remix of take ${n}` : 'Remix of a deleted take'
    }
    case 'extend': {
      const n = numbers.get(origin.fromTakeId)
      return n ? `Extends take ${n}` : 'Extends a deleted take'
    }
    case 'upload':
      return origin.fileName ? `Uploaded ${origin.fileName}` : 'Uploaded'
  }
}

/** "m:ss.s" for a position in a clip (tenths, for scrubbing short clips). */
export function formatClipTime(seconds: number): string {
  const tenths = Number.isFinite(seconds) && seconds > 0 ? Math.floor(seconds * 10) : 0
  const m = Math.floor(tenths / 600)
  const s = Math.floor((tenths % 600) / 10)
  return `${m}:${String(s).padStart(2, '0')}.${tenths % 10}`
}

/** "1280×720 · 24 fps · 5.0 s" for a take's clip. */
export function describeClip(take: Take): string | null {
  const clip = take.clip
  if (!clip) return null
  const parts = [`${clip.width}×${clip.height}`]
  if (clip.fps) parts.push(`${Math.round(clip.fps * 100) / 100} fps`)
  if (clip.durationMs !== null && clip.kind === 'video') {
    parts.push(`${(clip.durationMs / 1000).toFixed(1)} s`)
  }
  if (clip.kind === 'image') parts.push('still image')
  return parts.join(' · ')
}

/** The picture that stands for a take: its poster, or the still itself; null while it has none. */
export function posterOf(take: Take | null | undefined): string | null {
  const clip = take?.clip
  if (!clip) return null
  return clip.posterUrl ?? (clip.kind === 'image' ? clip.url : null)
}
