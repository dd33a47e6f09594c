/**
 * Static layers drawn once: the backdrop and every set layer is painted into an offscreen bitmap
 * that covers all of it the camera will see during the take (the union of the visible regions of
 * every frame), at the sharpest scale any frame needs (capped to keep memory bounded), with depth
 * of field baked in. Each frame then only composites the bitmaps with transforms.
 */
import { createCanvas, type Canvas } from './canvas.js'
import {
  opaqueRows,
  rowsWithContent,
  scanRows,
  type ContentBand,
  type OpaqueRuns,
} from './bitmap-rows.js'
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
  /**
   * Whether the layer has ground, reaching the bottom of its bitmap (it hides what is behind it
   * there). Cropped to the rows the take shows, it may stop short of that, but only in takes
   * without roll, where nothing relies on it.
   */
  hasApron: boolean
  /** Depth-of-field blur baked in, in screen pixels. */
  blurPx: number
  /**
   * For a layer with ground: 1 for each bitmap row that is fully opaque in every column the
   * camera sees during the take, so whatever stands behind it there is hidden.
   */
  opaqueRows?: Uint8Array
  /** Each row's runs of opaque columns (not for the largest bitmaps). */
  opaqueRuns?: OpaqueRuns
  /**
   * Where the bitmap holds anything: bands of rows, each with the columns its content spans (not
   * for the largest bitmaps). Rows outside every band are empty.
   */
  bands?: ContentBand[]
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

/** Rows [from, to) of a bitmap or raster. */
type RowRange = { from: number; to: number }

/**
 * Rows [from, to) of a full raster (world rect `rect` at `pxPerUnit`, `height` rows) that some
 * frame of the take shows past the nearer layers; null when none does.
 */
export type RowsSeen = (full: {
  rect: WorldRect
  pxPerUnit: number
  height: number
}) => RowRange | null

/**
 * The rows to paint of a full raster: those `shown` (all when undefined; none when null)
 * widened by the blur's reach, within `within`; null when there are none.
 */
function rowsToPaint(
  full: Raster,
  blurPx: number,
  shown: RowRange | null | undefined,
  within: RowRange = { from: 0, to: full.height },
): RowRange | null {
  if (shown === undefined) return within.to > within.from ? within : null
  if (!shown) return null
  const margin = Math.ceil(3 * blurPx) + 1
  const from = Math.max(within.from, shown.from - margin)
  const to = Math.min(within.to, shown.to + margin)
  return to > from ? { from, to } : null
}

/** The world rect of rows [from, to) of a full raster. */
function rowsRect(full: Raster, rows: RowRange): WorldRect {
  const s = full.pxPerUnit
  return { ...full.rect, top: full.rect.top - rows.from / s, bottom: full.rect.top - rows.to / s }
}

/** Where a layer's bitmap sits: its world rect and how it maps to pixels. */
type Raster = {
  rect: WorldRect
  pxPerUnit: number
  width: number
  height: number
  /** The bitmap holds rows [firstRow, firstRow + height) of the full raster of `rect`. */
  firstRow: number
}

/** A layer's set painted into a bitmap: the rows `raster` holds of `rect` at its scale. */
function paintRaster(
  shot: Shot,
  depth: PlaneDepth,
  raster: Raster,
  paint: (p: PaintContext) => void,
  keepClear?: PaintContext['keepClear'],
): Canvas {
  const { rect, pxPerUnit, width, height, firstRow } = raster
  const canvas = createCanvas(width, height)
  const ctx = canvas.getContext('2d')
  ctx.setTransform(
    pxPerUnit,
    0,
    0,
    -pxPerUnit,
    -rect.left * pxPerUnit,
    rect.top * pxPerUnit - firstRow,
  )
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
  return canvas
}

/** Below this many bitmap pixels a blur is not worth its cost, and none is baked in. */
const MIN_BLUR_PX = 0.75

/**
 * The layer's depth-of-field blur in bitmap pixels (the bitmap may be sharper than the screen)
 * and in screen pixels; both 0 when none is baked in.
 */
function layerBlur(shot: Shot, depth: PlaneDepth, pxPerUnit: number, maxScale: number) {
  const screenPx = blurFor(shot, depth)
  const bitmapPx = (screenPx * pxPerUnit) / maxScale
  return bitmapPx < MIN_BLUR_PX ? { bitmapPx: 0, screenPx: 0 } : { bitmapPx, screenPx }
}

function blurred(canvas: Canvas, blurPx: number): Canvas {
  if (blurPx === 0) return canvas
  const out = createCanvas(canvas.width, canvas.height)
  const ctx = out.getContext('2d')
  ctx.filter = `blur(${blurPx.toFixed(2)}px)`
  ctx.drawImage(canvas, 0, 0)
  return out
}

/** The proxy is this many times coarser than the bitmap, each way. */
const PROXY_SCALE = 8

/**
 * The rows of the layer's full raster that can hold anything, found on a proxy painted
 * PROXY_SCALE times coarser: painting, blurring and compositing the empty sky above a row of
 * trees costs as much as the trees, and a layer can be empty in view altogether (null). The
 * range is widened by a proxy pixel and the blur's reach, so nothing painted is cut; a layer
 * with ground keeps every row down to the bottom.
 */
