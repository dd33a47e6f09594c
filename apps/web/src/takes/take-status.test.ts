import { defaultShotSpec, type Take } from '@sceneboard/shared'
import { describe, expect, it } from 'vitest'
import {
  badgeLabel,
  formatClipTime,
  originLabel,
  posterOf,
  progressPercent,
  stageView,
  statusLabel,
  takeNumbers,
} from './take-status.js'

function take(id: string, overrides: Partial<Take> = {}): Take {
  return {
    id: `take:${id}`,
    cardId: 'shape:card',
    jobId: id,
    status: 'succeeded',
    progress: 1,
    error: null,
    provider: 'previs',
    model: 'previs-1',
    seed: 1,
    spec: defaultShotSpec(),
    prompt: '',
    adjustments: [],
    origin: { kind: 'generate' },
    requestedBy: { id: 'u', name: 'Ada' },
    createdAt: 1,
    finishedAt: 2,
    clip: null,
    ...overrides,
  }
}

describe('progress', () => {
  it('shows whole percents that reach 100 only when the take is done', () => {
    expect(progressPercent(0)).toBe(0)
    expect(progressPercent(0.426)).toBe(42)
    expect(progressPercent(0.999)).toBe(99)
    expect(progressPercent(1)).toBe(99)
    expect(progressPercent(1, 'succeeded')).toBe(100)
    expect(progressPercent(Number.NaN)).toBe(0)
    expect(progressPercent(-1)).toBe(0)
  })

  it('names each status, with the percent while rendering', () => {
    expect(statusLabel({ status: 'queued', progress: 0 })).toBe('Queued')
    expect(statusLabel({ status: 'running', progress: 0.5 })).toBe('Rendering 50%')
    expect(statusLabel({ status: 'failed', progress: 0.5 })).toBe('Failed')
    expect(badgeLabel({ status: 'running', progress: 0.07 })).toBe('7%')
    expect(badgeLabel({ status: 'succeeded', progress: 1 })).toBeNull()
    expect(badgeLabel({ status: 'canceled', progress: 0 })).toBe('Canceled')
  })
})

describe('stageView', () => {
  const first = take('first', { createdAt: 1 })
  const second = take('second', { createdAt: 2 })
  const running = take('running', { createdAt: 3, status: 'running', progress: 0.4 })
  const failed = take('failed', { createdAt: 4, status: 'failed', error: 'boom' })

  it('plays the selected take, else the newest that succeeded', () => {
    expect(stageView([second, first], first.id).shown).toBe(first)
    expect(stageView([second, first], null).shown).toBe(second)
    expect(stageView([], null)).toEqual({ shown: null, inFlight: [], failure: null })
  })

  it('lists the takes in flight while still playing the last clip', () => {
    const view = stageView([running, second, first], first.id)
    expect(view.shown).toBe(first)
    expect(view.inFlight).toEqual([running])
    expect(view.failure).toBeNull()
  })

  it('reports the latest attempt failing, and a selected failed take', () => {
    expect(stageView([failed, running, second], second.id).failure).toBe(failed)
    const retried = take('retry', { createdAt: 5, status: 'queued', progress: 0 })
    expect(stageView([retried, failed, second], null).failure).toBeNull()
    expect(stageView([retried, failed, second], failed.id).failure).toBe(failed)
  })
})

describe('take numbers and origins', () => {
  it('numbers variations made at the same moment in the order the strip lists them', () => {
    const numbers = takeNumbers([take('b', { createdAt: 5 }), take('c', { createdAt: 5 })])
    expect(numbers.get('take:b')).toBe(1)
    expect(numbers.get('take:c')).toBe(2)
  })

  it('numbers takes from the oldest', () => {
    const numbers = takeNumbers([take('b', { createdAt: 9 }), take('a', { createdAt: 3 })])
    expect([...numbers]).toEqual([
      ['take:a', 1],
      ['take:b', 2],
    ])
  })

  it('says where a take came from', () => {
    const numbers = new Map([['take:src', 2]])
    expect(originLabel(take('x'), numbers)).toBe('Generated')
    expect(
      originLabel(take('x', { origin: { kind: 'remix', fromTakeId: 'take:src' } }), numbers),
    ).toBe('Remix of take 2')
    expect(
      originLabel(take('x', { origin: { kind: 'extend', fromTakeId: 'take:gone' } }), numbers),
    ).toBe('Extends a deleted take')
    expect(originLabel(take('x', { origin: { kind: 'upload', fileName: 'a.mp4' } }), numbers)).toBe(
      'Uploaded a.mp4',
    )
  })

  it('formats a clip position in tenths of a second', () => {
    expect(formatClipTime(0)).toBe('0:00.0')
    expect(formatClipTime(4.26)).toBe('0:04.2')
    expect(formatClipTime(75.05)).toBe('1:15.0')
  })
})

describe('posterOf', () => {
  const clip = {
    url: '/clips/a.mp4',
    posterUrl: '/clips/a.jpg',
    mime: 'video/mp4',
    kind: 'video' as const,
    width: 1280,
    height: 720,
    fps: 24,
    durationMs: 1000,
    bytes: 10,
  }
  it("is the clip's poster, a still's own picture, or nothing", () => {
    expect(posterOf(take('v', { clip }))).toBe('/clips/a.jpg')
    const still = { ...clip, url: '/clips/s.png', posterUrl: null, kind: 'image' as const }
    expect(posterOf(take('s', { clip: still }))).toBe('/clips/s.png')
    expect(posterOf(take('n', { clip: { ...clip, posterUrl: null } }))).toBeNull()
    expect(posterOf(take('q', { status: 'queued', clip: null }))).toBeNull()
    expect(posterOf(null)).toBeNull()
  })
})
