/**
 * Building the body of `POST /api/jobs` for a card: a fresh generation from the card's spec, a
 * retry of a failed take (its exact spec, provider and model), a remix (edited spec, with the
 * take it came from) or an extension of a take. Pure, and checked against the shared schema
 * before anything is sent, so a request the server would refuse is caught with a clear reason.
 */
import {
  createJobRequestSchema,
  type CreateJobRequest,
  type Requester,
  type ShotSpec,
  type Take,
} from '@sceneboard/shared'

export type Variations = 1 | 2 | 4
export const VARIATION_CHOICES: readonly Variations[] = [1, 2, 4]

export interface GenerationChoice {
  provider: string
  model: string
  variations: Variations
}

export interface CardTarget {
  boardId: string
  cardId: string
}

export type GenerationMode = 'generate' | 'remix' | 'extend'

export interface JobRequestInput {
  spec: ShotSpec
  target: CardTarget
  requester: Requester
  /** Null while the providers are unknown: the server then picks its default. */
  choice: Partial<GenerationChoice> | null
  mode?: GenerationMode
  sourceTakeId?: string
}

export type BuiltRequest = { ok: true; request: CreateJobRequest } | { ok: false; message: string }

const NAME_MAX = 200

/** Who asks, as the take will remember it: tldraw's user id and name (or "Anonymous"). */
export function requesterFrom(user: { id: string; name: string }): Requester {
  const name = user.name.trim() || 'Anonymous'
  return { id: user.id.slice(0, NAME_MAX), name: name.slice(0, NAME_MAX) }
}

export function buildJobRequest(input: JobRequestInput): BuiltRequest {
  const mode = input.mode ?? 'generate'
  const request: CreateJobRequest = {
    spec: input.spec,
    boardId: input.target.boardId,
    sceneId: input.target.cardId,
    requestedBy: input.requester,
    ...(input.choice?.provider ? { provider: input.choice.provider } : {}),
    ...(input.choice?.model ? { model: input.choice.model } : {}),
    ...(input.choice?.variations ? { variations: input.choice.variations } : {}),
    ...(mode !== 'generate' ? { mode } : {}),
    ...(mode !== 'generate' && input.sourceTakeId ? { sourceTakeId: input.sourceTakeId } : {}),
  }
  const parsed = createJobRequestSchema.safeParse(request)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : ''
    return { ok: false, message: `This shot cannot be generated: ${where}${issue?.message}` }
  }
  return { ok: true, request: parsed.data }
}

/** The mode and source a take was made with, so a retry makes the same kind of take. */
function originMode(take: Take): { mode: GenerationMode; sourceTakeId?: string } {
  const origin = take.origin
  if (origin.kind === 'remix' || origin.kind === 'extend') {
    return { mode: origin.kind, sourceTakeId: origin.fromTakeId }
  }
  return { mode: 'generate' }
}

/** Re-POSTs a failed (or canceled) take: its exact spec, provider and model, one variation. */
export function retryRequest(take: Take, target: CardTarget, requester: Requester): BuiltRequest {
  return buildJobRequest({
    spec: take.spec,
    target,
    requester,
    choice: { provider: take.provider, model: take.model, variations: 1 },
    ...originMode(take),
  })
}

/** A new take that continues `take`, with the provider and model that made it. */
export function extendRequest(take: Take, target: CardTarget, requester: Requester): BuiltRequest {
  return buildJobRequest({
    spec: take.spec,
    target,
    requester,
    choice: { provider: take.provider, model: take.model, variations: 1 },
    mode: 'extend',
    sourceTakeId: take.id,
  })
}
