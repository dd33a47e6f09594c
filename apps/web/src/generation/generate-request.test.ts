import { defaultShotSpec, type Take } from '@sceneboard/shared'
import { describe, expect, it } from 'vitest'
import { buildJobRequest, extendRequest, requesterFrom, retryRequest } from './generate-request.js'

const target = { boardId: 'board-1', cardId: 'shape:card' }
const requester = { id: 'user-1', name: 'Ada' }

function take(overrides: Partial<Take> = {}): Take {
  return {
    id: 'take:one',
    cardId: 'shape:card',
    jobId: 'job-1',
    status: 'failed',
    progress: 0.3,
    error: 'the provider timed out',
    provider: 'luma',
    model: 'ray-2',
    seed: 9,
    spec: defaultShotSpec({ subject: 'a lighthouse', durationSeconds: 5 }),
    prompt: 'A lighthouse.',
    adjustments: [],
    origin: { kind: 'generate' },
    requestedBy: { id: 'user-2', name: 'Bo' },
    createdAt: 1,
    finishedAt: 2,
    clip: null,
    ...overrides,
  }
}

describe('buildJobRequest', () => {
  it('sends the spec, the choice, the card and who asks', () => {
    const spec = defaultShotSpec({ subject: 'a keeper' })
    const built = buildJobRequest({
      spec,
      target,
      requester,
      choice: { provider: 'previs', model: 'previs-1', variations: 1 },
    })
    expect(built).toEqual({
      ok: true,
      request: {
        spec,
        provider: 'previs',
        model: 'previs-1',
        variations: 1,
        boardId: 'board-1',
        sceneId: 'shape:card',
        requestedBy: requester,
      },
    })
  })

  it('asks for variations, remix and extend as the API names them', () => {
    const built = buildJobRequest({
      spec: defaultShotSpec(),
      target,
      requester,
      choice: { provider: 'previs', model: 'previs-1', variations: 4 },
      mode: 'remix',
      sourceTakeId: 'take:src',
    })
    expect(built.ok && built.request).toMatchObject({
      variations: 4,
      mode: 'remix',
      sourceTakeId: 'take:src',
    })
  })

  it('leaves provider and model to the server while the providers are unknown', () => {
    const built = buildJobRequest({ spec: defaultShotSpec(), target, requester, choice: null })
    expect(built.ok && 'provider' in built.request).toBe(false)
  })

  it('says why a request cannot be sent instead of sending it', () => {
    const built = buildJobRequest({
      spec: { ...defaultShotSpec(), durationSeconds: 600 },
      target,
      requester,
      choice: null,
    })
    expect(built.ok).toBe(false)
    expect(!built.ok && built.message).toMatch(
      /^This shot cannot be generated: spec\.durationSeconds/,
    )
    const noSource = buildJobRequest({
      spec: defaultShotSpec(),
      target,
      requester,
      choice: null,
      mode: 'extend',
    })
    expect(!noSource.ok && noSource.message).toMatch(/sourceTakeId/)
  })
})

describe('retry and extend', () => {
  it('retries a failed take with its exact spec, provider and model', () => {
    const failed = take()
    const built = retryRequest(failed, target, requester)
    expect(built.ok && built.request).toMatchObject({
      spec: failed.spec,
      provider: 'luma',
      model: 'ray-2',
      requestedBy: requester,
    })
    expect(built.ok && built.request.mode).toBeUndefined()
  })

  it('retries a failed remix as a remix of the same take', () => {
    const built = retryRequest(
      take({ origin: { kind: 'remix', fromTakeId: 'take:src' } }),
      target,
      requester,
    )
    expect(built.ok && built.request).toMatchObject({ mode: 'remix', sourceTakeId: 'take:src' })
  })

  it('extends a take from its own spec', () => {
    const done = take({ status: 'succeeded', error: null })
    const built = extendRequest(done, target, requester)
    expect(built.ok && built.request).toMatchObject({
      mode: 'extend',
      sourceTakeId: 'take:one',
      provider: 'luma',
      spec: done.spec,
    })
  })
})

describe('requesterFrom', () => {
  it('names an unnamed person Anonymous and keeps names within the schema', () => {
    expect(requesterFrom({ id: 'u', name: '  ' })).toEqual({ id: 'u', name: 'Anonymous' })
    expect(requesterFrom({ id: 'u', name: 'x'.repeat(300) }).name).toHaveLength(200)
  })
})
