import { describe, expect, it } from 'vitest'
import { createJobRequestSchema } from './jobs-api.js'
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
