/**
 * The palette: time of day, lighting words and weather decide the sky, the colour and strength of
 * the light falling on everything, the haze that distant things fade into, and the sun or moon.
 * Golden hour is warm with a low sun, night dark and blue with a moon and lit windows, overcast
 * flat and grey, dawn pink.
 */
import type { ShotSpec, TimeOfDay } from '@sceneboard/shared'
import { hex, mix, multiply, saturate, scale, type Rgb } from './color.js'

export type Palette = {
  /** The time of day the palette was built for (from the spec or read from the lighting words). */
  timeOfDay: TimeOfDay
  skyTop: Rgb
  skyHorizon: Rgb
  /** What distant things fade into. */
  haze: Rgb
  /** Multiplier on material colours (255 = unchanged). */
  light: Rgb
  /** Sun (or its afterglow) in degrees above the horizon and across the view (0 = centre). */
  sun: { elevation: number; azimuth: number; color: Rgb } | null
  moon: boolean
  stars: boolean
  /** Windows, street lamps and signs glow. */
  lampsLit: boolean
  /** Coloured signs in a city (a neon lighting cue). */
  neon: boolean
  /** Subjects lit from behind read as dark silhouettes. */
  backlit: boolean
  /** Grey, shadowless light. */
  overcast: boolean
}

type Base = Omit<Palette, 'timeOfDay' | 'neon' | 'backlit' | 'overcast'> & { light: Rgb }

const TIMES: Record<TimeOfDay, Base> = {
  dawn: {
    skyTop: hex('#3d4c80'),
    skyHorizon: hex('#f3a9a4'),
    haze: hex('#d9a8b4'),
    light: scale(hex('#ffc8c4'), 0.8),
    sun: { elevation: 2, azimuth: -18, color: hex('#ffc0a8') },
    moon: false,
    stars: false,
    lampsLit: true,
  },
  morning: {
    skyTop: hex('#5a8fd2'),
    skyHorizon: hex('#d3e5f1'),
    haze: hex('#c9dbe8'),
    light: hex('#fff6ea'),
    sun: { elevation: 22, azimuth: -25, color: hex('#fff4d8') },
    moon: false,
    stars: false,
    lampsLit: false,
  },
  midday: {
    skyTop: hex('#2e6ecf'),
    skyHorizon: hex('#a8cdf2'),
    haze: hex('#bdd7ef'),
    light: hex('#ffffff'),
    sun: { elevation: 62, azimuth: 5, color: hex('#fffdf2') },
    moon: false,
    stars: false,
    lampsLit: false,
  },
  afternoon: {
    skyTop: hex('#4a80c9'),
    skyHorizon: hex('#d9e2e2'),
    haze: hex('#d5dcd7'),
    light: hex('#fff1dc'),
    sun: { elevation: 34, azimuth: 20, color: hex('#fff3d0') },
    moon: false,
    stars: false,
    lampsLit: false,
  },
  'golden-hour': {
    skyTop: hex('#4c6aa6'),
    skyHorizon: hex('#ffb257'),
    haze: hex('#f2b77a'),
    light: scale(hex('#ffc27e'), 1.05),
    sun: { elevation: 5, azimuth: 16, color: hex('#ffd27a') },
    moon: false,
    stars: false,
    lampsLit: false,
  },
  dusk: {
    skyTop: hex('#2a2e5e'),
    skyHorizon: hex('#e2775a'),
    haze: hex('#9c6b7c'),
    light: scale(hex('#d9a0a0'), 0.6),
    sun: { elevation: -1.5, azimuth: 22, color: hex('#ff9a6a') },
    moon: false,
    stars: false,
    lampsLit: true,
  },
  'blue-hour': {
    skyTop: hex('#132258'),
    skyHorizon: hex('#4b6cab'),
    haze: hex('#3b5182'),
    light: scale(hex('#8ca4e0'), 0.5),
    sun: null,
    moon: false,
    stars: true,
    lampsLit: true,
  },
  night: {
    skyTop: hex('#04091a'),
    skyHorizon: hex('#16254a'),
    haze: hex('#1a2542'),
    light: scale(hex('#7d92c8'), 0.38),
    sun: null,
    moon: true,
    stars: true,
    lampsLit: true,
  },
}

const has = (text: string, words: readonly string[]) =>
  words.some((word) => new RegExp(`\\b${word}`, 'i').test(text))

/**
 * The time of day the other words of a shot give, said outright: "a bedroom at night", "a city
 * street at dusk", "the harbour at dawn", "a moonlit beach", "at sunset". Not a nightclub, and
 * not "all day".
 */
const TIME_WORDS: [RegExp, TimeOfDay][] = [
  [/\b(at sunset|sunset|golden hour|magic hour)\b/, 'golden-hour'],
  [/\b(at dawn|dawn|daybreak|sunrise|first light)\b/, 'dawn'],
  [
    /\b(at night|night|nighttime|night-time|midnight|moonlit|by moonlight|under the stars)\b/,
    'night',
  ],
  [/\b(at dusk|dusk|twilight|nightfall)\b/, 'dusk'],
  [/\b(at noon|noon|midday)\b/, 'midday'],
  [/\b(in the morning|morning)\b/, 'morning'],
]

