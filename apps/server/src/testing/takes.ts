/** Building takes in tests: a valid finished take by default, any field overridden. */
import { defaultShotSpec, type Take } from '@sceneboard/shared'

export function sampleTake(overrides: Partial<Take> = {}): Take {
  return {
    id: 'take:one',
    cardId: 'shape:card',
    jobId: 'job1',
    status: 'succeeded',
    progress: 1,
    error: null,
    provider: 'previs',
    model: 'previs-1',
    seed: 1,
    spec: defaultShotSpec(),
    prompt: 'A wide shot.',
    adjustments: [],
    origin: { kind: 'generate' },
    requestedBy: { id: 'u1', name: 'Ada' },
    createdAt: 1_000,
    finishedAt: 2_000,
    clip: {
      url: `/clips/${'a'.repeat(64)}.mp4`,
      posterUrl: `/clips/${'b'.repeat(64)}.jpg`,
      mime: 'video/mp4',
      kind: 'video',
      width: 1280,
      height: 720,
      fps: 24,
      durationMs: 1000,
      bytes: 1000,
    },
    ...overrides,
  }
}
