import { describe, expect, it } from 'vitest'
import { isTimeOfDay, parseSceneHeading, timeOfDayOf } from './scene-heading.js'

describe('scene headings', () => {
  it.each([
    ['INT. HOUSE - DAY', 'interior'],
    ['EXT. HOUSE - DAY', 'exterior'],
    ['INT./EXT. CAR - DAY', 'interior-exterior'],
    ['INT/EXT CAR - DAY', 'interior-exterior'],
    ['EXT./INT. CAR - DAY', 'interior-exterior'],
    ['I/E CAR - DAY', 'interior-exterior'],
    ['EST. CITY - DAY', 'establishing'],
    ['int. house - day', 'interior'],
    ['INT HOUSE - DAY', 'interior'],
    ['.MONTAGE - DAY', null],
  ])('reads %s', (line, setting) => {
    expect(parseSceneHeading(line)).toMatchObject({ setting, time: expect.stringMatching(/day/i) })
  })

  it.each(['INTERIOR DESIGN', 'EXTRA! EXTRA!', 'ESTATE AGENT', '...and then', 'Inter-city'])(
    'does not take %s for a heading',
    (line) => {
      expect(parseSceneHeading(line)).toBeNull()
    },
  )

  it('takes the scene number off the end', () => {
    expect(parseSceneHeading('INT. HOUSE - NIGHT #I-1-A#')).toMatchObject({
      text: 'INT. HOUSE - NIGHT',
      sceneNumber: 'I-1-A',
      time: 'NIGHT',
    })
  })

  it('keeps a location with dashes when the last part is not a time', () => {
    expect(parseSceneHeading('INT. HOUSE - KITCHEN')).toMatchObject({
      location: 'HOUSE - KITCHEN',
      time: '',
    })
    expect(parseSceneHeading('EXT. PIER – NIGHT (1987)')).toMatchObject({
      location: 'PIER',
      time: 'NIGHT (1987)',
    })
  })

  it('knows the times of day', () => {
    for (const time of [
      'DAY',
      'NIGHT',
      'LATE NIGHT',
      'EARLY MORNING',
      'MOMENTS LATER',
      'A MOMENT LATER',
      'SAME TIME',
      'CONTINUOUS',
      'GOLDEN HOUR',
      'MAGIC HOUR',
      'FIRST LIGHT',
      'THE NEXT DAY',
    ]) {
      expect(isTimeOfDay(time), time).toBe(true)
    }
    for (const part of ['KITCHEN', 'THE ROCK', "MAREN'S FIRST NIGHT", 'BLUE', 'LATE']) {
      expect(isTimeOfDay(part), part).toBe(false)
    }
  })

  it('maps times into the shared vocabulary', () => {
    const mapped = Object.fromEntries(
      [
        'DAWN',
        'SUNRISE',
        'MORNING',
        'NOON',
        'AFTERNOON',
        'GOLDEN HOUR',
        'SUNSET',
        'DUSK',
        'EVENING',
        'BLUE HOUR',
        'NIGHT',
        'MIDNIGHT',
        'DAY',
        'CONTINUOUS',
        'MOMENTS LATER',
      ].map((time) => [time, timeOfDayOf(time)]),
    )
    expect(mapped).toEqual({
      DAWN: 'dawn',
      SUNRISE: 'dawn',
      MORNING: 'morning',
      NOON: 'midday',
      AFTERNOON: 'afternoon',
      'GOLDEN HOUR': 'golden-hour',
      SUNSET: 'golden-hour',
      DUSK: 'dusk',
      EVENING: 'dusk',
      'BLUE HOUR': 'blue-hour',
      NIGHT: 'night',
      MIDNIGHT: 'night',
      DAY: '',
      CONTINUOUS: 'continue',
      'MOMENTS LATER': 'continue',
    })
  })
})
