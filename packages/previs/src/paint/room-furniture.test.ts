/**
 * A room's furniture follows its kind: a kitchen's counters and a bar's bar run right across the
 * back of the room, where a plain room's tables and shelves leave gaps; each kind looks its own.
 */
import { defaultShotSpec } from '@sceneboard/shared'
import { describe, expect, it } from 'vitest'
import { buildLayer, type LayerBitmap } from '../layer-bitmaps.js'
import { setUpShot } from '../shot-setup.js'

/** The furniture layer (the one in front of the back wall) of a wide shot of a room. */
function furniture(environment: string): LayerBitmap {
  const shot = setUpShot(
    defaultShotSpec({
      subject: 'a woman',
      environment,
      shotSize: 'wide',
      timeOfDay: 'midday',
      cameraMovement: 'static',
      durationSeconds: 1,
      seed: 4,
    }),
  )
  const layer = shot.layers.find((candidate) => candidate.name === 'mid')
  const bitmap = layer && buildLayer(shot, layer)
  if (!bitmap) throw new Error(`no furniture in ${environment}`)
  return bitmap
}

/** Share of the bitmap's width that holds paint at world height `y` (m). */
function coverAt(bitmap: LayerBitmap, y: number): number {
  const row = Math.round((bitmap.rect.top - y) * bitmap.pxPerUnit)
  const { width } = bitmap.canvas
  const alpha = bitmap.canvas.getContext('2d').getImageData(0, row, width, 1).data
  let painted = 0
  for (let x = 0; x < width; x++) if ((alpha[x * 4 + 3] as number) > 128) painted++
  return painted / width
}

describe("a room's furniture", () => {
  it("runs a kitchen's counters and a bar's bar across the room", () => {
    expect(coverAt(furniture('a kitchen'), 0.5)).toBeGreaterThan(0.9)
    expect(coverAt(furniture('a smoky bar'), 0.5)).toBeGreaterThan(0.95)
    expect(coverAt(furniture('a bare room'), 0.5)).toBeLessThan(0.6)
  })

  it("hangs a stage's curtains across the whole back, floor to above the door", () => {
    const stage = furniture('a concert hall')
    for (const y of [0.3, 1.5, 2.8]) expect(coverAt(stage, y)).toBeGreaterThan(0.98)
  })

  it("sets a church's pews across most of the nave at seat and back height, not above", () => {
    const church = furniture('an old church')
    for (const y of [0.5, 0.8]) expect(coverAt(church, y)).toBeGreaterThan(0.6)
    expect(coverAt(church, 1.2)).toBeLessThan(0.1)
  })

  it('gives each kind of room furniture of its own', () => {
    const kinds = [
      'a kitchen',
      'a bar',
      'an office',
      'a bedroom',
      'a library',
      'a cafe',
      'a theatre',
      'a church',
      'a room',
    ]
    const looks = kinds.map((environment) => {
      const bitmap = furniture(environment)
      return [0.2, 0.5, 0.8, 1.1, 1.5, 1.9].map((y) => coverAt(bitmap, y).toFixed(2)).join(' ')
    })
    expect(new Set(looks).size).toBe(kinds.length)
  })
})
