import { defaultShotSpec, type ShotSpec } from '@sceneboard/shared'
import { describe, expect, it } from 'vitest'
import { createFramePainter } from './frame-painter.js'
import { buildLayerStack } from './layer-stack.js'
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

  it('draws only the columns a layer holds anything in, with the same pixels as whole rows', () => {
    const take = setUpShot(
      spec({
        environment: 'a city street',
        shotSize: 'wide',
        aspectRatio: '16:9',
        cameraMovement: 'truck-left',
        action: 'they walk',
      }),
    )
    const stack = buildLayerStack(take)
    // The street's nearest set layer holds a lamp post above its ground: a narrow band.
    const narrow = stack.layers.flatMap((layer) =>
      (layer.bands ?? []).filter((band) => band.right - band.left < layer.canvas.width / 4),
    )
    expect(narrow.length).toBeGreaterThan(0)
    const banded = createFramePainter(take, undefined, stack)
    const whole = createFramePainter(take, undefined, {
      backdrop: stack.backdrop,
      layers: stack.layers.map(({ bands: _, ...layer }) => layer),
    })
    for (const frame of [0, 11, 23]) {
      banded.paint(frame)
      whole.paint(frame)
      expect(Buffer.from(banded.pixels()).equals(Buffer.from(whole.pixels()))).toBe(true)
    }
  })
})
