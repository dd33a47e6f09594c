import { describe, expect, it } from 'vitest'
import {
  ASPECT_RATIOS,
  CAMERA_MOVEMENTS,
  FREE_TEXT_MAX,
  defaultShotSpec,
  labelOf,
  shotSpecSchema,
  type ShotSpec,
} from './shot-spec.js'

function firstIssuePath(value: unknown): PropertyKey[] | undefined {
  const result = shotSpecSchema.safeParse(value)
  return result.success ? undefined : result.error.issues[0]?.path
}

describe('shotSpecSchema', () => {
  it('accepts the default spec', () => {
    expect(shotSpecSchema.parse(defaultShotSpec())).toEqual(defaultShotSpec())
  })

  it('accepts a fully specified spec', () => {
    const spec = defaultShotSpec({
      subject: 'a courier',
      action: 'runs',
      environment: 'a market',
      shotSize: 'close-up',
      cameraAngle: 'dutch',
      cameraMovement: 'orbit-right',
      lens: 400,
      lighting: 'sodium lamps',
      timeOfDay: 'night',
      weather: 'snow',
      style: 'grainy',
      notes: 'n',
      durationSeconds: 60,
      aspectRatio: '2.39:1',
      seed: 0xffffffff,
    })
    expect(shotSpecSchema.safeParse(spec).success).toBe(true)
  })

  const badValues: Array<[keyof ShotSpec, unknown]> = [
    ['subject', 42],
    ['action', 'x'.repeat(FREE_TEXT_MAX + 1)],
    ['environment', null],
    ['shotSize', 'medium-shot'],
    ['cameraAngle', 'sideways'],
    ['cameraMovement', ''],
    ['lens', 7],
    ['lens', 401],
    ['lens', 35.5],
    ['lighting', undefined],
    ['timeOfDay', 'noon'],
    ['weather', 'hail'],
    ['style', ['noir']],
    ['notes', {}],
    ['durationSeconds', 0.5],
    ['durationSeconds', 61],
    ['durationSeconds', Number.NaN],
    ['aspectRatio', '21:9'],
    ['seed', -1],
    ['seed', 0x100000000],
    ['seed', 1.5],
  ]
  it.each(badValues)('refuses a bad %s (%j) with the field path', (field, value) => {
    expect(firstIssuePath({ ...defaultShotSpec(), [field]: value })).toEqual([field])
  })

  it('refuses a spec with a field missing', () => {
    const { seed: _seed, ...withoutSeed } = defaultShotSpec()
    expect(firstIssuePath(withoutSeed)).toEqual(['seed'])
  })

  it('is strict: unknown keys are refused', () => {
    const result = shotSpecSchema.safeParse({ ...defaultShotSpec(), mood: 'tense' })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys')
  })

  it('has exactly the sixteen camera movements', () => {
    expect([...CAMERA_MOVEMENTS]).toEqual([
      'static',
      'pan-left',
      'pan-right',
      'tilt-up',
      'tilt-down',
      'dolly-in',
      'dolly-out',
      'truck-left',
      'truck-right',
      'crane-up',
      'crane-down',
      'zoom-in',
      'zoom-out',
      'orbit-left',
      'orbit-right',
      'handheld',
    ])
  })

  it('has exactly the five aspect ratios', () => {
    expect([...ASPECT_RATIOS]).toEqual(['16:9', '9:16', '1:1', '4:3', '2.39:1'])
  })
})

describe('defaultShotSpec', () => {
  it('applies overrides over the defaults', () => {
    expect(defaultShotSpec({ lens: 50 })).toMatchObject({ lens: 50, cameraMovement: 'static' })
  })

  it('refuses a value outside the vocabulary, naming the field', () => {
    const untyped = { timeOfDay: 'day', durationSeconds: 600 } as unknown as Partial<ShotSpec>
    expect(() => defaultShotSpec(untyped)).toThrow(/timeOfDay.*durationSeconds/)
    expect(() => defaultShotSpec({ mood: 'tense' } as Partial<ShotSpec>)).toThrow(/mood/)
  })
})

describe('labelOf', () => {
  it('turns a vocabulary id into words', () => {
    expect(labelOf('extreme-close-up')).toBe('extreme close up')
  })
})
