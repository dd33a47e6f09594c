/**
 * Static layers drawn once: the backdrop and every set layer is painted into an offscreen bitmap
 * that covers all of it the camera will see during the take (the union of the visible regions of
 * every frame), at the sharpest scale any frame needs (capped to keep memory bounded), with depth
 * of field baked in. Each frame then only composites the bitmaps with transforms.
 */
import { createCanvas, type Canvas } from '@napi-rs/canvas'
import { opaqueRows, rowsWithContent } from './bitmap-rows.js'
import { css, mix, multiply, scale } from './color.js'
import { paintBackdrop } from './paint/backdrop.js'
import type { LayerDef } from './paint/layer-def.js'
import { hazeAmount, shaderFor, type PaintContext } from './paint/paint-context.js'
import {
  projectPlane,
  unionRect,
  visibleRect,
  type PlaneDepth,
  type WorldRect,
} from './projection.js'
import type { Shot } from './shot-setup.js'

export type LayerBitmap = {
  depth: PlaneDepth
  canvas: Canvas
  /** World rect the bitmap holds, and bitmap pixels per world unit. */
  rect: WorldRect
  pxPerUnit: number
  /** Whether the layer's ground reaches the bottom of its bitmap (it hides what is behind it there). */
  hasApron: boolean
  /** Depth-of-field blur baked in, in screen pixels. */
  blurPx: number
  /**
   * For a layer with ground: 1 for each bitmap row that is fully opaque in every column the
   * camera sees during the take, so whatever stands behind it there is hidden.
   */
  opaqueRows?: Uint8Array
}

const MAX_SIDE = 4096
const MAX_PIXELS = 10_000_000
/** Entrance pupil (m) for depth of field: a fast lens, so close-ups soften the background. */
const APERTURE = 0.012
const MAX_BLUR_PX = 12

/**
 * Union of the visible regions over the take's frames (`seen`), padded a little (`rect`), and the
 * largest scale any frame uses.
 */
function coverage(
  shot: Shot,
  depth: PlaneDepth,
): { rect: WorldRect; seen: WorldRect; maxScale: number } {
  let rect: WorldRect | null = null
  let maxScale = 0
  for (let i = 0; i < shot.frames; i++) {
    const projection = projectPlane(shot.camera(i / shot.fps), depth, shot.viewport)
    const visible = visibleRect(projection, shot.viewport)
    rect = rect ? unionRect(rect, visible) : visible
    maxScale = Math.max(maxScale, projection.scale)
  }
  const r = rect as WorldRect
  const padX = (r.right - r.left) * 0.02 + 2 / maxScale
  const padY = (r.top - r.bottom) * 0.02 + 2 / maxScale
  return {
    rect: {
      left: r.left - padX,
      right: r.right + padX,
      bottom: r.bottom - padY,
      top: r.top + padY,
    },
    seen: r,
    maxScale,
  }
}

function blurFor(shot: Shot, depth: PlaneDepth): number {
  const focal = shot.viewport.focalPx
  const inverse = depth === 'backdrop' ? 0 : 1 / depth
  const blur = focal * APERTURE * Math.abs(1 / shot.framing.subjectDistance - inverse)
  return Math.min(MAX_BLUR_PX, blur)
}

function allocate(rect: WorldRect, maxScale: number) {
  const w = rect.right - rect.left
  const h = rect.top - rect.bottom
  const pxPerUnit = Math.min(maxScale, MAX_SIDE / w, MAX_SIDE / h, Math.sqrt(MAX_PIXELS / (w * h)))
  const width = Math.max(1, Math.ceil(w * pxPerUnit))
  const height = Math.max(1, Math.ceil(h * pxPerUnit))
  return { pxPerUnit, width, height }
}

function paintInto(
  shot: Shot,
  depth: PlaneDepth,
  rect: WorldRect,
  maxScale: number,
  paint: (p: PaintContext) => void,
  keepClear?: PaintContext['keepClear'],
): LayerBitmap & { bitmapBlurPx: number } {
  const { pxPerUnit, width, height } = allocate(rect, maxScale)
  const canvas = createCanvas(width, height)
  const ctx = canvas.getContext('2d')
  ctx.setTransform(pxPerUnit, 0, 0, -pxPerUnit, -rect.left * pxPerUnit, rect.top * pxPerUnit)
  const interior = shot.plan.set === 'interior'
  const haze = depth === 'backdrop' ? 0 : hazeAmount(depth, shot.plan.weather, interior)
  paint({
    ctx,
    left: rect.left,
    right: rect.right,
    bottom: rect.bottom,
    top: rect.top,
    pxPerMetre: pxPerUnit,
    palette: shot.plan.palette,
    weather: shot.plan.weather,
    seed: shot.spec.seed,
    ...shaderFor(shot.plan.palette, haze),
    ...(keepClear ? { keepClear } : {}),
  })
  const blurPx = blurFor(shot, depth)
  const bitmapBlurPx = (blurPx * pxPerUnit) / maxScale
  return { depth, canvas, rect, pxPerUnit, hasApron: false, blurPx, bitmapBlurPx }
}

