/**
 * A take's exact shot description as labelled rows for its details, each marked when the card's
 * description has since changed it (so a remix shows what it would change back).
 */
import { formatDuration, type ShotSpec } from '@sceneboard/shared'
import {
  ASPECT_RATIO_OPTIONS,
  CAMERA_ANGLE_OPTIONS,
  CAMERA_MOVEMENT_OPTIONS,
  SHOT_SIZE_OPTIONS,
  TIME_OF_DAY_OPTIONS,
  WEATHER_OPTIONS,
  type Option,
} from '../inspector/spec-options'

export interface SpecRow {
  field: keyof ShotSpec
  label: string
  value: string
  /** The card's current description says something else here. */
  changed: boolean
}

function labelOf<V extends string>(options: readonly Option<V>[], value: V | ''): string {
  return options.find((option) => option.value === value)?.label ?? value
}

const FIELDS: ReadonlyArray<[keyof ShotSpec, string, (spec: ShotSpec) => string]> = [
  ['subject', 'Subject', (spec) => spec.subject],
  ['action', 'Action', (spec) => spec.action],
  ['environment', 'Environment', (spec) => spec.environment],
  ['shotSize', 'Shot size', (spec) => labelOf(SHOT_SIZE_OPTIONS, spec.shotSize)],
  ['cameraAngle', 'Angle', (spec) => labelOf(CAMERA_ANGLE_OPTIONS, spec.cameraAngle)],
  ['cameraMovement', 'Movement', (spec) => labelOf(CAMERA_MOVEMENT_OPTIONS, spec.cameraMovement)],
  ['lens', 'Lens', (spec) => (spec.lens === null ? '' : `${spec.lens} mm`)],
  ['lighting', 'Lighting', (spec) => spec.lighting],
  ['timeOfDay', 'Time of day', (spec) => labelOf(TIME_OF_DAY_OPTIONS, spec.timeOfDay)],
  ['weather', 'Weather', (spec) => labelOf(WEATHER_OPTIONS, spec.weather)],
  ['style', 'Style', (spec) => spec.style],
  ['durationSeconds', 'Duration', (spec) => formatDuration(spec.durationSeconds)],
  ['aspectRatio', 'Aspect ratio', (spec) => labelOf(ASPECT_RATIO_OPTIONS, spec.aspectRatio)],
  ['seed', 'Seed', (spec) => String(spec.seed)],
]

/** The filled-in parts of `spec` (notes are for the team, never sent, so left out). */
export function specRows(spec: ShotSpec, current?: ShotSpec): SpecRow[] {
  return FIELDS.flatMap(([field, label, read]) => {
    const value = read(spec)
    const changed = current !== undefined && !Object.is(current[field], spec[field])
    return value === '' && !changed ? [] : [{ field, label, value: value || '—', changed }]
  })
}