function contentRows(
  shot: Shot,
  layer: LayerDef,
  full: Raster,
  paint: (p: PaintContext) => void,
  keepClear: PaintContext['keepClear'],
  blurPx: number,
): { from: number; to: number } | null {
  const proxy: Raster = {
    rect: full.rect,
    pxPerUnit: full.pxPerUnit / PROXY_SCALE,
    width: Math.max(1, Math.ceil(full.width / PROXY_SCALE)),
    height: Math.max(1, Math.ceil(full.height / PROXY_SCALE)),
    firstRow: 0,
  }
  const hasContent = rowsWithContent(paintRaster(shot, layer.depth, proxy, paint, keepClear))
  let top = 0
  while (top < proxy.height && !hasContent(top)) top++
  if (top === proxy.height) return null
  let bottom = proxy.height
  if (!layer.apron) while (!hasContent(bottom - 1)) bottom--
  const margin = PROXY_SCALE + Math.ceil(3 * blurPx)
  return {
    from: Math.max(0, top * PROXY_SCALE - margin),
    to: layer.apron ? full.height : Math.min(full.height, bottom * PROXY_SCALE + margin),
  }
}

/** The backdrop, painted in the rows `seen` says some frame shows (all when not given). */
export function buildBackdrop(shot: Shot, seen?: RowsSeen): LayerBitmap {
  const { rect, maxScale } = coverage(shot, 'backdrop')
  const full: Raster = { rect, ...allocate(rect, maxScale), firstRow: 0 }
  const blur = layerBlur(shot, 'backdrop', full.pxPerUnit, maxScale)
  // Never seen at all (every frame filled by nearer ground): one row keeps the stack whole.
  const rows = rowsToPaint(full, blur.bitmapPx, seen?.(full)) ?? { from: 0, to: 1 }
  const raster = { ...full, firstRow: rows.from, height: rows.to - rows.from }
  const canvas = paintRaster(shot, 'backdrop', raster, (p) =>
    // The old West's dirt runs to the horizon, as the desert's sand does.
    paintBackdrop(p, shot.plan.western ? 'desert' : shot.plan.set, shot.viewport.focalPx),
  )
  return {
    depth: 'backdrop',
    canvas: blurred(canvas, blur.bitmapPx),
    rect: rowsRect(full, rows),
    pxPerUnit: full.pxPerUnit,
    hasApron: false,
    blurPx: blur.screenPx,
  }
}

/** What it takes to paint a set layer: its full raster, painter, keep-clear range and blur. */
function layerPlan(shot: Shot, layer: LayerDef) {
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
  const paint = (p: PaintContext) => {
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
  }
  const full: Raster = { rect, ...allocate(rect, maxScale), firstRow: 0 }
  const blur = layerBlur(shot, layer.depth, full.pxPerUnit, maxScale)
  return { full, seen, paint, keepClear, blur }
}

/**
 * A set layer's bitmap, cropped to the heights where it has content and, given `seen`, to the rows
 * some frame shows past nearer layers; null when never in view.
 */
export function buildLayer(shot: Shot, layer: LayerDef, seen?: RowsSeen): LayerBitmap | null {
  const plan = layerPlan(shot, layer)
  if (!plan) return null
  const { full, seen: seenRect, paint, keepClear, blur } = plan
  const shown = seen?.(full)
  if (shown === null) return null
  const content = contentRows(shot, layer, full, paint, keepClear, blur.bitmapPx)
  const rows = content && rowsToPaint(full, blur.bitmapPx, shown, content)
  if (!rows) return null
  const raster = { ...full, firstRow: rows.from, height: rows.to - rows.from }
  const s = full.pxPerUnit
  const kept: LayerBitmap = {
    depth: layer.depth,
    canvas: blurred(paintRaster(shot, layer.depth, raster, paint, keepClear), blur.bitmapPx),
    rect: rowsRect(full, rows),
    pxPerUnit: s,
    hasApron: layer.apron !== null,
    blurPx: blur.screenPx,
  }
  const scan = scanRows(kept.canvas)
  if (scan) return { ...kept, opaqueRuns: scan.runs, bands: scan.bands }
  if (!kept.hasApron) return kept
  // Too large to read back: the rows opaque in every column some frame shows, on the canvas.
  const from = Math.max(0, Math.floor((seenRect.left - kept.rect.left) * s))
  const to = Math.min(kept.canvas.width, Math.ceil((seenRect.right - kept.rect.left) * s))
  return { ...kept, opaqueRows: opaqueRows(kept.canvas, from, to) }
}

/**
 * The layer painted over its whole uncropped raster, unblurred, with the world rect it holds: what
 * `buildLayer` crops to its content rows (for checking that the crop loses nothing).
 */
export function paintFullLayer(
  shot: Shot,
  layer: LayerDef,
): { canvas: Canvas; rect: WorldRect; pxPerUnit: number } | null {
  const plan = layerPlan(shot, layer)
  if (!plan) return null
  const { full, paint, keepClear } = plan
  const canvas = paintRaster(shot, layer.depth, full, paint, keepClear)
  return { canvas, rect: full.rect, pxPerUnit: full.pxPerUnit }
}
