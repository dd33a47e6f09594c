/** The inspector's choices for each vocabulary of the shot spec, with the labels people read. */
import {
  ASPECT_RATIOS,
  CAMERA_ANGLES,
  CAMERA_MOVEMENTS,
  SHOT_SIZES,
  TIMES_OF_DAY,
  WEATHERS,
  type AspectRatio,
  type CameraAngle,
  type CameraMovement,
  type ShotSize,
  type TimeOfDay,
  type Weather,
} from '@sceneboard/shared'

export interface Option<V extends string> {
  value: V
  label: string
}

const SHOT_SIZE_LABELS: Record<ShotSize, string> = {
  'extreme-wide': 'Extreme wide (EWS)',
  wide: 'Wide (WS)',
  full: 'Full (FS)',
  'medium-wide': 'Medium wide (MWS)',
  medium: 'Medium (MS)',
  'medium-close-up': 'Medium close-up (MCU)',
  'close-up': 'Close-up (CU)',
  'extreme-close-up': 'Extreme close-up (ECU)',
  insert: 'Insert',
}

const CAMERA_ANGLE_LABELS: Record<CameraAngle, string> = {
  'eye-level': 'Eye level',
  'low-angle': 'Low angle',
  'high-angle': 'High angle',
  'birds-eye': "Bird's-eye",
  'worms-eye': "Worm's-eye",
  dutch: 'Dutch angle',
  'over-the-shoulder': 'Over the shoulder',
  pov: 'Point of view (POV)',
}

const CAMERA_MOVEMENT_LABELS: Record<CameraMovement, string> = {
  static: 'Static (locked off)',
  'pan-left': 'Pan left',
  'pan-right': 'Pan right',
  'tilt-up': 'Tilt up',
  'tilt-down': 'Tilt down',
  'dolly-in': 'Dolly in',
  'dolly-out': 'Dolly out',
  'truck-left': 'Truck left',
  'truck-right': 'Truck right',
  'crane-up': 'Crane up',
  'crane-down': 'Crane down',
  'zoom-in': 'Zoom in',
  'zoom-out': 'Zoom out',
  'orbit-left': 'Orbit left',
  'orbit-right': 'Orbit right',
  handheld: 'Handheld',
}

const TIME_OF_DAY_LABELS: Record<TimeOfDay, string> = {
  dawn: 'Dawn',
  morning: 'Morning',
  midday: 'Midday',
  afternoon: 'Afternoon',
  'golden-hour': 'Golden hour',
  dusk: 'Dusk',
  'blue-hour': 'Blue hour',
  night: 'Night',
}

const WEATHER_LABELS: Record<Weather, string> = {
  clear: 'Clear',
  overcast: 'Overcast',
  rain: 'Rain',
  storm: 'Storm',
  snow: 'Snow',
  fog: 'Fog',
  wind: 'Wind',
}

const ASPECT_RATIO_LABELS: Record<AspectRatio, string> = {
  '16:9': '16:9 — widescreen',
  '9:16': '9:16 — vertical',
  '1:1': '1:1 — square',
  '4:3': '4:3 — academy',
  '2.39:1': '2.39:1 — anamorphic scope',
}

function options<V extends string>(values: readonly V[], labels: Record<V, string>): Option<V>[] {
  return values.map((value) => ({ value, label: labels[value] }))
}

export const SHOT_SIZE_OPTIONS = options(SHOT_SIZES, SHOT_SIZE_LABELS)
export const CAMERA_ANGLE_OPTIONS = options(CAMERA_ANGLES, CAMERA_ANGLE_LABELS)
export const CAMERA_MOVEMENT_OPTIONS = options(CAMERA_MOVEMENTS, CAMERA_MOVEMENT_LABELS)
export const TIME_OF_DAY_OPTIONS = options(TIMES_OF_DAY, TIME_OF_DAY_LABELS)
export const WEATHER_OPTIONS = options(WEATHERS, WEATHER_LABELS)
export const ASPECT_RATIO_OPTIONS = options(ASPECT_RATIOS, ASPECT_RATIO_LABELS)

/** Focal lengths a cinematographer reaches for first (mm, full-frame equivalent). */
export const LENS_PRESETS = [14, 24, 35, 50, 85, 135] as const
