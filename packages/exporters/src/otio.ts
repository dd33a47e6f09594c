/**
 * OpenTimelineIO (.otio JSON): a Timeline with one video track, one clip a shot in film order.
 * A shot with a clip points at it (ExternalReference, `available_range` the clip's own length);
 * a shot without one keeps its place with a MissingReference, so the cut has its full length and
 * the editor sees what is still to come. Durations are whole frames at the film's rate and add up
 * to the sequence; the timeline starts at 01:00:00:00 like the EDL. Each clip's metadata carries
 * the shot under `sceneboard`: number, card id, title, scene and act, spec, composed prompt and
 * take.
 */
import { defaultMediaUrl, type Film, type FilmClip, type FilmShot } from './film.js'
import { framedShots, msToFrames, type FramedShot } from './frame-timing.js'

export interface OtioOptions {
  /** The URL written as `target_url` (default: the clip's file as file://, else its URL). */
  mediaUrl?: (clip: FilmClip, shot: FilmShot) => string
}

interface RationalTime {
  OTIO_SCHEMA: 'RationalTime.1'
  rate: number
  value: number
}

interface TimeRange {
  OTIO_SCHEMA: 'TimeRange.1'
  start_time: RationalTime
  duration: RationalTime
}

const rationalTime = (value: number, rate: number): RationalTime => ({
  OTIO_SCHEMA: 'RationalTime.1',
  rate,
  value,
})

const timeRange = (start: number, duration: number, rate: number): TimeRange => ({
  OTIO_SCHEMA: 'TimeRange.1',
  start_time: rationalTime(start, rate),
  duration: rationalTime(duration, rate),
})

function shotMetadata(shot: FilmShot): Record<string, unknown> {
  return {
    sceneboard: {
      shotNumber: shot.number,
      cardId: shot.id,
      title: shot.title,
      scene: shot.sceneLabel,
      act: shot.scene?.act ?? null,
      durationSeconds: shot.durationSeconds,
      spec: shot.spec,
      prompt: shot.prompt,
      take: shot.take
        ? {
            id: shot.take.id,
            provider: shot.take.provider,
            model: shot.take.model,
            seed: shot.take.seed,
          }
        : null,
    },
  }
}

function mediaReference(framed: FramedShot, fps: number, options: OtioOptions) {
  const { shot } = framed
  const name = `${shot.number} ${shot.title}`.trim()
  if (!shot.take) {
    return {
      OTIO_SCHEMA: 'MissingReference.1',
      metadata: {},
      name,
      available_range: null,
      available_image_bounds: null,
    }
  }
  const { clip } = shot.take
  const clipFrames =
    clip.kind === 'video' && clip.durationMs !== null ? msToFrames(clip.durationMs, fps) : null
  return {
    OTIO_SCHEMA: 'ExternalReference.1',
    metadata: {
      sceneboard: { mime: clip.mime, width: clip.width, height: clip.height, fps: clip.fps },
    },
    name,
    available_range: clipFrames === null ? null : timeRange(0, clipFrames, fps),
    available_image_bounds: null,
    target_url: (options.mediaUrl ?? defaultMediaUrl)(clip, shot),
  }
}

function otioClip(framed: FramedShot, fps: number, options: OtioOptions) {
  const { shot } = framed
  return {
    OTIO_SCHEMA: 'Clip.2',
    metadata: shotMetadata(shot),
    name: `${shot.number} ${shot.title}`.trim(),
    source_range: timeRange(0, framed.frames, fps),
    effects: [],
    markers: [],
    enabled: true,
    media_references: { DEFAULT_MEDIA: mediaReference(framed, fps, options) },
    active_media_reference_key: 'DEFAULT_MEDIA',
  }
}

/** The timeline as an OTIO object tree (JSON-serialisable). */
export function otioTimeline(film: Film, options: OtioOptions = {}) {
  const fps = film.fps
  const shots = framedShots(film)
  return {
    OTIO_SCHEMA: 'Timeline.1',
    metadata: { sceneboard: { exportedAt: film.exportedAt.toISOString() } },
    name: film.title,
    global_start_time: rationalTime(3600 * fps, fps),
    tracks: {
      OTIO_SCHEMA: 'Stack.1',
      metadata: {},
      name: 'tracks',
      source_range: null,
      effects: [],
      markers: [],
      enabled: true,
      children: [
        {
          OTIO_SCHEMA: 'Track.1',
          metadata: {},
          name: 'V1',
          source_range: null,
          effects: [],
          markers: [],
          enabled: true,
          children: shots.map((framed) => otioClip(framed, fps, options)),
          kind: 'Video',
        },
      ],
    },
  }
}

/** The .otio file's text. */
export function otioJson(film: Film, options: OtioOptions = {}): string {
  return `${JSON.stringify(otioTimeline(film, options), null, 2)}\n`
}
