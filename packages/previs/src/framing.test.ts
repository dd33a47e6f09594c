import { SHOT_SIZES, defaultShotSpec } from '@sceneboard/shared'
import { describe, expect, it } from 'vitest'
import { planAngle, planFraming, type FramedSubject } from './framing.js'
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

  it('leaves room above the head in a medium-wide, a medium and a medium close-up shot', () => {
    /** Share of the frame height between the top of a 1.8 m head and the top of the frame. */
    const headroom = (shotSize: 'medium-wide' | 'medium' | 'medium-close-up') => {
      const framing = planFraming(defaultShotSpec({ shotSize, subject: 'a man' }), viewport)
      const frameHeight = (viewport.height * framing.subjectDistance) / framing.focalPx
      return (framing.aimHeight + frameHeight / 2 - 1.8) / frameHeight
    }
    for (const size of ['medium-wide', 'medium', 'medium-close-up'] as const) {
      expect(headroom(size), size).toBeGreaterThanOrEqual(0.05)
      expect(headroom(size), size).toBeLessThanOrEqual(0.15)
    }
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

describe('framing things without a person', () => {
  const box = { bottom: 0, top: 0.3, width: 0.4 }
  const thing: FramedSubject = { kind: 'thing', whole: box, detail: box }
  /** Metres of height the frame takes in at the subject plane. */
  const seen = (spec: Parameters<typeof planFraming>[0], subject = thing) => {
    const framing = planFraming(spec, viewport, subject)
    return (viewport.height * framing.subjectDistance) / framing.focalPx
  }

  it('shows less room around the thing at every step from extreme wide to extreme close-up', () => {
    const sizes = SHOT_SIZES.filter((size) => size !== 'insert')
    const heights = sizes.map((shotSize) => seen(defaultShotSpec({ shotSize, subject: 'a box' })))
    for (let i = 1; i < heights.length; i++) {
      expect(heights[i]).toBeLessThan(heights[i - 1] as number)
    }
  })

  it('shows a thing whole with room in a full shot and fills the frame with it in a close-up', () => {
    const full = seen(defaultShotSpec({ shotSize: 'full' }))
    const closeUp = seen(defaultShotSpec({ shotSize: 'close-up' }))
    expect(box.top / full).toBeGreaterThan(0.5)
    expect(box.top / full).toBeLessThan(0.7)
    expect(box.top / closeUp).toBeGreaterThan(0.8)
    expect(box.top / closeUp).toBeLessThan(1)
    const aim = planFraming(defaultShotSpec({ shotSize: 'close-up' }), viewport, thing).aimHeight
    expect(aim).toBeCloseTo(box.top / 2, 9)
  })

  it('frames a small thing in a wide as it would frame a person, and a tall one whole', () => {
    const wide = defaultShotSpec({ shotSize: 'wide' })
    const person = planFraming(wide, viewport)
    expect(planFraming(wide, viewport, thing)).toMatchObject({
      subjectDistance: person.subjectDistance,
      aimHeight: person.aimHeight,
    })
    const tower = { bottom: 0, top: 14, width: 6 }
    expect(seen(wide, { kind: 'thing', whole: tower, detail: tower })).toBeCloseTo(14 / 0.22, 6)
  })

  it('frames the detail in a close-up and the whole in a medium shot', () => {
    const glass = { bottom: 1.1, top: 1.5, width: 0.5 }
    const lamp: FramedSubject = { kind: 'thing', whole: { ...glass, bottom: 0 }, detail: glass }
    const closeUp = planFraming(defaultShotSpec({ shotSize: 'close-up' }), viewport, lamp)
    expect(closeUp.aimHeight).toBeCloseTo(1.3, 9)
    expect(seen(defaultShotSpec({ shotSize: 'close-up' }), lamp)).toBeLessThan(0.5)
    expect(seen(defaultShotSpec({ shotSize: 'medium' }), lamp)).toBeGreaterThan(1.5)
  })

  it('fits a thing wider than the frame: more of the set in a tall frame', () => {
    const bench = { bottom: 0, top: 0.85, width: 1.6 }
    const subject: FramedSubject = { kind: 'thing', whole: bench, detail: bench }
    const tall = { width: 720, height: 1280 }
    const framing = planFraming(defaultShotSpec({ shotSize: 'close-up' }), tall, subject)
    const widthSeen = (tall.width * framing.subjectDistance) / framing.focalPx
    expect(widthSeen).toBeGreaterThan(bench.width)
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
