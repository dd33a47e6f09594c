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
export function bitmapToWorld(bitmap: LayerBitmap): Affine {
  const s = bitmap.pxPerUnit
  return { a: 1 / s, b: 0, c: 0, d: -1 / s, e: bitmap.rect.left, f: bitmap.rect.top }
}

/** The layer's world units in the backdrop's units, if that relation holds on every frame. */
function rigidRelation(shot: Shot, layer: LayerBitmap): Affine | null {
  const matrixAt = (frame: number, depth: LayerBitmap['depth']) =>
    projectPlane(shot.camera(frame / shot.fps), depth, shot.viewport).matrix
  const relation = multiplyAffine(invertAffine(matrixAt(0, 'backdrop')), matrixAt(0, layer.depth))
  const { width, height } = shot.viewport
  for (let frame = 1; frame < shot.frames; frame++) {
    const actual = matrixAt(frame, layer.depth)
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

/** The backdrop with every foldable layer composited into it, and the layers left to draw per frame. */
export function foldRigidLayers(
  shot: Shot,
  backdrop: LayerBitmap,
  layers: LayerBitmap[],
): { backdrop: LayerBitmap; layers: LayerBitmap[] } {
  let nearestSubject = 0
  for (const subject of shot.subjects) {
    for (let frame = 0; frame < shot.frames; frame++) {
      nearestSubject = Math.max(nearestSubject, subject.track(frame / shot.fps).depth)
    }
  }
  const backToFront = [...layers].sort((a, b) => (b.depth as number) - (a.depth as number))
  const folded: { layer: LayerBitmap; relation: Affine }[] = []
  for (const layer of backToFront) {
    if ((layer.depth as number) < nearestSubject) break
    const relation = rigidRelation(shot, layer)
    if (!relation) break
    folded.push({ layer, relation })
  }
  if (folded.length === 0) return { backdrop, layers }
  const canvas = createCanvas(backdrop.canvas.width, backdrop.canvas.height)
  const ctx = canvas.getContext('2d')
  ctx.drawImage(backdrop.canvas, 0, 0)
  const worldToBackdropPx = invertAffine(bitmapToWorld(backdrop))
  for (const { layer, relation } of folded) {
    const m = multiplyAffine(worldToBackdropPx, multiplyAffine(relation, bitmapToWorld(layer)))
    ctx.setTransform(m.a, m.b, m.c, m.d, m.e, m.f)
    ctx.drawImage(layer.canvas, 0, 0)
  }
  const foldedSet = new Set(folded.map((f) => f.layer))
  return { backdrop: { ...backdrop, canvas }, layers: layers.filter((l) => !foldedSet.has(l)) }
}
