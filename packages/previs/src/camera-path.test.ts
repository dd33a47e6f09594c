import { CAMERA_MOVEMENTS, type CameraMovement } from '@sceneboard/shared'
import { describe, expect, it } from 'vitest'
import { HANDHELD_LIMITS, planCameraPath } from './camera-path.js'
import type { CameraState } from './camera-state.js'
import { applyAffine, projectPlane, type PlaneDepth, type Viewport } from './projection.js'

const viewport: Viewport = { width: 1280, height: 720, focalPx: 1050, squash: 1 }
const SUBJECT = 5
const start: CameraState = {
  x: 0,
  y: 1.5,
  z: 0,
  yaw: 0,
  pitch: 0,
  roll: 0,
  zoom: 1,
  orbit: 0,
  pivotDepth: SUBJECT,
}
const DEPTHS = { near: 2, subject: SUBJECT, far: 80, backdrop: 'backdrop' } as const
const DURATION = 4

const path = (movement: CameraMovement, seed = 1) =>
  planCameraPath({ movement, start, subjectDepth: SUBJECT, durationSeconds: DURATION, seed })

/** How the anchor of a plane moved on screen, and how much it grew, from the first to the last instant. */
function change(movement: CameraMovement, depth: PlaneDepth) {
  const camera = path(movement)
  const before = projectPlane(camera(0), depth, viewport)
  const after = projectPlane(camera(DURATION), depth, viewport)
  // A point at eye height on the plane (for the backdrop, the horizon at the centre).
  const y = depth === 'backdrop' ? 0 : 1.5
  const a = applyAffine(before.matrix, 0, y)
  const b = applyAffine(after.matrix, 0, y)
  return { dx: b.x - a.x, dy: b.y - a.y, scale: after.scale / before.scale }
}

const all = (movement: CameraMovement) =>
  Object.fromEntries(
    Object.entries(DEPTHS).map(([name, depth]) => [name, change(movement, depth)]),
  ) as Record<keyof typeof DEPTHS, ReturnType<typeof change>>

describe('dolly and zoom hold the framed point in place', () => {
  /** Screen y of a point at `height` on the subject plane, at the start and end of the move. */
  const heldY = (movement: CameraMovement, from: CameraState, height: number) => {
    const camera = planCameraPath({
      movement,
      start: from,
      subjectDepth: SUBJECT,
      holdHeight: height,
      durationSeconds: DURATION,
      seed: 1,
    })
    const at = (t: number) =>
      applyAffine(projectPlane(camera(t), SUBJECT, viewport).matrix, 0, height).y
    return { start: at(0), middle: at(DURATION / 2), end: at(DURATION) }
  }

  it.each(['dolly-in', 'dolly-out', 'zoom-in', 'zoom-out'] as const)(
    '%s keeps the hold point where it was in the frame, from level, from above and zoomed',
    (movement) => {
      const starts: CameraState[] = [
        start,
        { ...start, y: 4, pitch: -0.5 },
        { ...start, z: 1, zoom: 1.6, pitch: 0.1 },
      ]
      for (const from of starts) {
        const y = heldY(movement, from, 1.67)
        expect(y.middle).toBeCloseTo(y.start, 6)
        expect(y.end).toBeCloseTo(y.start, 6)
      }
    },
  )

  it('tilts up as it pushes in on a point above the camera, which without a hold point drifts up', () => {
    const free = path('dolly-in')
    const before = applyAffine(projectPlane(free(0), SUBJECT, viewport).matrix, 0, 1.67).y
    const after = applyAffine(projectPlane(free(DURATION), SUBJECT, viewport).matrix, 0, 1.67).y
    expect(after).toBeLessThan(before - 10) // up the frame: the eyes of someone framed at the chest
    const held = planCameraPath({
      movement: 'dolly-in',
      start,
      subjectDepth: SUBJECT,
      holdHeight: 1.67,
      durationSeconds: DURATION,
      seed: 1,
    })
    expect(held(DURATION).pitch).toBeGreaterThan(start.pitch)
    expect(held(0).pitch).toBeCloseTo(start.pitch, 9)
  })
})

