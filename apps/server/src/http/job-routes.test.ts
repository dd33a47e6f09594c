/**
 * The jobs API's edges on a real server: what it refuses and how it says so, what it lists of the
 * providers (never a key), and the shot spec served as JSON Schema.
 */
import {
  ASPECT_RATIOS,
  CAMERA_MOVEMENTS,
  SHOT_SIZES,
  defaultShotSpec,
  providerViewSchema,
  type ProviderView,
} from '@sceneboard/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { postJob } from '../testing/job-requests.js'
import {
  createBoardOver,
  removeTempDirs,
  startTestServer,
  type TestServer,
} from '../testing/test-server.js'

const SECRET = 'sk-test-SECRET-never-shown'

let server: TestServer

beforeAll(async () => {
  server = await startTestServer({
    config: {
      providerEnv: {
        OPENAI_API_KEY: SECRET,
        OPENAI_BASE_URL: 'http://127.0.0.1:9/v1',
        LUMAAI_API_KEY: `${SECRET}-luma`,
      },
    },
  })
})

afterAll(async () => {
  await server.close()
  await removeTempDirs()
})

type JsonSchema = {
  type?: string
  enum?: unknown[]
  const?: unknown
  anyOf?: JsonSchema[]
  properties?: Record<string, JsonSchema>
  required?: string[]
  additionalProperties?: boolean
  minimum?: number
  maximum?: number
  maxLength?: number
}

/** The part of JSON Schema zod emits for the shot spec, enough to check a value against it. */
function accepts(schema: JsonSchema, value: unknown): boolean {
  if (schema.anyOf) return schema.anyOf.some((option) => accepts(option, value))
  if (schema.const !== undefined && value !== schema.const) return false
  if (schema.enum && !schema.enum.includes(value)) return false
  switch (schema.type) {
    case 'null':
      return value === null
    case 'string':
      return typeof value === 'string' && value.length <= (schema.maxLength ?? Infinity)
    case 'integer':
    case 'number':
      if (typeof value !== 'number') return false
      if (schema.type === 'integer' && !Number.isInteger(value)) return false
      return value >= (schema.minimum ?? -Infinity) && value <= (schema.maximum ?? Infinity)
    case 'object': {
      if (typeof value !== 'object' || value === null) return false
      const record = value as Record<string, unknown>
      if ((schema.required ?? []).some((key) => !(key in record))) return false
      return Object.entries(record).every(([key, field]) => {
        const property = schema.properties?.[key]
        return property ? accepts(property, field) : schema.additionalProperties !== false
      })
    }
    default:
      return true
  }
}

