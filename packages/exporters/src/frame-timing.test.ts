import { describe, expect, it } from 'vitest'
import { sampleFilm } from '../test/support/sample-film.js'
import { ExportError } from './export-error.js'
import { formatTimecode, framedShots, parseTimecode, totalFrames } from './frame-timing.js'

describe('frame timing', () => {
  it('rounds shot boundaries from the running time so frames add up', () => {
    const film = sampleFilm()
    film.fps = 25
    film.shots.forEach((shot) => (shot.durationSeconds = 1.02)) // 25.5 frames each
    const shots = framedShots(film)
    expect(shots.map((shot) => shot.frames)).toEqual([26, 25, 26, 25])
    expect(totalFrames(shots)).toBe(Math.round(4 * 1.02 * 25))
    shots.forEach((shot, i) => {
      if (i > 0) expect(shot.startFrame).toBe(shots[i - 1]!.startFrame + shots[i - 1]!.frames)
    })
  })

  it('formats and parses non-drop-frame timecode', () => {
    expect(formatTimecode(0, 24)).toBe('00:00:00:00')
    expect(formatTimecode(3600 * 24 + 61 * 24 + 23, 24)).toBe('01:01:01:23')
    expect(parseTimecode('01:01:01:23', 24)).toBe(3600 * 24 + 61 * 24 + 23)
  })

  it('refuses a film rate that is not a whole number', () => {
    expect(() => framedShots({ ...sampleFilm(), fps: 23.976 })).toThrow(ExportError)
  })
})
