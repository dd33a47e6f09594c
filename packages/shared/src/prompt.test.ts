import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { composePrompt, summarizeSpec } from './prompt.js'
import {
  ASPECT_RATIOS,
  CAMERA_ANGLES,
  CAMERA_MOVEMENTS,
  SHOT_SIZES,
  TIMES_OF_DAY,
  WEATHERS,
  defaultShotSpec,
  type ShotSpec,
} from './shot-spec.js'

const courierAtNight = defaultShotSpec({
  subject: 'A courier in a yellow rain jacket',
  action: 'weaves a bicycle through stalled taxis',
  environment: 'a flooded avenue in Shinjuku, neon signs reflected in the water',
  shotSize: 'medium-close-up',
  cameraAngle: 'low-angle',
  cameraMovement: 'dolly-in',
  lens: 35,
  lighting: 'magenta and cyan neon spill, hard rim light from headlights',
  timeOfDay: 'night',
  weather: 'rain',
  style: 'neo-noir, anamorphic flares',
  notes: 'Match the cut to the bell.',
})

describe('composePrompt', () => {
  it('reads a full spec in cinematographer order: camera, subject, environment, light, style', () => {
    expect(composePrompt(courierAtNight)).toBe(
      'Low-angle medium close-up, slow dolly in, 35mm lens. ' +
        'A courier in a yellow rain jacket weaves a bicycle through stalled taxis. ' +
        'A flooded avenue in Shinjuku, neon signs reflected in the water. ' +
        'Magenta and cyan neon spill, hard rim light from headlights, at night, in the rain. ' +
        'Neo-noir, anamorphic flares.',
    )
  })

  it('leaves notes, duration, aspect ratio and seed out of the prompt', () => {
    const prompt = composePrompt(courierAtNight)
    expect(prompt).not.toContain('Match the cut')
    expect(
      composePrompt({ ...courierAtNight, durationSeconds: 9, seed: 77, aspectRatio: '1:1' }),
    ).toBe(prompt)
  })

  it('is empty for the empty spec', () => {
    expect(composePrompt(defaultShotSpec())).toBe('')
  })

  it('drops whitespace-only fields as if they were empty', () => {
    const spec = defaultShotSpec({
      subject: '   ',
      action: '\n\t',
      environment: ' ',
      lighting: '  ',
      style: '\n',
    })
    expect(composePrompt(spec)).toBe('')
  })

  it('phrases the static camera only when other camera information exists', () => {
    expect(composePrompt(defaultShotSpec({ subject: 'a lighthouse' }))).toBe('A lighthouse.')
    expect(composePrompt(defaultShotSpec({ shotSize: 'wide', subject: 'a lighthouse' }))).toBe(
      'Wide shot, locked-off static camera. A lighthouse.',
    )
    expect(composePrompt(defaultShotSpec({ lens: 85 }))).toBe(
      'Locked-off static camera, 85mm lens.',
    )
  })

  it('writes an angle without a size as a shot, and a movement alone as a sentence', () => {
    expect(composePrompt(defaultShotSpec({ cameraAngle: 'over-the-shoulder' }))).toBe(
      'Over-the-shoulder shot, locked-off static camera.',
    )
    expect(composePrompt(defaultShotSpec({ cameraMovement: 'handheld' }))).toBe('Handheld camera.')
    expect(composePrompt(defaultShotSpec({ shotSize: 'extreme-close-up' }))).toContain(
      'Extreme close-up',
    )
  })

  it('trims free text and normalises its sentence punctuation', () => {
    const spec = defaultShotSpec({
      subject: '  an old keeper.  ',
      action: ' lights the lamp!! ',
      environment: 'the lantern room ,, brass and glass ;',
      lighting: 'one match, ',
      timeOfDay: 'night',
      style: 'Painterly..',
    })
    expect(composePrompt(spec)).toBe(
      'An old keeper lights the lamp! The lantern room, brass and glass. ' +
        'One match, at night. Painterly.',
    )
  })

  it('closes an appositive subject with a comma before the action', () => {
    const spec = defaultShotSpec({ subject: 'Maren, the keeper', action: 'climbs the stairs' })
    expect(composePrompt(spec)).toBe('Maren, the keeper, climbs the stairs.')
  })

  it('turns light and weather into words when there is no lighting text', () => {
    expect(composePrompt(defaultShotSpec({ timeOfDay: 'golden-hour', weather: 'fog' }))).toBe(
      'At golden hour, in thick fog.',
    )
  })

  it('turns vocabulary values into words', () => {
    expect(composePrompt(defaultShotSpec({ cameraMovement: 'dolly-in' }))).toBe('Slow dolly in.')
    expect(composePrompt(defaultShotSpec({ shotSize: 'extreme-close-up', lens: 100 }))).toBe(
      'Extreme close-up, locked-off static camera, 100mm lens.',
    )
    expect(composePrompt(defaultShotSpec({ cameraAngle: 'birds-eye', shotSize: 'wide' }))).toBe(
      "Bird's-eye wide shot, locked-off static camera.",
    )
  })

  it('gives every camera movement its own phrase, never the raw id', () => {
    const phrases = CAMERA_MOVEMENTS.map((cameraMovement) => {
      const prompt = composePrompt(defaultShotSpec({ cameraMovement, lens: 50 }))
      if (cameraMovement !== 'static') expect(prompt).not.toContain(cameraMovement)
      return prompt
    })
    expect(new Set(phrases).size).toBe(CAMERA_MOVEMENTS.length)
  })

  it('gives every shot size and angle pair its own framing', () => {
    const prompts = SHOT_SIZES.flatMap((shotSize) =>
      CAMERA_ANGLES.map((cameraAngle) => composePrompt(defaultShotSpec({ shotSize, cameraAngle }))),
    )
    expect(new Set(prompts).size).toBe(SHOT_SIZES.length * CAMERA_ANGLES.length)
    for (const prompt of prompts) expect(prompt).toMatch(/^[A-Z][^.]*\.$/)
  })
})

