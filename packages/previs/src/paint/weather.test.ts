/**
 * Weather where a viewer expects it: outdoors it falls over the whole frame; in a room it is
 * seen only through the back wall's windows, and a lightning flash still lights the room.
 */
import { defaultShotSpec, type ShotSpec } from '@sceneboard/shared'
import { describe, expect, it } from 'vitest'
import { createFramePainter } from '../frame-painter.js'
import { applyAffine, projectPlane, visibleRect } from '../projection.js'
import { setUpShot, type Shot } from '../shot-setup.js'
import { interiorWindowPanes } from './built-sets.js'

const room = (overrides: Partial<ShotSpec>) =>
  defaultShotSpec({
    subject: 'a woman',
    environment: 'a quiet room',
    shotSize: 'wide',
    cameraMovement: 'static',
    aspectRatio: '16:9',
    timeOfDay: 'blue-hour',
    weather: 'rain',
    durationSeconds: 2,
    seed: 3,
    ...overrides,
  })

function paintFrames(shot: Shot, frames: number[]): Buffer[] {
  const painter = createFramePainter(shot)
  return frames.map((frame) => {
    painter.paint(frame)
    return Buffer.from(painter.pixels())
  })
}

/**
 * 1 for each screen pixel within `margin` pixels of a window pane of the room's back wall, as
 * the wall painter places them, at the start of a static take.
 */
function windowMask(shot: Shot, margin: number): Uint8Array {
  const { width, height } = shot.viewport
  const wall = shot.layers.find((layer) => layer.name === 'far')
  if (!wall) throw new Error('the room has no back wall')
  const projection = projectPlane(shot.camera(0), wall.depth, shot.viewport)
  const m = projection.matrix
  const seen = visibleRect(projection, shot.viewport)
  const mask = new Uint8Array(width * height)
  for (const pane of interiorWindowPanes({ ...seen, seed: shot.spec.seed })) {
    const a = applyAffine(m, pane.left, pane.top)
    const b = applyAffine(m, pane.right, pane.bottom)
    const x0 = Math.max(0, Math.floor(Math.min(a.x, b.x) - margin))
    const x1 = Math.min(width, Math.ceil(Math.max(a.x, b.x) + margin))
    const y0 = Math.max(0, Math.floor(Math.min(a.y, b.y) - margin))
    const y1 = Math.min(height, Math.ceil(Math.max(a.y, b.y) + margin))
    for (let y = y0; y < y1; y++) mask.fill(1, y * width + x0, y * width + x1)
  }
  return mask
}

/** Pixels that differ between two frames, counted inside and outside a mask. */
function changedPixels(a: Buffer, b: Buffer, mask: Uint8Array) {
  let inside = 0
  let outside = 0
  for (let i = 0; i < mask.length; i++) {
    const p = i * 4
    if (a[p] === b[p] && a[p + 1] === b[p + 1] && a[p + 2] === b[p + 2]) continue
    if (mask[i]) inside++
    else outside++
  }
  return { inside, outside }
}

/** Mean brightness of the pixels outside a mask. */
function meanOutside(frame: Buffer, mask: Uint8Array): number {
  let sum = 0
  let count = 0
  for (let i = 0; i < mask.length; i++) {
    if (mask[i]) continue
    sum += (frame[i * 4] as number) + (frame[i * 4 + 1] as number) + (frame[i * 4 + 2] as number)
    count++
  }
  return sum / count / 3
}

describe('weather in a room', () => {
  it('rains only in the windows: the room holds still while the panes change', () => {
    const shot = setUpShot(room({}))
    expect(shot.plan.set).toBe('interior')
    const mask = windowMask(shot, 2)
    const windowPixels = mask.reduce((sum, v) => sum + v, 0)
    expect(windowPixels).toBeGreaterThan(2000)
    const [first, ...later] = paintFrames(shot, [0, 5, 13])
    for (const frame of later) {
      const changed = changedPixels(first as Buffer, frame, mask)
      expect(changed.outside).toBe(0)
      expect(changed.inside).toBeGreaterThan(windowPixels * 0.02)
    }
  })

  it('keeps snow and blown dust out of the room too', () => {
    for (const weather of ['snow', 'wind'] as const) {
      const shot = setUpShot(room({ weather }))
      const mask = windowMask(shot, 2)
      const [first, last] = paintFrames(shot, [0, 9])
      expect(changedPixels(first as Buffer, last as Buffer, mask).outside, weather).toBe(0)
    }
  })

  it('lights the room with a lightning flash, more faintly than the open', () => {
    const frames = Array.from({ length: 48 }, (_, i) => i)
    /** How far the brightest frame goes from the first towards the flash's white, away from the windows. */
    const flashLift = (shot: Shot, mask: Uint8Array) => {
      const painted = paintFrames(shot, frames).map((frame) => meanOutside(frame, mask))
      const base = painted[0] as number
      return (Math.max(...painted) - base) / (238 - base)
    }
    const indoors = setUpShot(room({ weather: 'storm', timeOfDay: 'night' }))
    const outdoors = setUpShot(
      room({ weather: 'storm', timeOfDay: 'night', environment: 'a meadow' }),
    )
    const { width, height } = outdoors.viewport
    const inRoom = flashLift(indoors, windowMask(indoors, 2))
    expect(inRoom).toBeGreaterThan(0.1)
    expect(inRoom).toBeLessThan(0.3)
    expect(flashLift(outdoors, new Uint8Array(width * height))).toBeGreaterThan(0.4)
  })
})

describe('weather in the open', () => {
  it('rains over the whole frame', () => {
    const shot = setUpShot(room({ environment: 'a city street' }))
    const { width, height } = shot.viewport
    const [first, last] = paintFrames(shot, [0, 7])
    // Every cell of a 4 x 4 grid over the frame changes.
    const cells = new Set<number>()
    for (let i = 0; i < width * height; i++) {
      const p = i * 4
      const a = first as Buffer
      const b = last as Buffer
      if (a[p] === b[p] && a[p + 1] === b[p + 1] && a[p + 2] === b[p + 2]) continue
      const x = i % width
      const y = Math.floor(i / width)
      cells.add(Math.floor((y * 4) / height) * 4 + Math.floor((x * 4) / width))
    }
    expect(cells.size).toBe(16)
  })
})
