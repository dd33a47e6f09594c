/**
 * A lit lighthouse sweeps its beam: the light beside the tower at the lamp's height changes from
 * frame to frame even when nothing else moves. Unlit by day, the tower stands still and dark.
 */
import { defaultShotSpec, type ShotSpec } from '@sceneboard/shared'
import { describe, expect, it } from 'vitest'
import { createFramePainter } from '../frame-painter.js'
import { paintedFrames } from '../frame-loop.js'
import { applyAffine, projectPlane } from '../projection.js'
import { setUpShot, type Shot } from '../shot-setup.js'

const lighthouse = (overrides: Partial<ShotSpec>) =>
  defaultShotSpec({
    subject: 'a lighthouse',
    environment: 'a rocky coast',
    shotSize: 'wide',
    cameraMovement: 'static',
    aspectRatio: '16:9',
    weather: 'clear',
    durationSeconds: 3,
    ...overrides,
  })

/** Screen rectangles beside the tower, left and right of it, at the lamp's height (14.7 m). */
function besideTheLamp(shot: Shot) {
  const subject = shot.subjects[0]
  if (!subject) throw new Error('no subject')
  const pose = subject.track(0)
  const m = projectPlane(shot.camera(0), pose.depth, shot.viewport).matrix
  return [-1, 1].map((side) => {
    const a = applyAffine(m, pose.x + side * 3, 15.7)
    const b = applyAffine(m, pose.x + side * 12, 13.7)
    return {
      left: Math.round(Math.max(0, Math.min(a.x, b.x))),
      right: Math.round(Math.min(shot.viewport.width, Math.max(a.x, b.x))),
      top: Math.round(Math.max(0, Math.min(a.y, b.y))),
      bottom: Math.round(Math.min(shot.viewport.height, Math.max(a.y, b.y))),
    }
  })
}

/** Mean brightness of a screen rectangle of a frame's RGBA pixels. */
function brightness(frame: Buffer, width: number, rect: ReturnType<typeof besideTheLamp>[0]) {
  let sum = 0
  for (let y = rect.top; y < rect.bottom; y++) {
    for (let x = rect.left; x < rect.right; x++) {
      const p = (y * width + x) * 4
      sum += (frame[p] as number) + (frame[p + 1] as number) + (frame[p + 2] as number)
    }
  }
  return sum / 3 / Math.max(1, (rect.right - rect.left) * (rect.bottom - rect.top))
}

/** Brightness beside the lamp, left and right, on each of some frames (painted as a render does). */
function lightBesideTheLamp(spec: ShotSpec, frames: number[]): [number, number][] {
  const shot = setUpShot(spec)
  const rects = besideTheLamp(shot)
  for (const rect of rects) expect(rect.right - rect.left).toBeGreaterThan(20)
  const light: [number, number][] = []
  let frame = 0
  for (const pixels of paintedFrames(shot, createFramePainter(shot))) {
    if (frames.includes(frame)) {
      const [left, right] = rects.map((rect) => brightness(pixels, shot.viewport.width, rect))
      light.push([left as number, right as number])
    }
    frame++
  }
  return light
}

describe('a lighthouse beam', () => {
  it('sweeps at night: the light beside the lamp swings from one side to the other', () => {
    const [start, middle, end] = lightBesideTheLamp(
      lighthouse({ timeOfDay: 'night', durationSeconds: 6 }),
      [0, 72, 143],
    ) as [[number, number], [number, number], [number, number]]
    // The beam reaches out right at first, turns through the camera and reaches out left.
    expect(start[1]).toBeGreaterThan(start[0] + 20)
    expect(end[0]).toBeGreaterThan(end[1] + 20)
    expect(middle).not.toEqual(start)
    expect(middle).not.toEqual(end)
  })

  it('is lit by day when the words give it a beam, and dark by day without them', () => {
    const frames = [0, 20, 40, 60]
    const dark = lightBesideTheLamp(lighthouse({ timeOfDay: 'midday' }), frames)
    const lit = lightBesideTheLamp(
      lighthouse({ timeOfDay: 'midday', action: 'turning its beam slowly' }),
      frames,
    )
    // Unlit, nothing changes from frame to frame; lit, some side of the tower is brighter.
    for (const frame of dark) expect(frame).toEqual(dark[0])
    const gain = lit.map((frame, i) =>
      Math.max(...frame.map((value, side) => value - (dark[i]?.[side] as number))),
    )
    expect(Math.min(...gain)).toBeGreaterThan(4)
  })
})
