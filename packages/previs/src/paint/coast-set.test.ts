/**
 * A coast reads its words: a rocky one ("a black basalt headland", "waves exploding against the
 * rocks") is dark rock under the subjects, broken off into the sea in a jagged edge with white
 * water along it; a sandy beach stays sand.
 */
import { buildSampleBoard, defaultShotSpec, type ShotSpec } from '@sceneboard/shared'
import { describe, expect, it } from 'vitest'
import { luminance, type Rgb } from '../color.js'
import { paintFullLayer } from '../layer-bitmaps.js'
import { applyAffine, projectPlane } from '../projection.js'
import { setUpShot, type Shot } from '../shot-setup.js'
import { paintBareSet } from '../test-support/bare-set.js'
import { MATERIALS } from './paint-context.js'

function sampleSpec(index: number, overrides: Partial<ShotSpec> = {}): ShotSpec {
  const cards = buildSampleBoard().records.filter(
    (record) => record.typeName === 'shape' && record.type === 'scene-card',
  )
  const card = cards[index] as unknown as { props: { spec: ShotSpec } } | undefined
  if (!card) throw new Error(`the sample board has no shot ${index + 1}`)
  return defaultShotSpec({ ...card.props.spec, ...overrides })
}

/** The sample's first shot, and the same shot on a sandy beach. */
const rockyShot = () => setUpShot(sampleSpec(0))
const sandyShot = () =>
  setUpShot(
    sampleSpec(0, {
      subject: 'A white stone lighthouse on a wide beach',
      environment: 'a long sandy beach, waves rolling in over the sand',
    }),
  )

/** The screen row of the subjects' ground line. */
function stageLine(shot: Shot, frame: number): number {
  const stage = shot.layers.find((layer) => layer.name === 'stage')
  if (!stage) throw new Error('no stage')
  const m = projectPlane(shot.camera(frame / shot.fps), stage.depth, shot.viewport).matrix
  return applyAffine(m, 0, 0).y
}

/** The mean colour of the frame's rows [from, to). */
function meanColour(pixels: Buffer, width: number, from: number, to: number): Rgb {
  const sum = [0, 0, 0]
  for (let i = from * width * 4; i < to * width * 4; i += 4) {
    for (let c = 0; c < 3; c++) (sum[c] as number) += pixels[i + c] as number
  }
  const n = (to - from) * width
  return [(sum[0] as number) / n, (sum[1] as number) / n, (sum[2] as number) / n]
}

