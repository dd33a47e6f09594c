/**
 * The sets off the Earth: the words that pick them, their light (the Moon's black sky with stars
 * and a hard sun, Mars's butterscotch one), no weather on the Moon, and frames that show it.
 */
import { defaultShotSpec, type ShotSpec } from '@sceneboard/shared'
import { describe, expect, it } from 'vitest'
import { luminance, type Rgb } from '../color.js'
import { createFramePainter } from '../frame-painter.js'
import { pickSet, planScene } from '../plan-scene.js'
import { setUpShot } from '../shot-setup.js'

const spec = (overrides: Partial<ShotSpec>) =>
  defaultShotSpec({ durationSeconds: 1, shotSize: 'wide', ...overrides })

/** The mean colour of a band of rows of the first frame (0 top, 1 bottom). */
function bandColour(shotSpec: ShotSpec, from: number, to: number): Rgb {
  const shot = setUpShot(shotSpec)
  const painter = createFramePainter(shot)
  painter.paint(0)
  const pixels = painter.pixels()
  const { width, height } = shot.viewport
  const sum = [0, 0, 0]
  let n = 0
  for (let y = Math.floor(from * height); y < Math.floor(to * height); y += 4) {
    for (let x = 0; x < width; x += 4) {
      const i = (y * width + x) * 4
      for (let c = 0; c < 3; c++) sum[c] = (sum[c] ?? 0) + (pixels[i + c] ?? 0)
      n++
    }
  }
  return sum.map((v) => v / n) as unknown as Rgb
}

describe('off the Earth', () => {
  it('is the Moon or Mars when the words say so, and not for a moon in the sky', () => {
    expect(pickSet('a lunar landscape')).toBe('moon')
    expect(pickSet('the surface of the moon')).toBe('moon')
    expect(pickSet('', 'an astronaut', 'walks on the moon')).toBe('moon')
    expect(pickSet('the red planet')).toBe('mars')
    expect(pickSet('a crater on Mars')).toBe('mars')
    expect(pickSet('', 'a wolf', 'howls at the moon')).not.toBe('moon')
    expect(pickSet('a moonlit beach')).toBe('coast')
  })

  it('lights the Moon with a hard sun under a black sky full of stars, whatever the hour', () => {
    const moon = planScene(spec({ environment: 'the surface of the moon', timeOfDay: 'midday' }))
    expect(luminance(moon.palette.skyTop)).toBeLessThan(0.02)
    expect(moon.palette.stars).toBe(true)
    expect(moon.palette.sun).not.toBeNull()
    // No weather where there is no air.
    const stormy = planScene(spec({ environment: 'a lunar landscape', weather: 'storm' }))
    expect(stormy.weather).toMatchObject({ rain: 0, snow: 0, fog: 0, lightning: false })
    // Mars: a warm sky, its dust still blows.
    const mars = planScene(spec({ environment: 'the red planet', weather: 'wind' }))
    const [r, , b] = mars.palette.skyHorizon
    expect(r).toBeGreaterThan(b + 60)
    expect(mars.weather.wind).toBeGreaterThan(0)
    expect(mars.weather.rain).toBe(0)
  })

  it('paints a dark sky over grey ground on the Moon, and red ground on Mars', () => {
    const moonSky = bandColour(spec({ environment: 'a lunar landscape' }), 0, 0.15)
    const moonGround = bandColour(spec({ environment: 'a lunar landscape' }), 0.8, 1)
    expect(luminance(moonSky)).toBeLessThan(0.05)
    expect(luminance(moonGround)).toBeGreaterThan(0.15)
    // Grey: no channel far from the others.
    expect(Math.max(...moonGround) - Math.min(...moonGround)).toBeLessThan(20)
    const marsGround = bandColour(spec({ environment: 'the red planet' }), 0.8, 1)
    expect(marsGround[0]).toBeGreaterThan(marsGround[2] + 40)
  })
})
