import { describe, expect, it } from 'vitest'
import { aspectRatioValue, clipStageSize, fitFrame } from './clip-frame'

describe('clip frame geometry', () => {
  it('reads every aspect ratio of the vocabulary', () => {
    expect(aspectRatioValue('16:9')).toBeCloseTo(16 / 9)
    expect(aspectRatioValue('9:16')).toBeCloseTo(9 / 16)
    expect(aspectRatioValue('1:1')).toBe(1)
    expect(aspectRatioValue('4:3')).toBeCloseTo(4 / 3)
    expect(aspectRatioValue('2.39:1')).toBeCloseTo(2.39)
    expect(aspectRatioValue('nonsense')).toBeCloseTo(16 / 9)
  })

  it('letterboxes wide frames and pillarboxes tall ones', () => {
    const stage = { width: 320, height: 180 }
    expect(fitFrame(stage, 2.39)).toEqual({ width: 320, height: 320 / 2.39 })
    expect(fitFrame(stage, 9 / 16)).toEqual({ width: 180 * (9 / 16), height: 180 })
    expect(fitFrame({ width: 0, height: 10 }, 1)).toEqual({ width: 0, height: 0 })
  })

  it('keeps the stage within a share of the card height', () => {
    expect(clipStageSize(320, 1000)).toEqual({ width: 320, height: 180 })
    expect(clipStageSize(320, 200).height).toBeCloseTo(76)
  })
})
