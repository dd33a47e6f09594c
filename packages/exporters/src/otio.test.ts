import { describe, expect, it } from 'vitest'
import { SAMPLE_FILM_FRAMES, sampleFilm } from '../test/support/sample-film.js'
import { otioJson } from './otio.js'

interface RationalTime {
  OTIO_SCHEMA: string
  rate: number
  value: number
}
interface OtioClip {
  OTIO_SCHEMA: string
  name: string
  source_range: { OTIO_SCHEMA: string; start_time: RationalTime; duration: RationalTime }
  media_references: Record<
    string,
    { OTIO_SCHEMA: string; target_url?: string; available_range: unknown }
  >
  active_media_reference_key: string
  metadata: {
    sceneboard: {
      shotNumber: string
      scene: string | null
      act: string | null
      spec: { durationSeconds: number }
      prompt: string
    }
  }
}

function parse(text: string) {
  const timeline = JSON.parse(text) as {
    OTIO_SCHEMA: string
    name: string
    global_start_time: RationalTime
    tracks: {
      OTIO_SCHEMA: string
      children: { OTIO_SCHEMA: string; kind: string; children: OtioClip[] }[]
    }
  }
  return timeline
}

describe('OpenTimelineIO export', () => {
  it('is a timeline with one video track of one clip a shot', () => {
    const timeline = parse(otioJson(sampleFilm()))
    expect(timeline.OTIO_SCHEMA).toBe('Timeline.1')
    expect(timeline.name).toBe(sampleFilm().title)
    expect(timeline.tracks.OTIO_SCHEMA).toBe('Stack.1')
    expect(timeline.tracks.children).toHaveLength(1)
    const track = timeline.tracks.children[0]!
    expect(track).toMatchObject({ OTIO_SCHEMA: 'Track.1', kind: 'Video' })
    expect(track.children.map((clip) => clip.OTIO_SCHEMA)).toEqual(Array(4).fill('Clip.2'))
    expect(track.children.map((clip) => clip.metadata.sceneboard.shotNumber)).toEqual([
      '1A',
      '1B',
      '2A',
      '2B',
    ])
    expect(timeline.global_start_time).toEqual({
      OTIO_SCHEMA: 'RationalTime.1',
      rate: 24,
      value: 86400,
    })
  })

  it('has clip durations that add up to the sequence at the film rate', () => {
    const film = sampleFilm()
    const clips = parse(otioJson(film)).tracks.children[0]!.children
    const frames = clips.map((clip) => clip.source_range.duration.value)
    expect(frames).toEqual([96, 60, 144, 30])
    expect(frames.reduce((a, b) => a + b, 0)).toBe(SAMPLE_FILM_FRAMES)
    for (const clip of clips) {
      expect(clip.source_range.OTIO_SCHEMA).toBe('TimeRange.1')
      expect(clip.source_range.duration).toMatchObject({ OTIO_SCHEMA: 'RationalTime.1', rate: 24 })
      expect(clip.source_range.start_time.value).toBe(0)
    }
    const seconds = clips.map(
      (clip) => clip.source_range.duration.value / clip.source_range.duration.rate,
    )
    expect(seconds).toEqual(film.shots.map((shot) => shot.durationSeconds))
  })

  it('points at clip files and marks missing clips', () => {
    const clips = parse(otioJson(sampleFilm())).tracks.children[0]!.children
    const refs = clips.map((clip) => clip.media_references[clip.active_media_reference_key]!)
    expect(refs.map((ref) => ref.OTIO_SCHEMA)).toEqual([
      'ExternalReference.1',
      'MissingReference.1',
      'ExternalReference.1',
      'ExternalReference.1',
    ])
    expect(refs[0]?.target_url).toBe('file:///media/clips/shot-one.mp4')
    expect(refs[2]?.target_url).toBe('file:///media/clips/storm%20wave.mp4')
    // the storm clip is 3 s long: its available range says so
    expect(refs[2]?.available_range).toMatchObject({ duration: { value: 72, rate: 24 } })
  })

  it('carries the shot spec and prompt in the metadata', () => {
    const film = sampleFilm()
    const clip = parse(otioJson(film)).tracks.children[0]!.children[0]!
    expect(clip.metadata.sceneboard.spec).toEqual(film.shots[0]!.spec)
    expect(clip.metadata.sceneboard.prompt).toBe(film.shots[0]!.prompt)
  })

  it("names each clip's scene and act in the metadata, null outside every scene", () => {
    const clips = parse(otioJson(sampleFilm())).tracks.children[0]!.children
    expect(clips.map(({ metadata: { sceneboard } }) => [sceneboard.scene, sceneboard.act])).toEqual(
      [
        ['The rock', 'Act one'],
        ['The rock', 'Act one'],
        ['The storm', null],
        [null, null],
      ],
    )
  })

  it('uses the caller-given media URL', () => {
    const text = otioJson(sampleFilm(), {
      mediaUrl: (clip) => `media/${clip.url?.split('/').pop()}`,
    })
    const clip = parse(text).tracks.children[0]!.children[0]!
    expect(clip.media_references.DEFAULT_MEDIA?.target_url).toBe('media/shot-one.mp4')
  })
})
