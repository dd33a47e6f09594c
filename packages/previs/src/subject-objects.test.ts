import { defaultShotSpec, type ShotSize } from '@sceneboard/shared'
import { describe, expect, it } from 'vitest'
import { planAngle, planFraming } from './framing.js'
import { planScene } from './plan-scene.js'
import { OBJECT_SIZES, objectShape, STAND_HEIGHT } from './subject-objects.js'

/** The band of heights (m) an eye-level camera sees on the subject plane. */
function seenBand(subject: string, shotSize: ShotSize) {
  const spec = defaultShotSpec({ subject, shotSize, aspectRatio: '16:9' })
  const viewport = { width: 1280, height: 720 }
  const framing = planFraming(spec, viewport, planScene(spec).mainSubjectHeight)
  const angle = planAngle('', framing)
  const half = (viewport.height * framing.subjectDistance) / framing.focalPx / 2
  return { low: angle.height - half, high: angle.height + half }
}

describe('object sizes and framing', () => {
  it('gives a few common nouns their own shape and the rest a plain one', () => {
    expect(objectShape('lantern')).toBe('lamp')
    expect(objectShape('suitcase')).toBe('case')
    expect(objectShape('bench')).toBe('bench')
    expect(objectShape('typewriter')).toBe('block')
  })

  it('frames a close-up of a small object on the whole object, not where a face would be', () => {
    const band = seenBand('an old typewriter', 'close-up')
    expect(band.low).toBeLessThanOrEqual(STAND_HEIGHT)
    expect(band.high).toBeGreaterThanOrEqual(OBJECT_SIZES.block.height - 0.02)
    expect(band.high).toBeLessThan(1.5) // a face's close-up looks at 1.44-1.8 m
  })

  it('frames a close-up of a lamp on its glass, the top fifth of it', () => {
    const band = seenBand('The lamp mantle inside the great Fresnel lens', 'close-up')
    expect(band.low).toBeLessThan(1.3)
    expect(band.high).toBeGreaterThanOrEqual(OBJECT_SIZES.lamp.height)
  })
})