describe('summarizeSpec', () => {
  it('abbreviates the camera for the card face', () => {
    expect(summarizeSpec(courierAtNight)).toBe('MCU · low angle · dolly in · 35mm')
  })

  it('skips empty parts and says nothing for an unchosen camera', () => {
    expect(summarizeSpec(defaultShotSpec())).toBe('')
    expect(summarizeSpec(defaultShotSpec({ cameraMovement: 'orbit-left' }))).toBe('orbit left')
    expect(summarizeSpec(defaultShotSpec({ shotSize: 'wide' }))).toBe('WS · static')
  })
})

const choice = <T extends string>(values: readonly T[]) => fc.constantFrom<T | ''>('', ...values)
const anyText = fc.string({
  maxLength: 40,
  unit: fc.constantFrom(' ', ',', '.', ';', ':', '?', '!', '\n', '\t', 'a', 'B'),
})
const word = fc.stringMatching(/^[a-z][a-z']{0,8}$/)
const phrase = fc
  .tuple(fc.array(word, { minLength: 0, maxLength: 6 }), fc.constantFrom('', ' ', '  ', '\n'))
  .map(([words, pad]) => `${pad}${words.join(' ')}${pad}`)

function specArbitrary(text: fc.Arbitrary<string>): fc.Arbitrary<ShotSpec> {
  return fc.record({
    subject: text,
    action: text,
    environment: text,
    shotSize: choice(SHOT_SIZES),
    cameraAngle: choice(CAMERA_ANGLES),
    cameraMovement: fc.constantFrom(...CAMERA_MOVEMENTS),
    lens: fc.option(fc.integer({ min: 8, max: 400 })),
    lighting: text,
    timeOfDay: choice(TIMES_OF_DAY),
    weather: choice(WEATHERS),
    style: text,
    notes: text,
    durationSeconds: fc.integer({ min: 1, max: 60 }),
    aspectRatio: fc.constantFrom(...ASPECT_RATIOS),
    seed: fc.nat(),
  })
}

describe('composePrompt properties', () => {
  it('never leaves double spaces, empty list items, empty sentences or loose ends', () => {
    fc.assert(
      fc.property(specArbitrary(anyText), (spec) => {
        const prompt = composePrompt(spec)
        expect(prompt).not.toMatch(/\s{2}/)
        expect(prompt).not.toMatch(/,\s*,/)
        expect(prompt).not.toMatch(/ [,.]/)
        expect(prompt).not.toMatch(/[,;:]\./)
        expect(prompt).toBe(prompt.trim())
        if (prompt !== '') expect(prompt).toMatch(/[.!?]$/)
      }),
    )
  })

  it('contains every non-empty prompt field, trimmed', () => {
    fc.assert(
      fc.property(specArbitrary(phrase), (spec) => {
        const prompt = composePrompt(spec).toLowerCase()
        for (const field of ['subject', 'action', 'environment', 'lighting', 'style'] as const) {
          const text = spec[field].trim().replace(/\s+/g, ' ')
          if (text !== '') expect(prompt).toContain(text.toLowerCase())
        }
      }),
    )
  })
})
