import { SHOT_SIZES, defaultShotSpec } from '@sceneboard/shared'
import { describe, expect, it } from 'vitest'
import { planAngle, planFraming } from './framing.js'
import { frameCount, OUTPUT_SIZES } from './output-size.js'

const viewport = { width: 1280, height: 720 }
/** Share of the frame height a 1.8 m person fills at the framed distance. */
const personFill = (spec: Parameters<typeof planFraming>[0]) => {
  const framing = planFraming(spec, viewport)
  return (framing.focalPx * 1.8) / framing.subjectDistance / viewport.height
}

describe('framing by shot size', () => {
  it('makes the subject larger at every step from extreme wide to extreme close-up', () => {
    const sizes = SHOT_SIZES.filter((size) => size !== 'insert')
    const fills = sizes.map((shotSize) =>
      personFill(defaultShotSpec({ shotSize, subject: 'a man' })),
    )
    for (let i = 1; i < fills.length; i++) expect(fills[i]).toBeGreaterThan(fills[i - 1] as number)
  })

  it('keeps figures small in an extreme wide shot and fills the frame with a face in a close-up', () => {
    expect(personFill(defaultShotSpec({ shotSize: 'extreme-wide' }))).toBeLessThan(0.1)
    expect(personFill(defaultShotSpec({ shotSize: 'full' }))).toBeLessThan(1)
    // A head is about an eighth of a person: in a close-up it fills more than half the frame.
    expect(personFill(defaultShotSpec({ shotSize: 'close-up' })) / 8).toBeGreaterThan(0.5)
  })

  it('keeps the subject the same size whatever the lens, by standing further back', () => {
    const at = (lens: number) => personFill(defaultShotSpec({ shotSize: 'medium', lens }))
    expect(at(24)).toBeCloseTo(at(135), 6)
    expect(
      planFraming(defaultShotSpec({ shotSize: 'medium', lens: 135 }), viewport).subjectDistance,
    ).toBeGreaterThan(
      planFraming(defaultShotSpec({ shotSize: 'medium', lens: 24 }), viewport).subjectDistance,
    )
  })

  it('sees less of the background with a longer lens, and flattens depth', () => {
    const view = (lens: number) => {
      const f = planFraming(defaultShotSpec({ shotSize: 'medium', lens }), viewport)
      const background = f.subjectDistance + 20
      return {
        widthSeen: (viewport.width * background) / f.focalPx,
        backgroundToSubjectScale: f.subjectDistance / background,
      }
    }
    expect(view(135).widthSeen).toBeLessThan(view(24).widthSeen)
    expect(view(135).backgroundToSubjectScale).toBeGreaterThan(view(24).backgroundToSubjectScale)
  })

  it('picks a lens for the shot size when none is chosen', () => {
    expect(planFraming(defaultShotSpec({ shotSize: 'wide' }), viewport).lensMm).toBeLessThan(
      planFraming(defaultShotSpec({ shotSize: 'close-up' }), viewport).lensMm,
    )
    expect(planFraming(defaultShotSpec({ shotSize: 'wide', lens: 40 }), viewport).lensMm).toBe(40)
  })
})

describe('camera angle', () => {
  const framing = planFraming(defaultShotSpec({ shotSize: 'full', subject: 'a man' }), viewport)
  it('looks level at eye level, so the horizon is centred', () => {
    expect(planAngle('eye-level', framing).pitch).toBe(0)
    expect(planAngle('', framing).pitch).toBe(0)
  })
  it('looks up from low (low horizon) and down from high (high horizon)', () => {
    const low = planAngle('low-angle', framing)
    const high = planAngle('high-angle', framing)
    expect(low.height).toBeLessThan(framing.aimHeight)
    expect(low.pitch).toBeGreaterThan(0)
    expect(high.height).toBeGreaterThan(framing.aimHeight)
    expect(high.pitch).toBeLessThan(0)
    expect(planAngle('worms-eye', framing).pitch).toBeGreaterThan(low.pitch)
  })
  it("looks steeply down for a bird's-eye view and rolls the frame for a dutch angle", () => {
    const birds = planAngle('birds-eye', framing)
    expect(birds.pitch).toBeLessThan(-1)
    expect(birds.squash).toBeLessThan(1)
    expect(Math.abs(planAngle('dutch', framing).roll)).toBeGreaterThan(0.1)
    expect(planAngle('eye-level', framing).roll).toBe(0)
  })
})

describe('output geometry', () => {
  it('keeps the short side at 720 with even sides, 1280x720 for 16:9', () => {
    expect(OUTPUT_SIZES['16:9']).toEqual({ width: 1280, height: 720 })
    expect(OUTPUT_SIZES['9:16']).toEqual({ width: 720, height: 1280 })
    for (const { width, height } of Object.values(OUTPUT_SIZES)) {
      expect(Math.min(width, height)).toBe(720)
      expect((width % 2) + (height % 2)).toBe(0)
    }
  })
  it('renders round(duration x 24) frames', () => {
    expect(frameCount(8)).toBe(192)
    expect(frameCount(1.5)).toBe(36)
    expect(frameCount(2.51)).toBe(60)
  })
})
