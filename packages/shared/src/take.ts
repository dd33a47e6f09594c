/**
 * Takes: the clips a scene card has produced. A take is written into the board's document by the
 * server (a generation job's progress and result, or an uploaded file), so every collaborator
 * sees it; clients may only delete takes. The card marks one take as selected
 * (`selectedTakeId` in the scene-card props).
 */
import { z } from 'zod'
import { shotSpecSchema } from './shot-spec.js'

export const TAKE_STATUSES = ['queued', 'running', 'succeeded', 'failed', 'canceled'] as const
export type TakeStatus = (typeof TAKE_STATUSES)[number]

export const TAKE_ID_PATTERN = /^take:[A-Za-z0-9_-]{1,64}$/

export const clipSchema = z.object({
  /** Where the browser fetches the media, e.g. `/clips/<sha256>.mp4`. */
  url: z.string().min(1).max(2000),
  posterUrl: z.string().min(1).max(2000).nullable(),
  mime: z.string().min(1).max(100),
  /** `video` plays; `image` is a still (an uploaded picture shown for the card's duration). */
  kind: z.enum(['video', 'image']),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  fps: z.number().positive().nullable(),
  durationMs: z.number().nonnegative().nullable(),
  bytes: z.number().int().nonnegative(),
})
export type Clip = z.infer<typeof clipSchema>

export const takeOriginSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('generate') }),
  z.object({ kind: z.literal('remix'), fromTakeId: z.string().regex(TAKE_ID_PATTERN) }),
  z.object({ kind: z.literal('extend'), fromTakeId: z.string().regex(TAKE_ID_PATTERN) }),
  z.object({ kind: z.literal('upload'), fileName: z.string().max(500) }),
])
export type TakeOrigin = z.infer<typeof takeOriginSchema>

export const requesterSchema = z.object({
  id: z.string().max(200),
  name: z.string().max(200),
})
export type Requester = z.infer<typeof requesterSchema>

export const takeSchema = z.object({
  id: z.string().regex(TAKE_ID_PATTERN),
  /** The scene-card shape id this take belongs to. */
  cardId: z.string().startsWith('shape:'),
  /** The generation job behind it (null for uploads). */
  jobId: z.string().max(100).nullable(),
  status: z.enum(TAKE_STATUSES),
  progress: z.number().min(0).max(1),
  error: z.string().max(2000).nullable(),
  provider: z.string().max(100),
  model: z.string().max(200),
  seed: z.number().int().min(0).max(0xffffffff).nullable(),
  /** The exact spec and composed prompt the take was made from. */
  spec: shotSpecSchema,
  prompt: z.string().max(10_000),
  /** What was changed to fit the provider, e.g. "duration 7 s -> 8 s". */
  adjustments: z.array(z.string().max(300)).max(20),
  origin: takeOriginSchema,
  requestedBy: requesterSchema,
  createdAt: z.number().int().nonnegative(),
  finishedAt: z.number().int().nonnegative().nullable(),
  clip: clipSchema.nullable(),
})
export type Take = z.infer<typeof takeSchema>

export function isTakeFinished(take: Pick<Take, 'status'>): boolean {
  return take.status === 'succeeded' || take.status === 'failed' || take.status === 'canceled'
}

/** Takes of one card, newest first. */
export function takesOfCard(takes: Iterable<Take>, cardId: string): Take[] {
  return [...takes]
    .filter((take) => take.cardId === cardId)
    .sort((a, b) => b.createdAt - a.createdAt)
}

/**
 * The take a card shows: its selected take when that exists and succeeded, else its newest
 * succeeded take, else null.
 */
export function displayedTake(takes: readonly Take[], selectedTakeId: string | null): Take | null {
  const selected = takes.find((take) => take.id === selectedTakeId && take.status === 'succeeded')
  if (selected) return selected
  return (
    takes
      .filter((take) => take.status === 'succeeded')
      .sort((a, b) => b.createdAt - a.createdAt)[0] ?? null
  )
}

/**
 * Whether a shot still needs a take: none of its takes has a clip or is on its way (queued or
 * running). Failed and canceled takes leave it needing one.
 */
export function needsTake(takes: readonly Pick<Take, 'status'>[]): boolean {
  return !takes.some(
    (take) => take.status === 'succeeded' || take.status === 'queued' || take.status === 'running',
  )
}
