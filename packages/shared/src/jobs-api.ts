/**
 * The generation HTTP API's shapes, shared by the server (validation) and the web app (calls).
 *
 *   POST   /api/jobs        createJobRequest -> 202 {id} or {ids} (variations > 1)
 *   GET    /api/jobs/:id    -> JobView
 *   DELETE /api/jobs/:id    cancels -> JobView
 *   GET    /api/providers   -> {providers: ProviderView[]}
 *   GET    /api/shot-spec   -> JSON Schema of the shot spec
 */
import { z } from 'zod'
import { boardIdSchema } from './ids.js'
import { shotSpecSchema } from './shot-spec.js'
import { clipSchema, requesterSchema, TAKE_ID_PATTERN } from './take.js'

export const JOB_STATUSES = ['queued', 'running', 'succeeded', 'failed', 'canceled'] as const
export type JobStatus = (typeof JOB_STATUSES)[number]

export const VARIATION_COUNTS = [1, 2, 4] as const

export const createJobRequestSchema = z
  .object({
    spec: shotSpecSchema,
    provider: z.string().min(1).max(100).optional(),
    model: z.string().min(1).max(200).optional(),
    variations: z.union([z.literal(1), z.literal(2), z.literal(4)]).optional(),
    boardId: boardIdSchema.optional(),
    sceneId: z.string().startsWith('shape:').max(200).optional(),
    /** generate (default), remix a take with this spec, or extend (continue) a take. */
    mode: z.enum(['generate', 'remix', 'extend']).optional(),
    sourceTakeId: z.string().regex(TAKE_ID_PATTERN).optional(),
    requestedBy: requesterSchema.optional(),
  })
  .strict()
  .refine((request) => (request.boardId === undefined) === (request.sceneId === undefined), {
    message: 'boardId and sceneId go together',
    path: ['sceneId'],
  })
  .refine(
    (request) => (request.mode ?? 'generate') === 'generate' || request.sourceTakeId !== undefined,
    {
      message: 'remix and extend need sourceTakeId',
      path: ['sourceTakeId'],
    },
  )
export type CreateJobRequest = z.infer<typeof createJobRequestSchema>

/** A finished export's file (`GET /api/jobs/:id` of an export job, provider "export"). */
export const jobFileSchema = z.object({
  url: z.string(),
  mime: z.string(),
  bytes: z.number().int().min(0),
  name: z.string(),
})
export type JobFile = z.infer<typeof jobFileSchema>

export const jobViewSchema = z.object({
  id: z.string(),
  status: z.enum(JOB_STATUSES),
  progress: z.number().min(0).max(1),
  error: z.string().optional(),
  clip: clipSchema.optional(),
  provider: z.string(),
  model: z.string(),
  takeId: z.string().optional(),
  /** An export's file, once it succeeded. */
  file: jobFileSchema.optional(),
  adjustments: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type JobView = z.infer<typeof jobViewSchema>

export const providerViewSchema = z.object({
  id: z.string(),
  label: z.string(),
  isDefault: z.boolean(),
  models: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      durationsSeconds: z.array(z.number()),
      sizes: z.array(z.string()),
      canExtend: z.boolean(),
      canRemix: z.boolean(),
    }),
  ),
})
export type ProviderView = z.infer<typeof providerViewSchema>
