import { T } from '@tldraw/validate'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { validatorFromZod } from './zod-validator.js'

describe('validatorFromZod', () => {
  const validator = validatorFromZod(z.object({ name: z.string(), tags: z.array(z.string()) }))

  it('returns the very value it was given when valid', () => {
    const value = { name: 'Maren', tags: ['keeper'] }
    expect(validator.validate(value)).toBe(value)
  })

  it('throws a tldraw validation error naming the failing path', () => {
    expect(() => validator.validate({ name: 'Maren', tags: ['keeper', 7] })).toThrow(
      T.ValidationError,
    )
    expect(() => validator.validate({ name: 'Maren', tags: ['keeper', 7] })).toThrow(/at tags\.1/)
  })

  it('reports a top-level failure without a path', () => {
    expect(() => validatorFromZod(z.string()).validate(3)).toThrow(/^(?!.* at ).*$/)
  })
})
