import { describe, expect, it } from 'vitest'
import { defaultShotSpec } from './shot-spec.js'
import {
  displayedTake,
  isTakeFinished,
  needsTake,
  takeSchema,
  takesOfCard,
  type Take,
} from './take.js'

function take(overrides: Partial<Take> = {}): Take {
  return {
    id: 'take:one',
    cardId: 'shape:card',
    jobId: 'job1',
    status: 'succeeded',
    progress: 1,
    error: null,
    provider: 'previs',
    model: 'previs-1',
    seed: 7,
    spec: defaultShotSpec(),
    prompt: 'A wide shot.',
    adjustments: [],
    origin: { kind: 'generate' },
    requestedBy: { id: 'u1', name: 'Ada' },
    createdAt: 1,
    finishedAt: 2,
    clip: {
      url: '/clips/abc.mp4',
      posterUrl: '/clips/def.jpg',
      mime: 'video/mp4',
      kind: 'video',
      width: 1280,
      height: 720,
      fps: 24,
      durationMs: 4000,
      bytes: 1000,
    },
    ...overrides,
  }
}

describe('takeSchema', () => {
  it('accepts a finished take and a queued one without a clip', () => {
    expect(takeSchema.safeParse(take()).success).toBe(true)
    expect(
      takeSchema.safeParse(take({ status: 'queued', progress: 0, clip: null, finishedAt: null }))
        .success,
    ).toBe(true)
  })

  it('refuses bad ids, progress out of range and unknown statuses', () => {
    expect(takeSchema.safeParse(take({ id: 'one' })).success).toBe(false)
    expect(takeSchema.safeParse(take({ cardId: 'page:x' })).success).toBe(false)
    expect(takeSchema.safeParse(take({ progress: 1.5 })).success).toBe(false)
    expect(takeSchema.safeParse({ ...take(), status: 'done' }).success).toBe(false)
    expect(takeSchema.safeParse({ ...take(), origin: { kind: 'remix' } }).success).toBe(false)
  })
})

describe('take selection', () => {
  const older = take({ id: 'take:older', createdAt: 1 })
  const newer = take({ id: 'take:newer', createdAt: 5 })
  const failed = take({ id: 'take:failed', createdAt: 9, status: 'failed', clip: null })
  const otherCard = take({ id: 'take:other', cardId: 'shape:other', createdAt: 3 })

  it('lists a card’s takes newest first', () => {
    expect(takesOfCard([older, otherCard, newer, failed], 'shape:card').map((t) => t.id)).toEqual([
      'take:failed',
      'take:newer',
      'take:older',
    ])
  })

  it('shows the selected take, else the newest that succeeded', () => {
    expect(displayedTake([older, newer, failed], 'take:older')?.id).toBe('take:older')
    expect(displayedTake([older, newer, failed], null)?.id).toBe('take:newer')
    expect(displayedTake([older, newer, failed], 'take:failed')?.id).toBe('take:newer')
    expect(displayedTake([failed], null)).toBeNull()
  })

  it('knows which statuses are final', () => {
    expect(isTakeFinished({ status: 'running' })).toBe(false)
    expect(isTakeFinished({ status: 'canceled' })).toBe(true)
  })
})

describe('needsTake', () => {
  it('is true for a shot with no takes, or only failed and canceled ones', () => {
    expect(needsTake([])).toBe(true)
    expect(needsTake([take({ status: 'failed' }), take({ status: 'canceled' })])).toBe(true)
  })

  it('is false once a take has a clip or is queued or rendering', () => {
    for (const status of ['succeeded', 'queued', 'running'] as const) {
      expect(needsTake([take({ status: 'failed' }), take({ status })])).toBe(false)
    }
  })
})
