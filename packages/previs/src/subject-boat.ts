/**
 * What the words say of boats and the water they are on: the lights a boat shows ("a trawler
 * with one green running light") and how rough the sea is ("pitches through black swells", "a
 * calm, glassy sea"). Pure.
 */
import type { ShotSpec } from '@sceneboard/shared'
import { withoutAmbientLight } from './light-words.js'
import type { WeatherPlan } from './plan-scene.js'

/** Colours a boat's light can be said to have; each glows as its own bright colour. */
export const LIGHT_COLOURS = {
  green: '#56f08a',
  red: '#ff5043',
  white: '#fff4dc',
  yellow: '#ffd35a',
  amber: '#ffb347',
  orange: '#ffa040',
  blue: '#74a9ff',
} as const

export type LightColour = keyof typeof LIGHT_COLOURS

/** The lights the words give a boat: shown whatever the hour, in the colour said (else by side). */
export type BoatLights = { colour: LightColour | null }

const LIGHT_KINDS = '(?:running|navigation|nav|side|port|starboard|masthead|mast|riding|deck|cabin)'
const COLOUR_NAMES = Object.keys(LIGHT_COLOURS).join('|')
const NAMED_LIGHT = new RegExp(
  `\\b(?:(${COLOUR_NAMES})\\s+)?(?:${LIGHT_KINDS}\\s+)?lights?\\b|\\blights?\\s+(?:on|lit|burning|blazing)\\b|\\b(?:lit|lit-up|lit up)\\b`,
)
/** Two colours said together ("red and green running lights"): each on its own side. */
const TWO_COLOURS = new RegExp(
  `\\b(?:${COLOUR_NAMES})\\s+(?:and|&)\\s+(?:${COLOUR_NAMES})\\s+(?:${LIGHT_KINDS}\\s+)?lights?\\b`,
)

/**
 * The lights the subject's words give a boat, or null: a light named as the boat's ("one green
 * running light", "navigation lights", "its lights on", "a lit ferry"). The colour is the one said
 * with it, if any of LIGHT_COLOURS.
 */
export function boatLightsSaid(subjectText: string): BoatLights | null {
  const text = withoutAmbientLight(subjectText.toLowerCase())
  const match = NAMED_LIGHT.exec(text)
  if (!match) return null
  if (TWO_COLOURS.test(text)) return { colour: null }
  return { colour: (match[1] as LightColour | undefined) ?? null }
}

const CALM = /\b(calm|glassy|still|flat|mirror|mirrored|placid|tranquil|smooth|millpond)\b/
const ROUGH =
  /\b(swells?|gale|rough|choppy|heavy seas?|pitch(es|ing)?(?![- ](black|dark))|toss(es|ed|ing)?|roll(s|ing)? in the|heaving|whitecaps|breakers|squall|tempest|hurricane|typhoon)\b/

/**
 * How much a boat on the water rises, falls and pitches, 0 (a flat calm) to 1 (a gale): from the
 * weather (a storm 1, wind 0.6, rain 0.3, otherwise a gentle 0.15), raised to at least 0.85 by
 * words of a rough sea in the environment, subject or action, and lowered to 0.03 by words of a
 * calm one. Only on water (the coast set); elsewhere a boat is on land and does not move.
 */
export function planSwell(
  spec: Pick<ShotSpec, 'environment' | 'subject' | 'action'>,
  weather: Pick<WeatherPlan, 'rain' | 'wind' | 'lightning'>,
  onWater: boolean,
): number {
  if (!onWater) return 0
  const words = `${spec.environment} ${spec.subject} ${spec.action}`.toLowerCase()
  if (CALM.test(words) && !ROUGH.test(words)) return 0.03
  const fromWeather = weather.lightning ? 1 : weather.wind > 0 ? 0.6 : weather.rain > 0 ? 0.3 : 0.15
  return ROUGH.test(words) ? Math.max(0.85, fromWeather) : fromWeather
}
