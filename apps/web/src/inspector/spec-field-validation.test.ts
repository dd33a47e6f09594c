import { defaultShotSpec, FREE_TEXT_MAX } from '@sceneboard/shared'
import { describe, expect, it } from 'vitest'
import {
  checkNumberField,
  checkSpecField,
  checkTitle,
  parseNumberInput,
  randomSeed,
  withSpecField,
} from './spec-field-validation'

describe('inspector field validation', () => {
  it('reads number inputs, empty as null and junk as NaN', () => {
    expect(parseNumberInput(' 35 ')).toBe(35)
    expect(parseNumberInput('4,5')).toBe(4.5)
    expect(parseNumberInput('')).toBeNull()
    expect(parseNumberInput('35mm')).toBeNaN()
  })

  it('accepts a lens in range or none, and refuses the rest with a sentence', () => {
    expect(checkNumberField('lens', '50')).toEqual({ ok: true, value: 50 })
    expect(checkNumberField('lens', '')).toEqual({ ok: true, value: null })
    for (const bad of ['4', '401', '35.5', 'wide']) {
      const check = checkNumberField('lens', bad)
      expect(check.ok).toBe(false)
      if (!check.ok) expect(check.error).toMatch(/millimetres/)
    }
  })

  it('requires a duration within the allowed seconds', () => {
    expect(checkNumberField('durationSeconds', '2.5')).toEqual({ ok: true, value: 2.5 })
    expect(checkNumberField('durationSeconds', '').ok).toBe(false)
    expect(checkNumberField('durationSeconds', '0').ok).toBe(false)
    expect(checkNumberField('durationSeconds', '61').ok).toBe(false)
  })

  it('requires a whole 32-bit seed', () => {
    expect(checkNumberField('seed', '42')).toEqual({ ok: true, value: 42 })
    expect(checkNumberField('seed', '-1').ok).toBe(false)
    expect(checkNumberField('seed', '1.5').ok).toBe(false)
    expect(checkNumberField('seed', String(2 ** 32)).ok).toBe(false)
  })

  it('limits free text and titles', () => {
    expect(checkSpecField('subject', 'a keeper')).toEqual({ ok: true, value: 'a keeper' })
    expect(checkSpecField('subject', 'x'.repeat(FREE_TEXT_MAX + 1)).ok).toBe(false)
    expect(checkSpecField('cameraMovement', 'moonwalk').ok).toBe(false)
    expect(checkTitle('x'.repeat(201)).ok).toBe(false)
  })

  it('builds the next spec only when it is valid', () => {
    const spec = defaultShotSpec()
    expect(withSpecField(spec, 'lens', 35)).toEqual({ ...spec, lens: 35 })
    expect(withSpecField(spec, 'lens', 3)).toBeNull()
  })

  it('rolls a different seed', () => {
    const rolls = [0.5, 0.5, 0.25]
    const seed = randomSeed(Math.floor(0.5 * 2 ** 32), () => rolls.shift()!)
    expect(seed).toBe(2 ** 30)
  })
})
