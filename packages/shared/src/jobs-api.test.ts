import { describe, expect, it } from 'vitest'
import { createJobRequestSchema, jobViewSchema } from './jobs-api.js'
import { defaultShotSpec } from './shot-spec.js'

describe('createJobRequestSchema', () => {
  it('accepts a bare spec and a full board request', () => {
    expect(createJobRequestSchema.safeParse({ spec: defaultShotSpec() }).success).toBe(true)
    const full = {
      spec: defaultShotSpec(),
      provider: 'previs',
      variations: 4,
      boardId: 'board_1',
      sceneId: 'shape:abc',
      requestedBy: { id: 'u', name: 'Ada' },
    }
    expect(createJobRequestSchema.safeParse(full).success).toBe(true)
  })

  it('refuses 3 variations, a board without a scene, remix without a source and unknown keys', () => {
    const spec = defaultShotSpec()
    expect(createJobRequestSchema.safeParse({ spec, variations: 3 }).success).toBe(false)
    expect(createJobRequestSchema.safeParse({ spec, boardId: 'b1' }).success).toBe(false)
    expect(createJobRequestSchema.safeParse({ spec, mode: 'remix' }).success).toBe(false)
    expect(createJobRequestSchema.safeParse({ spec, colour: 'red' }).success).toBe(false)
  })

  it('names the bad spec field', () => {
    const result = createJobRequestSchema.safeParse({
      spec: { ...defaultShotSpec(), cameraMovement: 'fly' },
    })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.path).toEqual(['spec', 'cameraMovement'])
  })
})

describe('jobViewSchema', () => {
  const view = {
    id: 'job_1',
    status: 'succeeded',
    progress: 1,
    provider: 'export',
    model: 'csv',
    adjustments: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:01.000Z',
  }

  it('accepts a view without a file and an export with its file', () => {
    expect(jobViewSchema.safeParse(view).success).toBe(true)
    const file = { url: '/api/exports/job_1/file', mime: 'text/csv', bytes: 120, name: 'a.csv' }
    expect(jobViewSchema.parse({ ...view, file }).file).toEqual(file)
  })

  it('refuses a file without its size', () => {
    const file = { url: '/api/exports/job_1/file', mime: 'text/csv', name: 'a.csv' }
    expect(jobViewSchema.safeParse({ ...view, file }).success).toBe(false)
  })
})
