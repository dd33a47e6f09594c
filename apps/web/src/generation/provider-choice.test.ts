import type { ProviderView } from '@sceneboard/shared'
import { describe, expect, it } from 'vitest'
import {
  chooseProvider,
  describeChoice,
  describeDurations,
  nearestDuration,
  resolveChoice,
} from './provider-choice.js'

function model(id: string, label = id) {
  return {
    id,
    label,
    durationsSeconds: [5, 10],
    sizes: ['1280x720'],
    canExtend: true,
    canRemix: true,
  }
}

const providers: ProviderView[] = [
  { id: 'previs', label: 'Previs', isDefault: true, models: [model('previs-1', 'Animatic')] },
  {
    id: 'luma',
    label: 'Luma',
    isDefault: false,
    models: [model('ray-2', 'Ray 2'), model('ray-flash')],
  },
  { id: 'empty', label: 'Empty', isDefault: false, models: [] },
]

describe('resolveChoice', () => {
  it('starts from the default provider and its first model', () => {
    expect(resolveChoice(providers, { provider: null, model: null, variations: 1 })).toEqual({
      provider: 'previs',
      model: 'previs-1',
      variations: 1,
    })
  })

  it('keeps the remembered choice while the server offers it', () => {
    expect(
      resolveChoice(providers, { provider: 'luma', model: 'ray-flash', variations: 4 }),
    ).toEqual({ provider: 'luma', model: 'ray-flash', variations: 4 })
  })

  it('falls back when the remembered provider, model or count is gone', () => {
    expect(resolveChoice(providers, { provider: 'luma', model: 'gone', variations: 3 })).toEqual({
      provider: 'luma',
      model: 'ray-2',
      variations: 1,
    })
    expect(
      resolveChoice(providers, { provider: 'empty', model: null, variations: 2 }),
    ).toMatchObject({ provider: 'previs', variations: 2 })
    expect(resolveChoice([], { provider: null, model: null, variations: 1 })).toBeNull()
  })
})

describe('chooseProvider', () => {
  it("switches to the provider's first model unless it has the current one", () => {
    const current = { provider: 'previs', model: 'previs-1', variations: 2 as const }
    expect(chooseProvider(providers, current, 'luma')).toEqual({
      provider: 'luma',
      model: 'ray-2',
      variations: 2,
    })
    expect(chooseProvider(providers, current, 'empty')).toBe(current)
  })
})

describe('describeChoice', () => {
  it('names the provider and model, and the variations when more than one', () => {
    expect(describeChoice(providers, { provider: 'luma', model: 'ray-2', variations: 1 })).toBe(
      'Luma · Ray 2',
    )
    expect(describeChoice(providers, { provider: 'x', model: 'x', variations: 2 })).toBe(
      'x, 2 variations',
    )
  })
})

describe('nearestDuration', () => {
  it('picks the nearest duration the model offers, the longer on a tie', () => {
    expect(nearestDuration([5, 10], 7)).toBe(5)
    expect(nearestDuration([5, 10], 8)).toBe(10)
    expect(nearestDuration([4, 8], 6)).toBe(8)
    expect(nearestDuration([5, 10], 10)).toBe(10)
    expect(nearestDuration([], 7)).toBe(7)
  })
})

describe('describeDurations', () => {
  it('lists a few durations and summarises a run of whole seconds', () => {
    expect(describeDurations([10, 5])).toBe('5s or 10s')
    expect(describeDurations([4, 6, 8])).toBe('4s, 6s or 8s')
    expect(describeDurations([8])).toBe('8s')
    expect(describeDurations(Array.from({ length: 60 }, (_, i) => i + 1))).toBe(
      'any whole second from 1s to 60s',
    )
  })
})
