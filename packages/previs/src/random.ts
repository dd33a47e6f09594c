/**
 * Seeded randomness: the same seed always gives the same sequence, on every machine, so the same
 * spec and seed always give byte-identical frames. Nothing in the renderer may use Math.random.
 */

export type Random = {
  /** A float in [0, 1). */
  next(): number
  /** A float in [min, max). */
  range(min: number, max: number): number
  /** An integer in [min, max]. */
  int(min: number, max: number): number
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T
  /** An independent generator for a named purpose, so adding draws in one place leaves the others alone. */
  fork(label: string): Random
}

/** FNV-1a over the label's UTF-16 code units: a stable 32-bit hash for deriving sub-seeds. */
export function hashString(text: string, basis = 0x811c9dc5): number {
  let hash = basis >>> 0
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash
}

/** mulberry32: tiny, fast, and good enough for placing trees and raindrops. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const random: Random = {
    next,
    range: (min, max) => min + (max - min) * next(),
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list')
      return items[Math.floor(next() * items.length)] as (typeof items)[number]
    },
    fork: (label) => createRandom(hashString(label, seed >>> 0)),
  }
  return random
}

/**
 * Smooth 1D value noise in [-1, 1]: random values at integer points, joined by a smoothstep.
 * Used for handheld camera shake and wind sway.
 */
export function createNoise1D(seed: number): (x: number) => number {
  const cache = new Map<number, number>()
  const valueAt = (i: number) => {
    let value = cache.get(i)
    if (value === undefined) {
      value = createRandom(hashString(String(i), seed >>> 0)).next() * 2 - 1
      cache.set(i, value)
    }
    return value
  }
  return (x) => {
    const i = Math.floor(x)
    const f = x - i
    const s = f * f * (3 - 2 * f)
    return valueAt(i) * (1 - s) + valueAt(i + 1) * s
  }
}
