/**
 * The generation API (shapes in packages/shared/src/jobs-api.ts):
 *   POST   /api/jobs        {spec, provider?, model?, variations?, boardId?, sceneId?, mode?,
 *                            sourceTakeId?, requestedBy?} -> 202 {id} (or {ids} for 2 or 4)
 *   GET    /api/jobs/:id    -> 200 JobView | 404 job_not_found
 *   DELETE /api/jobs/:id    cancels -> 200 JobView (as it is after the cancel) | 404
 *   GET    /api/providers   -> 200 {providers: ProviderView[]} (previs first; never a key)
 *   GET    /api/shot-spec   -> 200 the shot spec as JSON Schema, generated from shotSpecSchema
 * An export job (provider "export", see export-routes.ts) shows `file: {url, mime, bytes, name}`
 * once done.
 * A request that fails the schema answers 400 invalid_request with one
 * `{path: "spec.cameraMovement", message}` per problem in `details`.
 */
import { createJobRequestSchema, shotSpecSchema, type JobView } from '@sceneboard/shared'
import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import type { ExportFileView } from '../jobs/export-jobs.js'
import { JobRequestError, jobView, type JobService } from '../jobs/job-service.js'
import type { JobRecord } from '../jobs/job-storage.js'
import type { ProviderRegistry } from '../jobs/providers/provider-registry.js'
import { HttpError } from './errors.js'
import { issueList, parseInput } from './parse-request.js'

/** The shot spec's JSON Schema: generated once, it never changes while the server runs. */
const SHOT_SPEC_JSON_SCHEMA = z.toJSONSchema(shotSpecSchema)

function jobId(params: unknown): string {
  return String((params as { id?: unknown }).id ?? '')
}

function notFound(id: string): HttpError {
  return new HttpError(404, 'job_not_found', `there is no job ${id}`)
}

export function registerJobRoutes(
  app: FastifyInstance,
  jobs: JobService,
  registry: ProviderRegistry,
  fileOf: (job: JobRecord) => Promise<ExportFileView | null> = async () => null,
): void {
  /** The job as JSON, with its file once an export is done (`file: {url, mime, bytes, name}`). */
  const view = async (job: JobRecord): Promise<JobView> => {
    const file = await fileOf(job)
    return file
      ? {
          ...jobView(job),
          file: { url: file.url, mime: file.mime, bytes: file.bytes, name: file.name },
        }
      : jobView(job)
  }

  app.post('/api/jobs', async (request, reply) => {
    const jobRequest = parseInput(
      createJobRequestSchema,
      request.body ?? {},
      'the job request is not valid',
      issueList,
    )
    let created
    try {
      created = await jobs.create(jobRequest)
    } catch (error) {
      if (error instanceof JobRequestError) {
        throw new HttpError(error.status, error.code, error.message)
      }
      throw error
    }
    const ids = created.map((job) => job.id)
    return reply.code(202).send(ids.length === 1 ? { id: ids[0] } : { ids })
  })

  app.get('/api/jobs/:id', async (request) => {
    const id = jobId(request.params)
    const job = await jobs.get(id)
    if (!job) throw notFound(id)
    return view(job)
  })

  app.delete('/api/jobs/:id', async (request) => {
    const id = jobId(request.params)
    const job = await jobs.cancel(id)
    if (!job) throw notFound(id)
    return view(job)
  })

  app.get('/api/providers', async () => ({ providers: registry.views() }))

  app.get('/api/shot-spec', async (_request, reply) =>
    reply.type('application/schema+json; charset=utf-8').send(SHOT_SPEC_JSON_SCHEMA),
  )
}
