/**
 * The shot description vocabulary: one structured spec per scene card.
 *
 * This zod schema is the single source of truth. The scene-card shape validator, the server's
 * record checks and (later) the JSON Schema served to other tools are all derived from it.
 */
import { z } from 'zod'

export const SHOT_SIZES = [
  'extreme-wide',
  'wide',
  'full',
  'medium-wide',
  'medium',
  'medium-close-up',
  'close-up',
  'extreme-close-up',
  'insert',
] as const

export const CAMERA_ANGLES = [
  'eye-level',
  'low-angle',
  'high-angle',
  'birds-eye',
  'worms-eye',
  'dutch',
  'over-the-shoulder',
  'pov',
] as const

export const CAMERA_MOVEMENTS = [
  'static',
  'pan-left',
  'pan-right',
  'tilt-up',
  'tilt-down',
  'dolly-in',
  'dolly-out',
  'truck-left',
  'truck-right',
  'crane-up',
  'crane-down',
  'zoom-in',
  'zoom-out',
  'orbit-left',
  'orbit-right',
  'handheld',
] as const

export const TIMES_OF_DAY = [
  'dawn',
  'morning',
  'midday',
  'afternoon',
  'golden-hour',
  'dusk',
  'blue-hour',
  'night',
] as const

export const WEATHERS = ['clear', 'overcast', 'rain', 'storm', 'snow', 'fog', 'wind'] as const

export const ASPECT_RATIOS = ['16:9', '9:16', '1:1', '4:3', '2.39:1'] as const

export const LENS_MM_MIN = 8
export const LENS_MM_MAX = 400
export const DURATION_SECONDS_MIN = 1
export const DURATION_SECONDS_MAX = 60
export const FREE_TEXT_MAX = 2000

export type ShotSize = (typeof SHOT_SIZES)[number]
export type CameraAngle = (typeof CAMERA_ANGLES)[number]
export type CameraMovement = (typeof CAMERA_MOVEMENTS)[number]
export type TimeOfDay = (typeof TIMES_OF_DAY)[number]
export type Weather = (typeof WEATHERS)[number]
export type AspectRatio = (typeof ASPECT_RATIOS)[number]

const freeText = z.string().max(FREE_TEXT_MAX)

/** Empty string means "not specified yet" for the optional vocabularies. */
const optionalChoice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.union([z.enum(values), z.literal('')])

export const shotSpecSchema = z
  .object({
    subject: freeText,
    action: freeText,
    environment: freeText,
    shotSize: optionalChoice(SHOT_SIZES),
    cameraAngle: optionalChoice(CAMERA_ANGLES),
    cameraMovement: z.enum(CAMERA_MOVEMENTS),
    /** Focal length in millimetres (full-frame equivalent); null when not chosen. */
    lens: z.number().int().min(LENS_MM_MIN).max(LENS_MM_MAX).nullable(),
    lighting: freeText,
    timeOfDay: optionalChoice(TIMES_OF_DAY),
    weather: optionalChoice(WEATHERS),
    style: freeText,
    notes: freeText,
    durationSeconds: z.number().min(DURATION_SECONDS_MIN).max(DURATION_SECONDS_MAX),
    aspectRatio: z.enum(ASPECT_RATIOS),
    /** Non-negative 32-bit seed; the same spec and seed give the same render. */
    seed: z.number().int().min(0).max(0xffffffff),
  })
  .strict()

export type ShotSpec = z.infer<typeof shotSpecSchema>

/**
 * A spec with every field at its default, and the given fields set. The result is checked against
 * the schema: a value outside the vocabulary (say, from an untyped caller) throws here, naming
 * the field, instead of reaching a renderer or a provider.
 */
export function defaultShotSpec(overrides: Partial<ShotSpec> = {}): ShotSpec {
  const spec = {
    subject: '',
    action: '',
    environment: '',
    shotSize: '',
    cameraAngle: '',
    cameraMovement: 'static',
    lens: null,
    lighting: '',
    timeOfDay: '',
    weather: '',
    style: '',
    notes: '',
    durationSeconds: 4,
    aspectRatio: '16:9',
    seed: 1,
    ...overrides,
  }
  const checked = shotSpecSchema.safeParse(spec)
  if (checked.success) return checked.data
  const fields = checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
  throw new Error(`not a valid shot spec (${fields.join('; ')})`)
}

/** Human labels for the vocabularies, shared by the inspector, the card and the prompt. */
export function labelOf(value: string): string {
  return value.replace(/-/g, ' ')
}
