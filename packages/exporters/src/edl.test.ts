import { describe, expect, it } from 'vitest'
import { SAMPLE_FILM_FRAMES, filmShot, sampleFilm } from '../test/support/sample-film.js'
import { edl, EDL_MAX_EVENTS } from './edl.js'
import { ExportError } from './export-error.js'
import { parseTimecode } from './frame-timing.js'

interface EdlEvent {
  number: string
  reel: string
  track: string
  transition: string
  timecodes: number[]
  comments: string[]
}

function parseEdl(text: string, fps: number) {
  const lines = text.split('\n')
  const events: EdlEvent[] = []
  for (const line of lines.slice(2)) {
    const event = /^(\d{3}) {2}(\S{1,8})\s+(V)\s+(C)\s+(\S{11}) (\S{11}) (\S{11}) (\S{11})$/.exec(
      line,
    )
    if (event) {
      events.push({
        number: event[1]!,
        reel: event[2]!,
        track: event[3]!,
        transition: event[4]!,
        timecodes: event.slice(5, 9).map((tc) => parseTimecode(tc!, fps)),
        comments: [],
      })
    } else if (line.startsWith('* ')) {
      events[events.length - 1]?.comments.push(line)
    } else if (line !== '') {
      throw new Error(`unexpected EDL line: ${line}`)
    }
  }
  return { title: lines[0], fcm: lines[1], events }
}

describe('CMX3600 EDL export', () => {
  it('has a title, non-drop-frame timecode and one numbered event a shot', () => {
    const { title, fcm, events } = parseEdl(edl(sampleFilm()), 24)
    expect(title).toBe('TITLE: The Lighthouse, "director\'s cut"')
    expect(fcm).toBe('FCM: NON-DROP FRAME')
    expect(events.map((event) => event.number)).toEqual(['001', '002', '003', '004'])
    expect(events.map((event) => event.reel)).toEqual(['AX', 'BL', 'AX', 'AX'])
    expect(events.every((event) => event.track === 'V' && event.transition === 'C')).toBe(true)
  })

  it('records continuously from 01:00:00:00 and adds up to the sequence', () => {
    const { events } = parseEdl(edl(sampleFilm()), 24)
    const hour = 3600 * 24
    expect(events[0]!.timecodes[2]).toBe(hour)
    events.forEach((event, i) => {
      const [sourceIn, sourceOut, recordIn, recordOut] = event.timecodes as [
        number,
        number,
        number,
        number,
      ]
      expect(sourceOut - sourceIn).toBe(recordOut - recordIn)
      const next = events[i + 1]
      if (next) expect(recordOut).toBe(next.timecodes[2])
    })
    expect(events[events.length - 1]!.timecodes[3]! - hour).toBe(SAMPLE_FILM_FRAMES)
  })

  it('names each clip and shot in comments, folded to ASCII', () => {
    const { events } = parseEdl(edl(sampleFilm()), 24)
    expect(events[0]!.comments).toEqual([
      '* FROM CLIP NAME: shot-one.mp4',
      '* COMMENT: SHOT 1A The rock',
    ])
    expect(events[1]!.comments).toEqual(['* COMMENT: SHOT 1B Maren, at the lamp'])
    expect(events[2]!.comments[1]).toBe('* COMMENT: SHOT 2A Storm - ete')
  })

  it('gives each clip file its own reel of at most 8 characters when asked', () => {
    const film = sampleFilm()
    film.shots.push({ ...film.shots[0]!, id: 'shape:again', number: '3A' })
    const { events } = parseEdl(edl(film, { reels: 'per-clip' }), 24)
    expect(events.map((event) => event.reel)).toEqual([
      'SHOTONE',
      'BL',
      'STORMWAV',
      'STILL',
      'SHOTONE',
    ])
  })

  it('counts timecode at 25 fps when the film runs at 25', () => {
    const film = { ...sampleFilm(), fps: 25 }
    const text = edl(film)
    expect(text).toContain('01:00:04:00 01:00:06:13')
  })

  it('refuses more events than the format holds', () => {
    const film = sampleFilm()
    film.shots = Array.from({ length: EDL_MAX_EVENTS + 1 }, (_, i) =>
      filmShot(String(i + 1), 'x', { durationSeconds: 1 }, null),
    )
    expect(() => edl(film)).toThrow(ExportError)
  })
})