function blurred({ bitmapBlurPx, ...bitmap }: LayerBitmap & { bitmapBlurPx: number }): LayerBitmap {
  if (bitmapBlurPx < 0.75) return { ...bitmap, blurPx: 0 }
  const canvas = createCanvas(bitmap.canvas.width, bitmap.canvas.height)
  const ctx = canvas.getContext('2d')
  ctx.filter = `blur(${bitmapBlurPx.toFixed(2)}px)`
  ctx.drawImage(bitmap.canvas, 0, 0)
  return { ...bitmap, canvas }
}

/**
 * Drop the fully transparent rows at the top (and, without ground, at the bottom) of a layer:
 * they would cost compositing time on every frame and show nothing.
 */
function trimmed(bitmap: LayerBitmap): LayerBitmap | null {
  const { width, height } = bitmap.canvas
  const rowHasContent = rowsWithContent(bitmap.canvas)
  let top = 0
  while (top < height && !rowHasContent(top)) top++
  if (top === height) return null
  let bottom = height
  if (!bitmap.hasApron) while (bottom > top && !rowHasContent(bottom - 1)) bottom--
  if (top === 0 && bottom === height) return bitmap
  const canvas = createCanvas(width, bottom - top)
  canvas.getContext('2d').drawImage(bitmap.canvas, 0, -top)
  const s = bitmap.pxPerUnit
  return {
    ...bitmap,
    canvas,
    rect: { ...bitmap.rect, top: bitmap.rect.top - top / s, bottom: bitmap.rect.top - bottom / s },
  }
}

export function buildBackdrop(shot: Shot): LayerBitmap {
  const { rect, maxScale } = coverage(shot, 'backdrop')
  return blurred(
    paintInto(shot, 'backdrop', rect, maxScale, (p) =>
      paintBackdrop(p, shot.plan.set, shot.viewport.focalPx),
    ),
  )
}

/** A set layer's bitmap, cropped to the heights where it has content; null when never in view. */
export function buildLayer(shot: Shot, layer: LayerDef): LayerBitmap | null {
  const { rect: padded, seen, maxScale } = coverage(shot, layer.depth)
  const rect = {
    ...padded,
    bottom: layer.apron ? padded.bottom : Math.max(padded.bottom, -0.5),
    top: Math.min(padded.top, layer.top + 0.5),
  }
  if (rect.top <= rect.bottom) return null
  // Foreground dressing leaves the middle of the frame to the subjects.
  const halfWidth = (0.3 * shot.viewport.width * layer.depth) / shot.viewport.focalPx
  const keepClear = layer.name === 'near' ? { left: -halfWidth, right: halfWidth } : undefined
  const bitmap = paintInto(
    shot,
    layer.depth,
    rect,
    maxScale,
    (p) => {
      if (layer.apron && p.bottom < 0) {
        const lit = multiply(layer.apron, shot.plan.palette.light)
        const haze = hazeAmount(layer.depth, shot.plan.weather, shot.plan.set === 'interior')
        const ground = p.ctx.createLinearGradient(0, 0, 0, p.bottom)
        ground.addColorStop(0, css(mix(lit, shot.plan.palette.haze, Math.min(1, haze + 0.15))))
        ground.addColorStop(1, css(scale(mix(lit, shot.plan.palette.haze, haze), 0.92)))
        p.ctx.fillStyle = ground
        p.ctx.fillRect(p.left, p.bottom, p.right - p.left, -p.bottom)
      }
      layer.paint(p)
    },
    keepClear,
  )
  const kept = trimmed({ ...blurred(bitmap), hasApron: layer.apron !== null })
  if (!kept?.hasApron) return kept
  // Columns some frame shows: the opaque rows hide what is behind them across the whole frame.
  const from = Math.max(0, Math.floor((seen.left - kept.rect.left) * kept.pxPerUnit))
  const to = Math.min(kept.canvas.width, Math.ceil((seen.right - kept.rect.left) * kept.pxPerUnit))
  return { ...kept, opaqueRows: opaqueRows(kept.canvas, from, to) }
}