describe('camera paths move the picture opposite to the camera', () => {
  it.each([
    ['pan-left', 1],
    ['pan-right', -1],
  ] as const)(
    '%s turns: every layer shifts the same way by the same amount (no parallax)',
    (movement, sign) => {
      const c = all(movement)
      for (const layer of Object.values(c)) {
        expect(Math.sign(layer.dx)).toBe(sign)
        expect(layer.dx).toBeCloseTo(c.backdrop.dx, 6)
        expect(layer.scale).toBeCloseTo(1, 9)
      }
    },
  )

  it.each([
    ['tilt-up', 1],
    ['tilt-down', -1],
  ] as const)('%s turns: every layer shifts vertically by the same amount', (movement, sign) => {
    const c = all(movement)
    for (const layer of Object.values(c)) {
      expect(Math.sign(layer.dy)).toBe(sign) // screen y grows downwards: tilt up moves content down
      expect(layer.dy).toBeCloseTo(c.backdrop.dy, 6)
      expect(Math.abs(layer.dx)).toBeLessThan(1e-9)
    }
  })

  it.each([
    ['truck-left', 1],
    ['truck-right', -1],
  ] as const)(
    '%s moves sideways: near layers shift more than far ones, the sky not at all',
    (movement, sign) => {
      const c = all(movement)
      expect(Math.sign(c.near.dx)).toBe(sign)
      expect(Math.abs(c.near.dx)).toBeGreaterThan(Math.abs(c.subject.dx))
      expect(Math.abs(c.subject.dx)).toBeGreaterThan(Math.abs(c.far.dx))
      expect(Math.abs(c.far.dx)).toBeGreaterThan(0)
      expect(Math.abs(c.backdrop.dx)).toBeLessThan(1e-9)
    },
  )

  it.each([
    ['crane-up', 1],
    ['crane-down', -1],
  ] as const)(
    '%s rises or sinks: near layers shift more vertically than far ones',
    (movement, sign) => {
      const c = all(movement)
      expect(Math.sign(c.near.dy)).toBe(sign)
      expect(Math.abs(c.near.dy)).toBeGreaterThan(Math.abs(c.subject.dy))
      expect(Math.abs(c.subject.dy)).toBeGreaterThan(Math.abs(c.far.dy))
      expect(Math.abs(c.backdrop.dy)).toBeLessThan(1e-9)
    },
  )

  it.each([
    ['dolly-in', 1],
    ['dolly-out', -1],
  ] as const)(
    '%s changes perspective: near layers grow or shrink more than far ones',
    (movement, sign) => {
      const c = all(movement)
      expect(Math.sign(c.subject.scale - 1)).toBe(sign)
      expect(Math.abs(Math.log(c.near.scale))).toBeGreaterThan(Math.abs(Math.log(c.subject.scale)))
      expect(Math.abs(Math.log(c.subject.scale))).toBeGreaterThan(Math.abs(Math.log(c.far.scale)))
      expect(c.backdrop.scale).toBeCloseTo(1, 9)
    },
  )

  it.each([
    ['zoom-in', 1],
    ['zoom-out', -1],
  ] as const)(
    '%s scales every layer by the same factor (no perspective change)',
    (movement, sign) => {
      const c = all(movement)
      expect(Math.sign(c.subject.scale - 1)).toBe(sign)
      for (const layer of Object.values(c)) expect(layer.scale).toBeCloseTo(c.backdrop.scale, 9)
    },
  )

  it.each(['orbit-left', 'orbit-right'] as const)(
    '%s circles the subject: it stays centred while what is behind and in front slide opposite ways',
    (movement) => {
      const c = all(movement)
      expect(Math.abs(c.subject.dx)).toBeLessThan(1e-6)
      expect(Math.abs(c.far.dx)).toBeGreaterThan(10)
      expect(Math.sign(c.near.dx)).toBe(-Math.sign(c.far.dx))
    },
  )

  it('orbits left and right mirror each other', () => {
    expect(Math.sign(change('orbit-left', 80).dx)).toBe(-Math.sign(change('orbit-right', 80).dx))
  })

  it('holds a static camera exactly still', () => {
    const camera = path('static')
    for (let t = 0; t <= DURATION; t += 0.25) expect(camera(t)).toEqual(start)
  })

  it('shakes a handheld camera within bounds, differently per seed, the same for one seed', () => {
    const a = path('handheld', 1)
    const b = path('handheld', 2)
    let moved = 0
    for (let t = 0; t <= DURATION; t += 1 / 24) {
      const state = a(t)
      expect(Math.abs(state.yaw)).toBeLessThanOrEqual(HANDHELD_LIMITS.yaw)
      expect(Math.abs(state.pitch)).toBeLessThanOrEqual(HANDHELD_LIMITS.pitch)
      expect(Math.abs(state.roll)).toBeLessThanOrEqual(HANDHELD_LIMITS.roll)
      expect(Math.abs(state.x)).toBeLessThanOrEqual(HANDHELD_LIMITS.x)
      moved = Math.max(moved, Math.abs(state.yaw))
      expect(path('handheld', 1)(t)).toEqual(state)
    }
    expect(moved).toBeGreaterThan(0)
    expect(b(1)).not.toEqual(a(1))
  })

  it('moves every way but static and handheld further in a longer take', () => {
    for (const movement of CAMERA_MOVEMENTS) {
      if (movement === 'static' || movement === 'handheld') continue
      const short = planCameraPath({
        movement,
        start,
        subjectDepth: SUBJECT,
        durationSeconds: 2,
        seed: 1,
      })
      const long = planCameraPath({
        movement,
        start,
        subjectDepth: SUBJECT,
        durationSeconds: 6,
        seed: 1,
      })
      const distance = (s: CameraState) =>
        Math.abs(s.x) +
        Math.abs(s.y - start.y) +
        Math.abs(s.z) +
        Math.abs(s.yaw) +
        Math.abs(s.pitch) +
        Math.abs(Math.log(s.zoom)) +
        Math.abs(s.orbit)
      expect(distance(long(6)), movement).toBeGreaterThan(distance(short(2)))
    }
  })

  it('continues a move from where the last take ended', () => {
    const first = path('pan-right')
    const end = first(DURATION)
    const next = planCameraPath({
      movement: 'pan-right',
      start: end,
      subjectDepth: SUBJECT,
      durationSeconds: DURATION,
      seed: 1,
    })
    expect(next(0)).toEqual(end)
    expect(next(DURATION).yaw).toBeGreaterThan(end.yaw)
  })
})
