import { defaultShotSpec, type ShotSpec } from '@sceneboard/shared'
import { describe, expect, it } from 'vitest'
import { rowsWithContent } from './bitmap-rows.js'
import { buildLayer, paintFullLayer } from './layer-bitmaps.js'
import { setUpShot } from './shot-setup.js'

const SHOTS: ShotSpec[] = [
  defaultShotSpec({
    subject: 'a woman left of a man',
    environment: 'a city street',
    shotSize: 'wide',
    cameraMovement: 'truck-left',
    durationSeconds: 2,
  }),
  defaultShotSpec({
    subject: 'a runner',
    environment: 'a pine forest',
    shotSize: 'full',
    cameraMovement: 'dolly-in',
    weather: 'rain',
    durationSeconds: 2,
  }),
  defaultShotSpec({
    subject: 'a boat',
    environment: 'the sea',
    shotSize: 'extreme-wide',
    cameraMovement: 'crane-up',
    durationSeconds: 2,
  }),
  defaultShotSpec({
    subject: 'a dog',
    environment: 'a desert road',
    shotSize: 'close-up',
    cameraMovement: 'orbit-left',
    durationSeconds: 2,
  }),
]

describe('buildLayer', () => {
  it('keeps every row of the layer that holds anything, and drops layers empty in view', () => {
    let cropped = 0
    for (const spec of SHOTS) {
      const shot = setUpShot(spec)
      for (const layer of shot.layers) {
        const full = paintFullLayer(shot, layer)
        const built = buildLayer(shot, layer)
        if (!full) {
          expect(built).toBeNull()
          continue
        }
        const hasContent = rowsWithContent(full.canvas)
        const contentRows = Array.from({ length: full.canvas.height }, (_, y) => y).filter(
          hasContent,
        )
        if (contentRows.length === 0) {
          expect(built).toBeNull()
          continue
        }
        expect(built).not.toBeNull()
        if (!built) continue
        // The kept world rect, in rows of the full raster.
        const firstKept = Math.round((full.rect.top - built.rect.top) * full.pxPerUnit)
        const lastKept = firstKept + built.canvas.height - 1
        expect(firstKept).toBeLessThanOrEqual(contentRows[0] as number)
        expect(lastKept).toBeGreaterThanOrEqual(contentRows[contentRows.length - 1] as number)
        if (built.canvas.height < full.canvas.height) cropped++
      }
    }
    // The sets above all have layers with empty sky over them.
    expect(cropped).toBeGreaterThan(0)
  })
})
