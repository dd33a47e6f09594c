/**
 * Projection of flat layers (2.5D): each layer is an upright plane facing the camera at some
 * depth, drawn in metres with Y up and the ground at Y = 0. A pinhole camera maps a plane to the
 * screen with one affine transform: a scale F/depth, an offset from the camera's position and turn,
 * and the roll about the frame centre. The sky and the far ground form a backdrop at infinite
 * depth, drawn in pixels-at-zoom-1 with the horizon at Y = 0: only turns and zoom move it.
 */
import type { CameraState } from './camera-state.js'

export type Viewport = {
  width: number
  height: number
  /** Focal length in pixels at zoom 1. */
  focalPx: number
  /** Vertical foreshortening of upright planes seen from above (1 = none). */
  squash: number
}

/** A canvas matrix: x' = a x + c y + e, y' = b x + d y + f. */
export type Affine = { a: number; b: number; c: number; d: number; e: number; f: number }

/** A plane at a depth in metres from the camera's starting position, or the backdrop. */
export type PlaneDepth = number | 'backdrop'

/** Depth of the plane along the camera's view; at or below this a plane is behind the lens. */
export const NEAREST_DEPTH = 0.05

export type PlaneProjection = {
  /** Screen pixels per world unit on this plane. */
  scale: number
  /** The world-to-screen matrix, roll included. */
  matrix: Affine
}

export function projectPlane(
  camera: CameraState,
  depth: PlaneDepth,
  viewport: Viewport,
): PlaneProjection {
  const cx = viewport.width / 2
  const cy = viewport.height / 2
  const focal = viewport.focalPx * camera.zoom
  let scale: number
  let originX: number
  let originY: number
  let squash: number
  // Pans and tilts turn the camera: every layer shifts by the same amount, nothing scales.
  const turnX = focal * Math.tan(camera.yaw)
  const turnY = focal * Math.tan(camera.pitch)
  if (depth === 'backdrop') {
    scale = camera.zoom
    originX = cx - turnX - focal * Math.tan(camera.orbit)
    originY = cy + turnY
    squash = 1
  } else {
    // An orbit turns the world about the pivot; layers stay upright planes facing the camera.
    const fromPivot = depth - camera.pivotDepth
    const worldX = -fromPivot * Math.sin(camera.orbit)
    const worldZ = camera.pivotDepth + fromPivot * Math.cos(camera.orbit)
    const relZ = Math.max(NEAREST_DEPTH, worldZ - camera.z)
    scale = focal / relZ
    originX = cx + scale * (worldX - camera.x) - turnX
    // The ground line sits where perspective puts it; squash only shortens what stands on it.
    originY = cy + scale * camera.y + turnY
    squash = viewport.squash
  }
  const cos = Math.cos(camera.roll)
  const sin = Math.sin(camera.roll)
  const ox = originX - cx
  const oy = originY - cy
  return {
    scale,
    matrix: {
      a: scale * cos,
      b: scale * sin,
      c: scale * squash * sin,
      d: -scale * squash * cos,
      e: cx + cos * ox - sin * oy,
      f: cy + sin * ox + cos * oy,
    },
  }
}

export function applyAffine(m: Affine, x: number, y: number): { x: number; y: number } {
  return { x: m.a * x + m.c * y + m.e, y: m.b * x + m.d * y + m.f }
}

export function invertAffine(m: Affine): Affine {
  const det = m.a * m.d - m.b * m.c
  return {
    a: m.d / det,
    b: -m.b / det,
    c: -m.c / det,
    d: m.a / det,
    e: (m.c * m.f - m.d * m.e) / det,
    f: (m.b * m.e - m.a * m.f) / det,
  }
}

/** m1 after m2: first m2, then m1. */
export function multiplyAffine(m1: Affine, m2: Affine): Affine {
  return {
    a: m1.a * m2.a + m1.c * m2.b,
    b: m1.b * m2.a + m1.d * m2.b,
    c: m1.a * m2.c + m1.c * m2.d,
    d: m1.b * m2.c + m1.d * m2.d,
    e: m1.a * m2.e + m1.c * m2.f + m1.e,
    f: m1.b * m2.e + m1.d * m2.f + m1.f,
  }
}

export type WorldRect = { left: number; right: number; bottom: number; top: number }

/** The part of a plane (in its world units) that the frame shows. */
export function visibleRect(projection: PlaneProjection, viewport: Viewport): WorldRect {
  const inverse = invertAffine(projection.matrix)
  const corners = [
    applyAffine(inverse, 0, 0),
    applyAffine(inverse, viewport.width, 0),
    applyAffine(inverse, 0, viewport.height),
    applyAffine(inverse, viewport.width, viewport.height),
  ]
  const xs = corners.map((p) => p.x)
  const ys = corners.map((p) => p.y)
  return {
    left: Math.min(...xs),
    right: Math.max(...xs),
    bottom: Math.min(...ys),
    top: Math.max(...ys),
  }
}

export function unionRect(a: WorldRect, b: WorldRect): WorldRect {
  return {
    left: Math.min(a.left, b.left),
    right: Math.max(a.right, b.right),
    bottom: Math.min(a.bottom, b.bottom),
    top: Math.max(a.top, b.top),
  }
}
