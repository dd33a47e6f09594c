/**
 * The old West: which words make a street one, and that it is drawn as a dirt street between
 * wooden false fronts rather than a city's asphalt and towers.
 */
import { defaultShotSpec, type ShotSpec } from '@sceneboard/shared'
import { describe, expect, it } from 'vitest'
import { createFramePainter } from '../frame-painter.js'
import { planScene, westernSaid } from '../plan-scene.js'
import { setUpShot } from '../shot-setup.js'

const spec = (overrides: Partial<ShotSpec>) =>
  defaultShotSpec({ durationSeconds: 1, shotSize: 'wide', timeOfDay: 'midday', ...overrides })

const said = (environment: string, subject = '', action = '') =>
  westernSaid({ environment, subject, action })

/** The mean red and blue of the frame's bottom fifth: the street. */
function street(shotSpec: ShotSpec): { red: number; blue: number } {
  const shot = setUpShot(shotSpec)
  const painter = createFramePainter(shot)
  painter.paint(0)
  const pixels = painter.pixels()
  const { width, height } = shot.viewport
  let red = 0
  let blue = 0
  let n = 0
  for (let y = Math.floor(height * 0.8); y < height; y += 3) {
    for (let x = 0; x < width; x += 5) {
      red += pixels[(y * width + x) * 4] ?? 0
      blue += pixels[(y * width + x) * 4 + 2] ?? 0
      n++
    }
  }
  return { red: red / n, blue: blue / n }
}

describe('a street of the old West', () => {
  it('is said outright, or by its people on a dusty street', () => {
    expect(said('a western town')).toBe(true)
    expect(said('a ghost town at dusk')).toBe(true)
    expect(said('the main street of a frontier town')).toBe(true)
    expect(said('a dusty street at noon', 'two gunslingers', 'face each other')).toBe(true)
    // A cowboy in a city is in the city; a dusty street alone is any street.
    expect(said('a city street', 'a cowboy')).toBe(false)
    expect(said('a dusty street', 'a man')).toBe(false)
  })

  it('is a street set, a western one only where the words say so', () => {
    const west = planScene(spec({ environment: 'a western town', subject: 'a sheriff' }))
    expect(west.set).toBe('city-street')
    expect(west.western).toBe(true)
    expect(planScene(spec({ environment: 'a city street' })).western).toBe(false)
    expect(planScene(spec({ environment: 'the old west prairie' })).western).toBe(false)
  })

  it('draws wooden false fronts over a dirt street', () => {
    const west = setUpShot(spec({ environment: 'a western town', subject: 'a sheriff' }))
    const mid = west.layers.find((layer) => layer.name === 'mid')
    expect(mid?.top).toBeLessThan(12) // low wooden buildings, no towers
    const dirt = street(spec({ environment: 'a western town', subject: 'a sheriff' }))
    const asphalt = street(spec({ environment: 'a city street', subject: 'a man' }))
    expect(dirt.red).toBeGreaterThan(dirt.blue + 30)
    expect(Math.abs(asphalt.red - asphalt.blue)).toBeLessThan(20)
  })
})
