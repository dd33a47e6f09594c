import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildSampleBoard } from './sample-board.js'
import { isSceneCard } from './scene-card.js'
import { defaultShotSpec } from './shot-spec.js'
import {
  SPEC_PARTS,
  SPEC_PART_GUIDES,
  specCompleteness,
  specPartGuideLine,
} from './spec-completeness.js'

describe('specCompleteness', () => {
  it('finds every part missing in the empty spec', () => {
    expect(specCompleteness(defaultShotSpec())).toEqual({
      missing: ['camera', 'subject', 'action', 'environment', 'light'],
      score: 0,
    })
  })

  it('counts whitespace and punctuation alone as empty', () => {
    const spec = defaultShotSpec({
      subject: '   ',
      action: '\n',
      environment: ' . ',
      lighting: '\t',
    })
    expect(specCompleteness(spec).missing).toEqual(SPEC_PARTS)
  })

  it('counts any one camera choice as camera', () => {
    for (const choice of [
      { shotSize: 'wide' as const },
      { cameraAngle: 'dutch' as const },
      { cameraMovement: 'handheld' as const },
      { lens: 50 },
    ]) {
      expect(specCompleteness(defaultShotSpec(choice)).missing).not.toContain('camera')
    }
  })

  it('counts lighting text or a time of day as light, but not weather alone', () => {
    expect(specCompleteness(defaultShotSpec({ lighting: 'hard noon sun' })).missing).not.toContain(
      'light',
    )
    expect(specCompleteness(defaultShotSpec({ timeOfDay: 'dusk' })).missing).not.toContain('light')
    expect(specCompleteness(defaultShotSpec({ weather: 'fog' })).missing).toContain('light')
  })

  it('scores a partly written spec by the share of parts filled in', () => {
    const spec = defaultShotSpec({ subject: 'a courier', action: 'runs', shotSize: 'wide' })
    expect(specCompleteness(spec)).toEqual({ missing: ['environment', 'light'], score: 0.6 })
  })

  it('finds the sample board complete', () => {
    for (const record of buildSampleBoard().records) {
      if (isSceneCard(record))
        expect(specCompleteness(record.props.spec)).toEqual({ missing: [], score: 1 })
    }
  })

  it('keeps score and missing in step', () => {
    fc.assert(
      fc.property(
        fc.record({ subject: fc.string(), action: fc.string(), lighting: fc.string() }),
        (texts) => {
          const { missing, score } = specCompleteness(defaultShotSpec(texts))
          expect(score).toBeCloseTo((SPEC_PARTS.length - missing.length) / SPEC_PARTS.length)
          expect(score).toBeGreaterThanOrEqual(0)
          expect(score).toBeLessThanOrEqual(1)
        },
      ),
    )
  })
})

describe('spec part guides', () => {
  it('give each part a label and a one-line hint with an example', () => {
    for (const part of SPEC_PARTS) {
      const line = specPartGuideLine(part)
      expect(line.startsWith(`${SPEC_PART_GUIDES[part].label}: `)).toBe(true)
      expect(line).not.toContain('\n')
      expect(line).toMatch(/— '.+'$/)
    }
    expect(specPartGuideLine('light')).toBe(
      "Light: say when and how it is lit — 'golden hour, low warm sun'",
    )
  })
})
