/**
 * The camera does what the spec says, measured on decoded frames: the first and last frames of a
 * take are compared by brightness profiles (for shifts) and by a zoom search (for scale).
 */
import { defaultShotSpec, type CameraMovement, type ShotSpec } from '@sceneboard/shared'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderPrevis, type RenderPrevisOptions } from './render-previs.js'
import { greyFrames } from './test-support/decoded-video.js'
import { bestShift, bestZoom, meanDifference, profile } from './test-support/picture-motion.js'

const W = 240
const H = 240
let outDir = ''
beforeAll(async () => {
  outDir = await mkdtemp(path.join(os.tmpdir(), 'previs-motion-'))
})
afterAll(async () => {
  await rm(outDir, { recursive: true, force: true })
})

const spec = (cameraMovement: CameraMovement, overrides: Partial<ShotSpec> = {}) =>
  defaultShotSpec({
    subject: 'a man',
    environment: 'a city street',
    shotSize: 'wide',
    timeOfDay: 'afternoon',
    durationSeconds: 2,
    aspectRatio: '1:1', // a smaller picture keeps the suite quick; the measurements do not care
    cameraMovement,
    ...overrides,
  })

async function firstAndLast(shot: ShotSpec, options: Partial<RenderPrevisOptions> = {}) {
  const result = await renderPrevis(shot, { outDir, ...options })
  const [first, last] = await greyFrames(result.videoPath, [0, result.frames - 1], W, H)
  return { first: first as Uint8Array, last: last as Uint8Array, result }
}

describe('camera movement on the decoded picture', () => {
  it.each([
    ['pan-left', 1],
    ['pan-right', -1],
    ['truck-left', 1],
    ['truck-right', -1],
  ] as const)(
    '%s moves the content horizontally, opposite to the camera',
    async (movement, sign) => {
      const { first, last } = await firstAndLast(spec(movement))
      const shift = bestShift(profile(first, W, H, 'x'), profile(last, W, H, 'x'), 60)
      expect(Math.sign(shift)).toBe(sign)
      expect(Math.abs(shift)).toBeGreaterThanOrEqual(3)
    },
  )

  it.each([
    ['tilt-up', 1],
    ['tilt-down', -1],
  ] as const)('%s moves the content vertically, opposite to the camera', async (movement, sign) => {
    const { first, last } = await firstAndLast(spec(movement))
    const shift = bestShift(profile(first, W, H, 'y'), profile(last, W, H, 'y'), 40)
    expect(Math.sign(shift)).toBe(sign)
    expect(Math.abs(shift)).toBeGreaterThanOrEqual(3)
  })

  it.each([
    ['dolly-in', 1],
    ['zoom-in', 1],
    ['zoom-out', -1],
  ] as const)('%s changes the size of the picture content', async (movement, sign) => {
    const { first, last } = await firstAndLast(spec(movement, { shotSize: 'medium' }))
    const zoom = bestZoom(first, last, W, H)
    expect(Math.sign(zoom - 1)).toBe(sign)
    expect(Math.abs(zoom - 1)).toBeGreaterThan(0.02)
  })

  it('continues an extended take from the last frame of the one before', async () => {
    const take = spec('pan-right', { action: 'walks' })
    const one = await firstAndLast(take)
    const two = await firstAndLast(take, {
      continueFrom: { spec: take, endState: one.result.endState },
    })
    expect(meanDifference(one.last, two.first)).toBeLessThan(3)
    expect(meanDifference(one.first, two.first)).toBeGreaterThan(
      meanDifference(one.last, two.first) + 3,
    )
    // ...and keeps panning the same way.
    const shift = bestShift(profile(two.first, W, H, 'x'), profile(two.last, W, H, 'x'), 60)
    expect(shift).toBeLessThan(0)
  })
})