describe('the jobs API', () => {
  it('API-1 refuses a spec that fails the schema with 400 and one entry per field', async () => {
    const { status, body } = await postJob(server.url, {
      spec: { ...defaultShotSpec(), cameraMovement: 'barrel-roll', durationSeconds: 0 },
    })
    expect(status).toBe(400)
    expect(body.error).toMatchObject({
      code: 'invalid_request',
      message: 'the job request is not valid',
      details: expect.arrayContaining([
        { path: 'spec.cameraMovement', message: expect.any(String) },
        { path: 'spec.durationSeconds', message: expect.any(String) },
      ]),
    })
    const unknownField = await postJob(server.url, { spec: defaultShotSpec(), colour: 'red' })
    expect(unknownField.status).toBe(400)
    const variations = await postJob(server.url, { spec: defaultShotSpec(), variations: 3 })
    expect((variations.body.error as { details: Array<{ path: string }> }).details[0]!.path).toBe(
      'variations',
    )
  })

  it('API-2 refuses an unknown provider or model with 400, an unknown board or card with 404', async () => {
    const spec = defaultShotSpec({ subject: 'a boat' })
    const provider = await postJob(server.url, { spec, provider: 'nonesuch' })
    expect(provider.status).toBe(400)
    expect(provider.body.error).toMatchObject({ code: 'unknown_provider' })
    const model = await postJob(server.url, { spec, provider: 'previs', model: 'previs-9' })
    expect(model.status).toBe(400)
    expect(model.body.error).toMatchObject({ code: 'unknown_model' })
    const board = await postJob(server.url, { spec, boardId: 'nope', sceneId: 'shape:card' })
    expect(board.status).toBe(404)
    expect(board.body.error).toMatchObject({ code: 'board_not_found' })
    const boardId = await createBoardOver(server.url)
    const card = await postJob(server.url, { spec, boardId, sceneId: 'shape:none' })
    expect(card.status).toBe(404)
    expect(card.body.error).toMatchObject({ code: 'card_not_found' })
    const alone = await postJob(server.url, { spec, boardId })
    expect(alone.status).toBe(400)
  })

  it('API-3 refuses what a provider cannot do at all, with its reason', async () => {
    // The OpenAI Videos API needs a prompt; an empty spec has none.
    const { status, body } = await postJob(server.url, {
      spec: defaultShotSpec(),
      provider: 'openai-videos',
    })
    expect(status).toBe(400)
    expect(body.error).toMatchObject({
      code: 'unsupported_request',
      message: 'the shot has no description to prompt with yet',
    })
  })

  it('API-4 answers 404 for an unknown job, to GET and DELETE', async () => {
    for (const method of ['GET', 'DELETE']) {
      const response = await fetch(`${server.url}/api/jobs/job_nope`, { method })
      expect(response.status).toBe(404)
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
        'job_not_found',
      )
    }
  })

  it('API-5 lists the enabled providers, previs first and default, and never a key', async () => {
    const response = await fetch(`${server.url}/api/providers`)
    const text = await response.text()
    expect(text).not.toContain('SECRET')
    expect(text).not.toContain('127.0.0.1')
    const { providers } = JSON.parse(text) as { providers: ProviderView[] }
    for (const provider of providers) expect(providerViewSchema.parse(provider)).toEqual(provider)
    expect(providers.map((provider) => [provider.id, provider.isDefault])).toEqual([
      ['previs', true],
      ['openai-videos', false],
      ['luma', false],
    ])
    expect(providers[0]!.models).toEqual([
      {
        id: 'previs-1',
        label: 'Previs animatic',
        durationsSeconds: Array.from({ length: 60 }, (_, i) => i + 1),
        sizes: ['1280x720', '720x1280', '720x720', '960x720', '1720x720'],
        canExtend: true,
        canRemix: true,
      },
    ])
    expect(providers[1]!.models.map((model) => model.id)).toEqual(['sora-2', 'sora-2-pro'])
  })

  it('API-6 serves the shot spec as a JSON Schema that accepts a default spec and lists the vocabularies', async () => {
    const response = await fetch(`${server.url}/api/shot-spec`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/schema\+json/)
    const schema = (await response.json()) as JsonSchema & { $schema: string }
    expect(schema.$schema).toMatch(/json-schema\.org/)
    expect(schema.additionalProperties).toBe(false)
    expect(accepts(schema, defaultShotSpec())).toBe(true)
    expect(accepts(schema, defaultShotSpec({ lens: 35, shotSize: 'wide', seed: 4 }))).toBe(true)
    expect(accepts(schema, { ...defaultShotSpec(), cameraMovement: 'barrel-roll' })).toBe(false)
    expect(accepts(schema, { ...defaultShotSpec(), extra: 1 })).toBe(false)
    const { subject: _subject, ...missing } = defaultShotSpec()
    expect(accepts(schema, missing)).toBe(false)
    const properties = schema.properties!
    expect(properties.cameraMovement!.enum).toEqual([...CAMERA_MOVEMENTS])
    expect(properties.aspectRatio!.enum).toEqual([...ASPECT_RATIOS])
    expect(properties.shotSize!.anyOf![0]!.enum).toEqual([...SHOT_SIZES])
  })
})