describe('a rocky coast', () => {
  it('puts dark rock under the subjects where a beach puts sand', () => {
    const rocky = rockyShot()
    const sandy = sandyShot()
    expect(rocky.plan.shore).toBe('rock')
    expect(sandy.plan.shore).toBe('sand')
    const stage = (shot: Shot) => shot.layers.find((layer) => layer.name === 'stage')?.apron
    expect(stage(rocky)).toEqual(MATERIALS.basalt)
    expect(stage(sandy)).toEqual(MATERIALS.sand)
  })

  it('shows dark rock, not sand, in the lower part of the frame', () => {
    const rocky = rockyShot()
    const sandy = sandyShot()
    const frame = Math.floor(rocky.frames / 2)
    const { width, height } = rocky.viewport
    const from = Math.ceil(stageLine(rocky, frame)) + 40
    expect(from).toBeLessThan(height - 100)
    const rock = meanColour(paintBareSet(rocky, frame), width, from, height)
    const sand = meanColour(paintBareSet(sandy, frame), width, from, height)
    expect(luminance(rock)).toBeLessThan(0.6 * luminance(sand))
    // Sand is warm and pale; the rock is dark and nearly grey.
    expect(sand[0] - sand[2]).toBeGreaterThan(30)
    expect(rock[0] - rock[2]).toBeLessThan(0.5 * (sand[0] - sand[2]))
  })

  it('breaks off into the sea in a jagged edge', () => {
    const shot = setUpShot(
      defaultShotSpec({
        subject: 'a woman',
        environment: 'a rocky shore, waves crashing on the rocks',
        shotSize: 'wide',
        timeOfDay: 'afternoon',
        seed: 5,
      }),
    )
    const stage = shot.layers.find((layer) => layer.name === 'stage')
    if (!stage) throw new Error('no stage')
    const painted = paintFullLayer(shot, stage)
    if (!painted) throw new Error('the stage is never in view')
    const { canvas, rect, pxPerUnit } = painted
    const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data
    const groundRow = Math.round(rect.top * pxPerUnit)
    // The rock's height above the ground line in each column: the topmost opaque pixel.
    const heights: number[] = []
    for (let x = 0; x < canvas.width; x++) {
      let y = 0
      while (y < groundRow && (pixels[(y * canvas.width + x) * 4 + 3] as number) < 255) y++
      heights.push(groundRow - y)
    }
    const mean = heights.reduce((a, b) => a + b, 0) / heights.length
    const spread = Math.sqrt(heights.reduce((a, b) => a + (b - mean) ** 2, 0) / heights.length)
    const unitPx = 0.12 * pxPerUnit // the shore's smallest detail, in the bitmap's pixels
    expect(Math.max(...heights)).toBeGreaterThan(2 * unitPx)
    expect(spread).toBeGreaterThan(0.3 * unitPx)
  })

  it('has white water where the sea meets the rock, paler than either', () => {
    const rocky = rockyShot()
    const frame = Math.floor(rocky.frames / 2)
    const { width, height } = rocky.viewport
    const pixels = paintBareSet(rocky, frame)
    const line = Math.round(stageLine(rocky, frame))
    const sea = luminance(meanColour(pixels, width, line - 60, line - 30))
    const rock = luminance(meanColour(pixels, width, line + 40, height))
    let white = 0
    for (let y = line - 25; y < line + 8; y++) {
      for (let x = 0; x < width; x++) {
        const i = (y * width + x) * 4
        const here = luminance([pixels[i], pixels[i + 1], pixels[i + 2]] as unknown as Rgb)
        if (here > Math.max(sea, rock) + 0.12) white++
      }
    }
    expect(white).toBeGreaterThan(0.01 * 33 * width)
  })

  it('is the same picture for the same spec and seed', () => {
    const a = paintBareSet(rockyShot(), 10)
    const b = paintBareSet(rockyShot(), 10)
    expect(a.equals(b)).toBe(true)
  })
})

describe('a pier', () => {
  const pierShot = (environment: string) =>
    setUpShot(
      defaultShotSpec({
        subject: 'a fisherman',
        environment,
        shotSize: 'full',
        timeOfDay: 'midday',
        durationSeconds: 1,
        seed: 3,
      }),
    )

  it('puts its deck under the subjects, wood or stone, and the sea beyond', () => {
    const deck = (shot: Shot) => shot.layers.find((layer) => layer.name === 'stage')?.apron
    expect(deck(pierShot('the harbour pier'))).toEqual(MATERIALS.wood)
    expect(deck(pierShot('the end of the stone pier'))).toEqual(MATERIALS.concrete)
    expect(pierShot('the harbour pier').layers.find((l) => l.name === 'mid')?.apron).toEqual(
      MATERIALS.water,
    )
  })

  it('runs a railing along its far edge: a rail at waist and at hand height across the frame', () => {
    const shot = pierShot('an old wooden jetty')
    const { width } = shot.viewport
    const pixels = paintBareSet(shot, 0)
    const stage = shot.layers.find((layer) => layer.name === 'stage')
    if (!stage) throw new Error('no stage')
    const m = projectPlane(shot.camera(0), stage.depth, shot.viewport).matrix
    // The top rail (0.98-1.05 m) is dark wood all the way across; the sea just above it is not.
    const rail = Math.round(applyAffine(m, 0, 1.015).y)
    const above = Math.round(applyAffine(m, 0, 1.3).y)
    const railColour = meanColour(pixels, width, rail, rail + 1)
    const seaColour = meanColour(pixels, width, above, above + 1)
    expect(luminance(railColour)).toBeLessThan(0.75 * luminance(seaColour))
    for (let x = 0; x < width; x += 40) {
      const p = (rail * width + x) * 4
      expect(Math.abs((pixels[p] as number) - railColour[0]), `column ${x}`).toBeLessThan(12)
    }
  })
})
