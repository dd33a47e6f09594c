import { CAMERA_MOVEMENTS } from '@sceneboard/shared'
import { describe, expect, it } from 'vitest'
import { CAMERA_MOVEMENT_OPTIONS, SHOT_SIZE_OPTIONS } from './spec-options'

describe('inspector options', () => {
  it('offers exactly the 16 camera movements, in vocabulary order, each with a label', () => {
    expect(CAMERA_MOVEMENT_OPTIONS.map((o) => o.value)).toEqual([...CAMERA_MOVEMENTS])
    expect(CAMERA_MOVEMENT_OPTIONS).toHaveLength(16)
    for (const option of CAMERA_MOVEMENT_OPTIONS) expect(option.label).toMatch(/^[A-Z]/)
  })

  it('labels shot sizes with their shot-list abbreviation', () => {
    expect(SHOT_SIZE_OPTIONS.find((o) => o.value === 'medium-close-up')?.label).toBe(
      'Medium close-up (MCU)',
    )
  })
})
