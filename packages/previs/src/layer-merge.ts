/**
 * Folding layers that never move against the backdrop into it. Under a pan, tilt, zoom or a
 * locked-off camera every layer keeps its place relative to the sky, so compositing them once
 * gives a single bitmap to draw per frame instead of one per layer. A layer is folded only if
 * it stays within a quarter pixel of where the folded copy puts it on every frame, and only if
 * no subject ever comes behind it.
 */
import { createCanvas } from './canvas.js'
import type { LayerBitmap } from './layer-bitmaps.js'
import {
  applyAffine,
  invertAffine,
  multiplyAffine,
  projectPlane,
  type Affine,
} from './projection.js'
import type { Shot } from './shot-setup.js'

const TOLERANCE_PX = 0.25

/** Bitmap pixels to the bitmap's world units. */
export function bitmapToWorld(bitmap: Pick<LayerBitmap, 'rect' | 'pxPerUnit'>): Affine {
  const s = bitmap.pxPerUnit
  return { a: 1 / s, b: 0, c: 0, d: -1 / s, e: bitmap.rect.left, f: bitmap.rect.top }
}

/** The layer's world units in the backdrop's units, if that relation holds on every frame. */
function rigidRelation(shot: Shot, depth: number): Affine | null {
  const matrixAt = (frame: number, at: LayerBitmap['depth']) =>
    projectPlane(shot.camera(frame / shot.fps), at, shot.viewport).matrix
  const relation = multiplyAffine(invertAffine(matrixAt(0, 'backdrop')), matrixAt(0, depth))
  const { width, height } = shot.viewport
  for (let frame = 1; frame < shot.frames; frame++) {
    const actual = matrixAt(frame, depth)
    const folded = multiplyAffine(matrixAt(frame, 'backdrop'), relation)
    const toWorld = invertAffine(actual)
    for (const [x, y] of [
      [0, 0],
      [width, 0],
      [0, height],
      [width, height],
    ] as const) {
      const world = applyAffine(toWorld, x, y)
      const there = applyAffine(folded, world.x, world.y)
      if (Math.hypot(there.x - x, there.y - y) > TOLERANCE_PX) return null
    }
  }
  return relation
}

/**
 * The layer depths that fold into the backdrop, each with its relation to it: from the back, every
 * layer that keeps its place against the sky and that no subject ever comes behind, up to the
 * first that does not.
 */
export function foldedDepths(shot: Shot, depths: number[]): Map<number, Affine> {
  let nearestSubject = 0
  for (const subject of shot.subjects) {
    for (let frame = 0; frame < shot.frames; frame++) {
      nearestSubject = Math.max(nearestSubject, subject.track(frame / shot.fps).depth)
    }
  }
  const folded = new Map<number, Affine>()
  for (const depth of [...depths].sort((a, b) => b - a)) {
    if (depth < nearestSubject) break
    const relation = rigidRelation(shot, depth)
    if (!relation) break
    folded.set(depth, relation)
  }
  return folded
}

/**
 * The backdrop with the folded layers composited into it (by default every foldable one), and
 * the layers left to draw per frame.
 */
export function foldRigidLayers(
  shot: Shot,
  backdrop: LayerBitmap,
  layers: LayerBitmap[],
  folding = foldedDepths(
    shot,
    layers.map((layer) => layer.depth as number),
  ),
): { backdrop: LayerBitmap; layers: LayerBitmap[] } {
  const backToFront = [...layers].sort((a, b) => (b.depth as number) - (a.depth as number))
  const folded = backToFront.filter((layer) => folding.has(layer.depth as number))
  if (folded.length === 0) return { backdrop, layers }
  const canvas = createCanvas(backdrop.canvas.width, backdrop.canvas.height)
  const ctx = canvas.getContext('2d')
  ctx.drawImage(backdrop.canvas, 0, 0)
  const worldToBackdropPx = invertAffine(bitmapToWorld(backdrop))
  for (const layer of folded) {
    const relation = folding.get(layer.depth as number) as Affine
    const m = multiplyAffine(worldToBackdropPx, multiplyAffine(relation, bitmapToWorld(layer)))
    ctx.setTransform(m.a, m.b, m.c, m.d, m.e, m.f)
    ctx.drawImage(layer.canvas, 0, 0)
  }
  return {
    backdrop: { ...backdrop, canvas },
    layers: layers.filter((layer) => !folding.has(layer.depth as number)),
  }
}
