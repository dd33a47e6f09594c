/**
 * An explosion the words set off: said by its words, nothing until it bursts, then a fireball
 * behind the subjects (or on the thing that explodes) and a flash, and frames that change.
 */
import { defaultShotSpec, type ShotSpec } from '@sceneboard/shared'
import { describe, expect, it } from 'vitest'
import { createFramePainter } from '../frame-painter.js'
import { planScene } from '../plan-scene.js'
import { setUpShot } from '../shot-setup.js'
import { EXPLOSION_AT, explosionFlash, explosionSaid } from './explosion.js'

const spec = (overrides: Partial<ShotSpec>) =>
  defaultShotSpec({
    shotSize: 'wide',
    cameraMovement: 'static',
    timeOfDay: 'midday',
    durationSeconds: 3,
    seed: 3,
    ...overrides,
  })

/** Pixels of fire (bright orange) in a frame. */
function fireIn(shotSpec: ShotSpec, frame: number): number {
  const shot = setUpShot(shotSpec)
  const painter = createFramePainter(shot)
  painter.paint(frame)
  const pixels = painter.pixels()
  let fire = 0
  for (let i = 0; i < pixels.length; i += 4 * 7) {
    const [r, g, b] = [pixels[i] ?? 0, pixels[i + 1] ?? 0, pixels[i + 2] ?? 0]
    if (r > 220 && g > 90 && g < 215 && b < 110) fire++
  }
  return fire
}

describe('an explosion', () => {
  it('is set off by its words', () => {
    expect(explosionSaid('a man runs from an explosion')).toBe(true)
    expect(explosionSaid('the car explodes')).toBe(true)
    expect(explosionSaid('a fireball rolls into the sky')).toBe(true)
    expect(explosionSaid('the bomb goes off')).toBe(true)
    expect(explosionSaid('an explosive argument')).toBe(false)
    expect(planScene(spec({ subject: 'a man', action: 'runs' })).explosion).toBe(false)
  })

  it('bursts a moment into the take: fire where there was none, and a flash', () => {
    const running = spec({
      subject: 'a man',
      action: 'runs from an explosion',
      environment: 'a street',
    })
    const before = Math.floor(EXPLOSION_AT * 24) - 2
    expect(fireIn(running, before)).toBe(0)
    expect(fireIn(running, 24)).toBeGreaterThan(200)
    expect(explosionFlash(-0.1)).toBe(0)
    expect(explosionFlash(0)).toBeGreaterThan(0.3)
    expect(explosionFlash(1)).toBeLessThan(0.01)
    // A locked-off shot is redrawn frame by frame while it burns.
    expect(createFramePainter(setUpShot(running)).animated).toBe(true)
  })

  it('bursts on a thing that explodes itself', () => {
    const car = spec({ subject: 'a car', action: 'explodes', environment: 'a desert road' })
    expect(fireIn(car, 24)).toBeGreaterThan(200)
  })
})