type TimeWords = Pick<ShotSpec, 'timeOfDay' | 'lighting'> &
  Partial<Pick<ShotSpec, 'environment' | 'subject' | 'action'>>

/**
 * The time of day: the spec's own, else one the lighting words imply, else one the environment,
 * subject or action say outright ("a bedroom at night"), else afternoon.
 */
export function impliedTimeOfDay(spec: TimeWords): TimeOfDay {
  if (spec.timeOfDay !== '') return spec.timeOfDay
  const text = spec.lighting
  if (has(text, ['golden', 'sunset', 'magic hour'])) return 'golden-hour'
  if (has(text, ['sunrise', 'dawn', 'daybreak'])) return 'dawn'
  if (has(text, ['moon', 'night', 'midnight', 'starlight'])) return 'night'
  if (has(text, ['twilight', 'dusk'])) return 'dusk'
  if (has(text, ['noon', 'midday'])) return 'midday'
  const words = [spec.environment, spec.subject, spec.action].join(' ').toLowerCase()
  return TIME_WORDS.find(([pattern]) => pattern.test(words))?.[1] ?? 'afternoon'
}

export function planPalette(spec: TimeWords & Pick<ShotSpec, 'weather'>): Palette {
  const timeOfDay = impliedTimeOfDay(spec)
  const base = TIMES[timeOfDay]
  const text = spec.lighting
  let palette: Palette = {
    ...base,
    timeOfDay,
    neon: has(text, ['neon']),
    backlit: has(text, ['silhouette', 'backlit', 'backlight', 'rim light', 'contre']),
    overcast: false,
  }
  if (has(text, ['moon'])) palette.moon = true
  if (has(text, ['warm', 'candle', 'fire', 'tungsten', 'lamp', 'amber'])) {
    palette.light = multiply(palette.light, hex('#ffd9a8'))
  }
  if (has(text, ['cold', 'cool', 'blue', 'steel', 'icy'])) {
    palette.light = multiply(palette.light, hex('#c4d4ff'))
  }
  if (has(text, ['fluorescent'])) palette.light = multiply(palette.light, hex('#e4ffe8'))
  if (has(text, ['dark', 'low-key', 'low key', 'moody', 'noir', 'gloomy'])) {
    palette.light = scale(palette.light, 0.72)
  }
  if (has(text, ['bright', 'high-key', 'high key', 'sunny'])) {
    palette.light = scale(palette.light, 1.12)
  }
  const weather = spec.weather
  if (
    has(text, ['overcast', 'flat', 'diffuse', 'grey', 'gray', 'cloudy']) ||
    weather === 'overcast' ||
    weather === 'rain' ||
    weather === 'storm' ||
    weather === 'snow' ||
    weather === 'fog'
  ) {
    palette = overcastOf(palette, weather === 'storm' ? 0.55 : weather === 'snow' ? 1.05 : 0.85)
  }
  if (palette.backlit && palette.sun === null && !palette.overcast) {
    palette.sun = { elevation: 6, azimuth: 0, color: hex('#fff0d0') }
  }
  if (palette.backlit && palette.sun) palette.sun = { ...palette.sun, azimuth: 0 }
  return palette
}

/** Flat light: a grey sky of the same brightness, no sun, colours drained a little. */
function overcastOf(palette: Palette, brightness: number): Palette {
  const grey = (color: Rgb, k: number) => scale(saturate(color, 0.15), k)
  const dark = palette.stars
  return {
    ...palette,
    overcast: true,
    skyTop: grey(mix(palette.skyTop, palette.skyHorizon, 0.6), brightness * (dark ? 1.4 : 0.95)),
    skyHorizon: grey(palette.skyHorizon, brightness),
    haze: grey(palette.haze, brightness),
    light: scale(saturate(palette.light, 0.5), brightness * 0.92),
    sun: null,
    moon: false,
    stars: false,
  }
}

/**
 * The light off the Earth, whatever the time of day: on the Moon a black sky full of stars, a hard
 * white sun low over the horizon and no air to haze the distance; on Mars a butterscotch sky, a
 * small pale sun and a warm dusty haze.
 */
export function offWorldPalette(world: 'moon' | 'mars', palette: Palette): Palette {
  if (world === 'moon') {
    return {
      ...palette,
      skyTop: hex('#020308'),
      skyHorizon: hex('#07090f'),
      haze: hex('#77746f'),
      light: hex('#f4f2ec'),
      sun: { elevation: 14, azimuth: 38, color: hex('#ffffff') },
      moon: false,
      stars: true,
      lampsLit: false,
      overcast: false,
    }
  }
  return {
    ...palette,
    skyTop: hex('#8a5a44'),
    skyHorizon: hex('#d6a47a'),
    haze: hex('#c28a64'),
    light: hex('#f0d2b4'),
    sun: { elevation: 22, azimuth: 30, color: hex('#f3ead8') },
    moon: false,
    stars: false,
    lampsLit: false,
    overcast: false,
  }
}
