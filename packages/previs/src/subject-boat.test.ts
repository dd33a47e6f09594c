import { defaultShotSpec } from '@sceneboard/shared'
import { describe, expect, it } from 'vitest'
import { planScene } from './plan-scene.js'
import { boatLightsSaid, planSwell } from './subject-boat.js'
import { planSubjects } from './subjects.js'
import { createRandom } from './random.js'
import { hex } from './color.js'
import { COLOUR_WORDS } from './subject-objects.js'

describe("a boat's lights", () => {
  it('are the ones the words name, in the colour said', () => {
    expect(boatLightsSaid('A small red fishing trawler with one green running light')).toEqual({
      colour: 'green',
    })
    expect(boatLightsSaid('a ferry with its navigation lights on')).toEqual({ colour: null })
    expect(boatLightsSaid('a yacht, masthead light burning')).toEqual({ colour: null })
    expect(boatLightsSaid('a lit ferry')).toEqual({ colour: null })
    // Two colours said together: each on its side, as the boat faces.
    expect(boatLightsSaid('a trawler with red and green running lights')).toEqual({ colour: null })
  })

  it('are not the light around the boat, nor "light" as a shade', () => {
    expect(boatLightsSaid('a fishing boat')).toBeNull()
    expect(boatLightsSaid('a boat in the morning light')).toBeNull()
    expect(boatLightsSaid('a sailboat in the light of dawn')).toBeNull()
    expect(boatLightsSaid('a light blue dinghy in light rain')).toBeNull()
    expect(boatLightsSaid('a sunlit yacht')).toBeNull()
  })

  it('reach the boat, and the hull takes the colour said before its noun', () => {
    const [trawler] = planSubjects(
      'A small red fishing trawler with one green running light',
      'pitches through black swells',
      createRandom(1),
    )
    expect(trawler?.kind).toBe('boat')
    expect(trawler?.lights).toEqual({ colour: 'green' })
    expect(trawler?.colour).toEqual(hex(COLOUR_WORDS.red as string))
    const [plain] = planSubjects('a fishing boat', '', createRandom(1))
    expect(plain?.lights).toBeUndefined()
    expect(plain?.colour).toBeUndefined()
  })
})

describe("the sea's swell", () => {
  const swell = (weather: 'clear' | 'rain' | 'wind' | 'storm', words = '') =>
    planScene(
      defaultShotSpec({
        subject: 'a fishing boat',
        action: words,
        environment: 'the open sea',
        weather,
      }),
    ).swell

  it('grows with the weather, and with words of a rough sea', () => {
    expect(swell('clear')).toBeGreaterThan(0)
    expect(swell('clear')).toBeLessThan(swell('rain'))
    expect(swell('rain')).toBeLessThan(swell('wind'))
    expect(swell('wind')).toBeLessThan(swell('storm'))
    expect(swell('storm')).toBe(1)
    expect(swell('clear', 'pitches through black swells')).toBeGreaterThanOrEqual(0.85)
    // "pitch black" is darkness, not a pitching boat.
    expect(swell('clear', 'waits in the pitch black night')).toBe(swell('clear'))
  })

  it('all but stops on a calm sea, and on land', () => {
    expect(swell('clear', 'drifts on a calm, glassy sea')).toBeLessThan(0.05)
    const weather = { rain: 0, wind: 0.8, lightning: false }
    const words = { environment: 'a harbour', subject: 'a boat', action: '' }
    expect(planSwell(words, weather, false)).toBe(0)
    expect(planSwell(words, weather, true)).toBe(0.6)
  })
})
