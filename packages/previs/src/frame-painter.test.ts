import { defaultShotSpec, type ShotSpec } from '@sceneboard/shared'
import { describe, expect, it } from 'vitest'
import { createFramePainter } from './frame-painter.js'
import { setUpShot } from './shot-setup.js'

const spec = (overrides: Partial<ShotSpec>) =>
  defaultShotSpec({
    subject: 'a woman left of a man',
    environment: 'a forest clearing',
    shotSize: 'full',
    aspectRatio: '1:1',
    durationSeconds: 1,
    ...overrides,
  })

const pixels = (shotSpec: ShotSpec, frames: number[], slate = false) => {
  const painter = createFramePainter(setUpShot(shotSpec), { show: slate, shotNumber: '1' })
  return frames.map((frame) => {
    painter.paint(frame)
    return Buffer.from(painter.pixels())
  })
}

describe('frame painter', () => {
  it('paints byte-identical frames for a static shot with nothing moving', () => {
    const [first, last] = pixels(spec({}), [0, 23])
    expect(first?.equals(last as Buffer)).toBe(true)
  })

  it('paints byte-identical frames for the same spec and seed in two runs', () => {
    const moving = spec({ cameraMovement: 'orbit-left', action: 'they walk', weather: 'snow' })
    const [a] = pixels(moving, [12])
    const [b] = pixels(moving, [12])
    const [c] = pixels({ ...moving, seed: 99 }, [12])
    expect(a?.equals(b as Buffer)).toBe(true)
    expect(a?.equals(c as Buffer)).toBe(false)
  })

  it('moves walkers between frames even when the camera holds still', () => {
    const [first, last] = pixels(spec({ action: 'they walk' }), [0, 23])
    expect(first?.equals(last as Buffer)).toBe(false)
  })

  it('draws the slate: the corner changes with the timecode', () => {
    const [first, last] = pixels(spec({}), [0, 23], true)
    expect(first?.equals(last as Buffer)).toBe(false)
  })
})
