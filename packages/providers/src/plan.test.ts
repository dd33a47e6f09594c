import { defaultShotSpec } from '@sceneboard/shared'
import { describe, expect, it } from 'vitest'
import {
  aspectLabel,
  fitPrompt,
  nearestDuration,
  nearestSize,
  planRequest,
  type PlanOptions,
} from './plan.js'
import type { ModelInfo } from './provider.js'

const model = (overrides: Partial<ModelInfo> = {}): ModelInfo => ({
  id: 'm1',
  label: 'Model one',
  durations: [4, 8, 12],
  sizes: [
    { width: 1280, height: 720 },
    { width: 720, height: 1280 },
  ],
  imageInput: 'optional',
  extend: false,
  remix: false,
  seed: true,
  maxPromptLength: 40,
  ...overrides,
})
const options = (m: ModelInfo = model(), extra: Partial<PlanOptions> = {}): PlanOptions => ({
  providerId: 'p',
  providerLabel: 'Provider',
  models: [m],
  defaultModel: m.id,
  ...extra,
})
const image = { bytes: new Uint8Array([1, 2, 3]), mime: 'image/png' }
const request = (spec = {}, extra = {}) => ({
  spec: defaultShotSpec({ subject: 'A keeper', ...spec }),
  prompt: 'A keeper winds the lamp.',
  seed: 9,
  ...extra,
})

describe('nearest values', () => {
  it('picks the nearest duration, the longer one on a tie', () => {
    expect(nearestDuration(7, [4, 8, 12])).toBe(8)
    expect(nearestDuration(6, [4, 8, 12])).toBe(8)
    expect(nearestDuration(1, [4, 8, 12])).toBe(4)
    expect(nearestDuration(60, [5, 10])).toBe(10)
    expect(nearestDuration(7.5, [5, 10])).toBe(10)
  })

  it('picks the size nearest in aspect ratio', () => {
    const sizes = [
      { width: 1280, height: 720 },
      { width: 720, height: 1280 },
      { width: 960, height: 960 },
    ]
    expect(nearestSize('16:9', sizes)).toEqual({ width: 1280, height: 720 })
    expect(nearestSize('9:16', sizes)).toEqual({ width: 720, height: 1280 })
    expect(nearestSize('1:1', sizes)).toEqual({ width: 960, height: 960 })
    // 4:3 lies exactly between 16:9 and 1:1 on a log scale: the earlier listed size wins.
    expect(nearestSize('4:3', sizes)).toEqual({ width: 1280, height: 720 })
    expect(nearestSize('2.39:1', sizes)).toEqual({ width: 1280, height: 720 })
  })

  it('names common aspect ratios and spells out the others', () => {
    expect(aspectLabel({ width: 1920, height: 1080 })).toBe('16:9')
    expect(aspectLabel({ width: 1680, height: 720 })).toBe('21:9')
    expect(aspectLabel({ width: 1792, height: 1024 })).toBe('1.75:1')
  })

  it('cuts a long prompt at a word boundary', () => {
    expect(fitPrompt('one two three four', 13)).toBe('one two three')
    expect(fitPrompt('short', 13)).toBe('short')
  })
})

describe('planRequest', () => {
  it('keeps values the model can do and lists nothing', () => {
    const planned = planRequest(request({ durationSeconds: 8 }), options())
    expect(planned).toMatchObject({
      model: 'm1',
      mode: 'generate',
      durationSeconds: 8,
      seed: 9,
      changes: [],
    })
  })

  it('lists every change with a message for the take', () => {
    const long = 'A keeper in a yellow oilskin winds the brass lamp clockwork.'
    const planned = planRequest(
      request({ durationSeconds: 7, aspectRatio: '1:1' }, { prompt: long }),
      options(),
    )
    expect(planned.changes.map((c) => c.message)).toEqual([
      `prompt ${long.length} -> ${planned.prompt.length} characters`,
      'duration 7 s -> 8 s',
      'aspect 1:1 -> 16:9 (1280x720)',
    ])
    expect(planned.changes[1]).toMatchObject({ field: 'duration', from: '7 s', to: '8 s' })
  })

  it('drops the seed for models that ignore it', () => {
    expect(planRequest(request(), options(model({ seed: false }))).seed).toBeNull()
  })

  it('refuses an unknown model, a missing required image and an empty prompt', () => {
    expect(() => planRequest(request({}, { model: 'nope' }), options())).toThrow(
      'Provider has no model "nope"',
    )
    expect(() => planRequest(request(), options(model({ imageInput: 'required' })))).toThrow(
      'needs a reference image',
    )
    expect(() => planRequest(request({}, { prompt: '  ' }), options())).toThrow('no description')
    expect(planRequest(request({}, { prompt: '', referenceImage: image }), options()).prompt).toBe(
      '',
    )
  })

  it('drops an image the model cannot take, saying so', () => {
    const planned = planRequest(
      request({}, { referenceImage: image }),
      options(model({ imageInput: 'none' })),
    )
    expect(planned.image).toBeUndefined()
    expect(planned.changes.map((c) => c.message)).toEqual([
      'reference image not sent (m1 takes none)',
    ])
  })

  it('extends natively only a take of its own provider', () => {
    const m = model({ extend: true })
    const own = { providerId: 'p', remoteId: 'r1', lastFrame: image }
    expect(planRequest(request({}, { mode: 'extend', source: own }), options(m))).toMatchObject({
      mode: 'extend',
      sourceRemoteId: 'r1',
    })
    const other = { ...own, providerId: 'previs' }
    const fromFrame = planRequest(request({}, { mode: 'extend', source: other }), options(m))
    expect(fromFrame).toMatchObject({ mode: 'generate', image })
    expect(fromFrame.sourceRemoteId).toBeUndefined()
    const noFrame = { providerId: 'previs' }
    expect(() => planRequest(request({}, { mode: 'extend', source: noFrame }), options(m))).toThrow(
      'cannot extend',
    )
  })

  it('remixes natively where it can, and otherwise generates from the edited spec, saying so', () => {
    const source = { providerId: 'p', remoteId: 'r1' }
    const native = planRequest(
      request({}, { mode: 'remix', source }),
      options(model({ remix: true })),
    )
    expect(native).toMatchObject({ mode: 'remix', sourceRemoteId: 'r1' })
    const fresh = planRequest(request({}, { mode: 'remix', source }), options())
    expect(fresh).toMatchObject({ mode: 'generate' })
    expect(fresh.sourceRemoteId).toBeUndefined()
    expect(fresh.changes.map((c) => c.message)).toEqual([
      'remix -> new clip from the shot description',
    ])
  })
})
