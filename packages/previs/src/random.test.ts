import { describe, expect, it } from 'vitest'
import { createNoise1D, createRandom } from './random.js'

describe('seeded randomness', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    const draw = (seed: number) => Array.from({ length: 8 }, createRandom(seed).next)
    expect(draw(42)).toEqual(draw(42))
    expect(draw(42)).not.toEqual(draw(43))
  })

  it('stays in range', () => {
    const random = createRandom(7)
    for (let i = 0; i < 1000; i++) {
      const value = random.range(-2, 3)
      expect(value).toBeGreaterThanOrEqual(-2)
      expect(value).toBeLessThan(3)
      const n = random.int(1, 6)
      expect(Number.isInteger(n) && n >= 1 && n <= 6).toBe(true)
    }
  })

  it('forks independent streams: drawing from one leaves the other unchanged', () => {
    const a = createRandom(5)
    const first = a.fork('trees').next()
    const b = createRandom(5)
    b.fork('clouds').next()
    expect(b.fork('trees').next()).toBe(first)
  })

  it('makes smooth noise bounded to [-1, 1]', () => {
    const noise = createNoise1D(9)
    let previous = noise(0)
    for (let x = 0.01; x < 20; x += 0.01) {
      const value = noise(x)
      expect(Math.abs(value)).toBeLessThanOrEqual(1)
      expect(Math.abs(value - previous)).toBeLessThan(0.05)
      previous = value
    }
  })
})
