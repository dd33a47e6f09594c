/**
 * Turning what a person typed into a spec value, checked against the shared zod schema. Invalid
 * input is reported with a sentence to show beside the field and is never written to the card.
 */
import {
  DURATION_SECONDS_MAX,
  DURATION_SECONDS_MIN,
  FREE_TEXT_MAX,
  LENS_MM_MAX,
  LENS_MM_MIN,
  SCENE_CARD_TITLE_MAX,
  sceneCardPropsSchema,
  shotSpecSchema,
  type ShotSpec,
} from '@sceneboard/shared'

export type SpecField = keyof ShotSpec

export type FieldCheck<V> = { ok: true; value: V } | { ok: false; error: string }

const SEED_MAX = 0xffffffff

const MESSAGES: Partial<Record<SpecField, string>> = {
  lens: `Enter a whole number of millimetres from ${LENS_MM_MIN} to ${LENS_MM_MAX}, or leave it empty.`,
  durationSeconds: `Enter a duration from ${DURATION_SECONDS_MIN} to ${DURATION_SECONDS_MAX} seconds.`,
  seed: `Enter a whole number from 0 to ${SEED_MAX}.`,
}

/** A number field's text as a number; "" is null; anything unreadable is NaN (then refused). */
export function parseNumberInput(raw: string): number | null {
  const text = raw.trim().replace(',', '.')
  if (text === '') return null
  return /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text) ? Number(text) : Number.NaN
}

/** Checks one spec field's new value (already in its JS type) against the schema. */
export function checkSpecField<F extends SpecField>(
  field: F,
  value: unknown,
): FieldCheck<ShotSpec[F]> {
  const result = shotSpecSchema.shape[field].safeParse(value)
  if (result.success) return { ok: true, value: result.data as ShotSpec[F] }
  if (typeof value === 'string' && value.length > FREE_TEXT_MAX) {
    return { ok: false, error: `Keep it under ${FREE_TEXT_MAX} characters (now ${value.length}).` }
  }
  return {
    ok: false,
    error: MESSAGES[field] ?? result.error.issues[0]?.message ?? 'Invalid value.',
  }
}

/** Checks a number field's text: lens may be empty (null), the others may not. */
export function checkNumberField(
  field: 'lens' | 'durationSeconds' | 'seed',
  raw: string,
): FieldCheck<number | null> {
  const parsed = parseNumberInput(raw)
  if (parsed === null && field !== 'lens') return { ok: false, error: MESSAGES[field]! }
  return checkSpecField(field, parsed)
}

export function checkTitle(value: string): FieldCheck<string> {
  const result = sceneCardPropsSchema.shape.title.safeParse(value)
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, error: `Keep the title under ${SCENE_CARD_TITLE_MAX} characters.` }
}

/** The whole spec with one field changed, if the result is a valid spec. */
export function withSpecField<F extends SpecField>(
  spec: ShotSpec,
  field: F,
  value: ShotSpec[F],
): ShotSpec | null {
  const next = { ...spec, [field]: value }
  return shotSpecSchema.safeParse(next).success ? next : null
}

/** A fresh seed for the dice button: any valid 32-bit seed except the current one. */
export function randomSeed(current: number, random: () => number = Math.random): number {
  for (;;) {
    const seed = Math.floor(random() * (SEED_MAX + 1))
    if (seed !== current) return seed
  }
}
