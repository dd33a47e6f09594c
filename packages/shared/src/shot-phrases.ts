/**
 * The shot-spec vocabularies turned into words: the phrase a prompt uses and the short label a
 * card face uses. Each table is typed against its vocabulary, so adding a value to shot-spec.ts
 * without words for it here is a type error.
 */
import type { CameraAngle, CameraMovement, ShotSize, TimeOfDay, Weather } from './shot-spec.js'

/** Shot sizes as nouns ("close-up", "wide shot"). */
export const SHOT_SIZE_PHRASES: Record<ShotSize, string> = {
  'extreme-wide': 'extreme wide shot',
  wide: 'wide shot',
  full: 'full shot',
  'medium-wide': 'medium wide shot',
  medium: 'medium shot',
  'medium-close-up': 'medium close-up',
  'close-up': 'close-up',
  'extreme-close-up': 'extreme close-up',
  insert: 'insert shot',
}

/** Shot sizes as the abbreviations on a shot list ("MCU"). */
export const SHOT_SIZE_ABBREVIATIONS: Record<ShotSize, string> = {
  'extreme-wide': 'EWS',
  wide: 'WS',
  full: 'FS',
  'medium-wide': 'MWS',
  medium: 'MS',
  'medium-close-up': 'MCU',
  'close-up': 'CU',
  'extreme-close-up': 'ECU',
  insert: 'insert',
}

/** Camera angles as adjectives before a shot size ("low-angle medium shot"). */
export const CAMERA_ANGLE_PHRASES: Record<CameraAngle, string> = {
  'eye-level': 'eye-level',
  'low-angle': 'low-angle',
  'high-angle': 'high-angle',
  'birds-eye': "bird's-eye",
  'worms-eye': "worm's-eye",
  dutch: 'Dutch-angle',
  'over-the-shoulder': 'over-the-shoulder',
  pov: 'point-of-view',
}

/** Camera angles as short labels on a card face ("low angle"). */
export const CAMERA_ANGLE_LABELS: Record<CameraAngle, string> = {
  'eye-level': 'eye level',
  'low-angle': 'low angle',
  'high-angle': 'high angle',
  'birds-eye': "bird's-eye",
  'worms-eye': "worm's-eye",
  dutch: 'Dutch angle',
  'over-the-shoulder': 'OTS',
  pov: 'POV',
}

/** Camera movements as a prompt phrase ("slow dolly in"). */
export const CAMERA_MOVEMENT_PHRASES: Record<CameraMovement, string> = {
  static: 'locked-off static camera',
  'pan-left': 'slow pan left',
  'pan-right': 'slow pan right',
  'tilt-up': 'slow tilt up',
  'tilt-down': 'slow tilt down',
  'dolly-in': 'slow dolly in',
  'dolly-out': 'slow dolly out',
  'truck-left': 'camera trucks left',
  'truck-right': 'camera trucks right',
  'crane-up': 'crane up',
  'crane-down': 'crane down',
  'zoom-in': 'slow zoom in',
  'zoom-out': 'slow zoom out',
  'orbit-left': 'camera orbits left around the subject',
  'orbit-right': 'camera orbits right around the subject',
  handheld: 'handheld camera',
}

/** Camera movements as short labels on a card face ("dolly in"). */
export const CAMERA_MOVEMENT_LABELS: Record<CameraMovement, string> = {
  static: 'static',
  'pan-left': 'pan left',
  'pan-right': 'pan right',
  'tilt-up': 'tilt up',
  'tilt-down': 'tilt down',
  'dolly-in': 'dolly in',
  'dolly-out': 'dolly out',
  'truck-left': 'truck left',
  'truck-right': 'truck right',
  'crane-up': 'crane up',
  'crane-down': 'crane down',
  'zoom-in': 'zoom in',
  'zoom-out': 'zoom out',
  'orbit-left': 'orbit left',
  'orbit-right': 'orbit right',
  handheld: 'handheld',
}

/** Times of day as an adverbial ("at golden hour"). */
export const TIME_OF_DAY_PHRASES: Record<TimeOfDay, string> = {
  dawn: 'at dawn',
  morning: 'in the morning',
  midday: 'at midday',
  afternoon: 'in the afternoon',
  'golden-hour': 'at golden hour',
  dusk: 'at dusk',
  'blue-hour': 'at blue hour',
  night: 'at night',
}

/** Weather as an adverbial ("in heavy rain"). */
export const WEATHER_PHRASES: Record<Weather, string> = {
  clear: 'under a clear sky',
  overcast: 'under an overcast sky',
  rain: 'in the rain',
  storm: 'in a raging storm',
  snow: 'in falling snow',
  fog: 'in thick fog',
  wind: 'in strong wind',
}

/** A lens as words ("35mm lens"). */
export function lensPhrase(lens: number | null): string {
  return lens === null ? '' : `${lens}mm lens`
}
