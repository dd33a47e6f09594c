import { defaultShotSpec, type ShotSpec } from '@sceneboard/shared'
import { describe, expect, it } from 'vitest'
import { createFramePainter } from './frame-painter.js'
import { buildBackdrop, buildLayer, type LayerBitmap } from './layer-bitmaps.js'
import { foldRigidLayers } from './layer-merge.js'
import { buildLayerStack, type LayerStack } from './layer-stack.js'
import { setUpShot, type Shot } from './shot-setup.js'

const shot = (fields: Partial<ShotSpec>): Shot =>
  setUpShot(defaultShotSpec({ durationSeconds: 2, seed: 7, ...fields }))

/**
 * Every layer painted whole and drawn whole on every frame: not cropped by what stands in front
 * of it, no rows left out behind nearer ground, no columns left out beside its content.
 */
function uncroppedStack(take: Shot): LayerStack {
  const layers = take.layers
    .map((layer) => buildLayer(take, layer))
    .filter((layer): layer is LayerBitmap => layer !== null)
    .map(({ canvas, depth, rect, pxPerUnit, hasApron, blurPx }) => ({
      canvas,
      depth,
      rect,
      pxPerUnit,
      hasApron,
      blurPx,
    }))
  return foldRigidLayers(take, buildBackdrop(take), layers)
}

const TAKES: Record<string, Partial<ShotSpec>> = {
  'a truck along a street': {
    subject: 'a woman left of a man',
    action: 'they walk',
    environment: 'a city street',
    shotSize: 'wide',
    cameraMovement: 'truck-left',
    timeOfDay: 'golden-hour',
  },
  'a dolly into a forest in rain': {
    subject: 'a runner',
    action: 'runs',
    environment: 'a pine forest',
    shotSize: 'full',
    cameraMovement: 'dolly-in',
    weather: 'rain',
  },
  'a crane up over the sea': {
    subject: 'a boat',
    environment: 'the sea',
    shotSize: 'extreme-wide',
    cameraMovement: 'crane-up',
  },
  'a pan along a coast (layers folded into the sky)': {
    subject: 'a lighthouse keeper',
    action: 'walks along the cliff',
    environment: 'a rocky coast at dusk',
    shotSize: 'medium',
    cameraMovement: 'pan-left',
  },
  'a tilt up a street at night, from low': {
    subject: 'a man',
    environment: 'a city street at night',
    shotSize: 'full',
    cameraMovement: 'tilt-up',
    cameraAngle: 'low-angle',
  },
  'a dolly in a kitchen, rain at the window': {
    subject: 'a woman',
    action: 'sits at a table',
    environment: 'a kitchen with a window',
    shotSize: 'medium',
    cameraMovement: 'dolly-in',
    weather: 'rain',
  },
  'a truck along a desert road': {
    subject: 'a car',
    action: 'drives',
    environment: 'a desert road',
    shotSize: 'wide',
    cameraMovement: 'truck-right',
  },
  'an orbit round a dog': {
    subject: 'a dog',
    environment: 'a desert road',
    shotSize: 'close-up',
    cameraMovement: 'orbit-left',
  },
  'a handheld take (rolled frames)': {
    subject: 'a woman',
    action: 'walks',
    environment: 'a desert road',
    shotSize: 'wide',
    cameraMovement: 'handheld',
  },
}

describe('buildLayerStack and the frames drawn from it', () => {
  it.each(Object.entries(TAKES))(
    'paints the same frames as whole layers drawn whole: %s',
    (_, fields) => {
      const take = shot(fields)
      const cropped = createFramePainter(take, { show: true })
      const whole = createFramePainter(take, { show: true }, uncroppedStack(take))
      for (const frame of [0, Math.floor(take.frames / 2), take.frames - 1]) {
        cropped.paint(frame)
        whole.paint(frame)
        const a = cropped.pixels()
        const b = whole.pixels()
        // Painted with another row offset, an edge's anti-aliasing may round a little
        // differently; a row cut too soon would show what stands behind it, far off and wide.
        let off = 0
        let most = 0
        for (let i = 0; i < a.length; i++) {
          const d = Math.abs((a[i] as number) - (b[i] as number))
          most = Math.max(most, d)
          if (d > 2) off++
        }
        expect(most, `frame ${frame}`).toBeLessThanOrEqual(16)
        expect(off, `frame ${frame}`).toBeLessThan(a.length / 2000)
      }
    },
    60_000,
  )

  it('paints only the rows of sky and distant hills that show past the houses', () => {
    const take = shot(TAKES['a truck along a street'] as Partial<ShotSpec>)
    const whole = uncroppedStack(take)
    const cropped = buildLayerStack(take)
    expect(cropped.backdrop.canvas.height).toBeLessThan(whole.backdrop.canvas.height / 4)
    const far = (stack: LayerStack) =>
      stack.layers.find(
        (layer) => layer.depth === take.layers.reduce((a, b) => (a.depth > b.depth ? a : b)).depth,
      )
    expect(far(cropped)?.canvas.height).toBeLessThan((far(whole)?.canvas.height ?? 0) * 0.6)
    // Every kept row still maps to the same world height as before the crop.
    for (const stack of [cropped, whole]) {
      for (const layer of [stack.backdrop, ...stack.layers]) {
        const rows = (layer.rect.top - layer.rect.bottom) * layer.pxPerUnit
        expect(rows).toBeCloseTo(layer.canvas.height, 6)
      }
    }
  })

  it('leaves a take with roll uncropped', () => {
    const take = shot(TAKES['a handheld take (rolled frames)'] as Partial<ShotSpec>)
    const heights = (stack: LayerStack) =>
      [stack.backdrop, ...stack.layers].map((layer) => layer.canvas.height)
    expect(heights(buildLayerStack(take))).toEqual(heights(uncroppedStack(take)))
  })
})
