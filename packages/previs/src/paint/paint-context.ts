/**
 * What a painter gets: a 2D context already transformed to world metres (Y up, ground at Y = 0)
 * on one layer plane, the stretch of the plane to cover, seeded randomness anchored to world
 * positions (so the same spec builds the same world whatever the camera sees of it), and a
 * shade function that lights a material with the palette and fades it into the haze by depth.
 */
import type { SKRSContext2D } from '../canvas.js'
import { css, hex, mix, multiply, type Rgb } from '../color.js'
import type { Palette } from '../palette.js'
import type { WeatherPlan } from '../plan-scene.js'
import { createRandom, hashString, type Random } from '../random.js'

export type PaintContext = {
  ctx: SKRSContext2D
  /** World x range to fill (m). */
  left: number
  right: number
  /** World y range the bitmap holds (m). */
  bottom: number
  top: number
  /** Bitmap pixels per metre, for choosing detail and line widths. */
  pxPerMetre: number
  palette: Palette
  weather: WeatherPlan
  /** Lit material colour, faded by this layer's depth. */
  shade: (material: Rgb, alpha?: number) => string
  /** A light source's colour, not darkened by the palette (windows at night, lamps, signs). */
  glow: (color: Rgb, alpha?: number) => string
  seed: number
  /** World x range where set dressing must not stand (in front of the subjects). */
  keepClear?: { left: number; right: number }
}

/** Share of a colour lost to haze at a depth: clear air keeps far hills visible, fog does not. */
export function hazeAmount(depth: number, weather: WeatherPlan, interior: boolean): number {
  const visibility = interior ? 400 : 1400
  const foggy = visibility * (1 - weather.fog) + 18 * weather.fog
  return 1 - Math.exp(-depth / foggy)
}

export function shaderFor(palette: Palette, haze: number): Pick<PaintContext, 'shade' | 'glow'> {
  return {
    shade: (material, alpha = 1) =>
      css(mix(multiply(material, palette.light), palette.haze, haze), alpha),
    glow: (color, alpha = 1) => css(mix(color, palette.haze, haze * 0.6), alpha),
  }
}

/**
 * Extra haze on the ground at a layer's base line, over what an upright thing at that depth gets:
 * the ground is seen at a grazing angle there. The same share the layer's apron starts from
 * (layer-bitmaps.ts), so a ground painted with `groundColour` meets it.
 */
const GROUND_LINE_HAZE = 0.15

/** The ground's colour at a distance (m): the lit material faded into the haze. */
export function groundColour(
  material: Rgb,
  distance: number,
  palette: Palette,
  weather: WeatherPlan,
): Rgb {
  const haze = Math.min(1, hazeAmount(distance, weather, false) + GROUND_LINE_HAZE)
  return mix(multiply(material, palette.light), palette.haze, haze)
}

/**
 * A low camera height (m) for shading a ground that recedes: how far below a layer's base line
 * the nearer ground shows depends on the camera's height, and a ground shaded as if seen from
 * this low has reached its near colour before a nearer layer's base line shows whenever the
 * camera stands higher (nearly always; lower, that band of ground is a few pixels high).
 */
const LOW_CAMERA = 0.3

/**
 * Paint a layer's ground (its apron, from the base line down; the plane stands at `depth`): its
 * colour at the base line is the ground's at `depth`, and below the line, as the ground comes
 * nearer, it turns into the ground's colour at `nearDepth` and keeps it down to the bottom of
 * the bitmap. With `nearDepth` equal to `depth` it is that one colour all the way down.
 */
export function paintGround(
  p: PaintContext,
  material: Rgb,
  depth: number,
  nearDepth: number,
): void {
  if (p.bottom >= 0) return
  const { ctx } = p
  const width = p.right - p.left
  const near = css(groundColour(material, Math.min(nearDepth, depth), p.palette, p.weather))
  // A point Y below the base line of the plane at `depth` shows the ground at distance
  // depth / (1 + -Y / height), seen from a camera `height` above the ground; from `end` down it
  // is nearer than `nearDepth`, one colour (filled plain: a gradient costs more to fill).
  const end = Math.max(p.bottom, -LOW_CAMERA * (depth / Math.min(nearDepth, depth) - 1))
  ctx.fillStyle = near
  ctx.fillRect(p.left, p.bottom, width, end - p.bottom)
  if (end >= 0) return
  const steps = 8
  const ground = ctx.createLinearGradient(0, 0, 0, end)
  for (let i = 0; i <= steps; i++) {
    const t = i / steps
    const distance = depth / (1 + (-end * t) / LOW_CAMERA)
    ground.addColorStop(t, css(groundColour(material, distance, p.palette, p.weather)))
  }
  ctx.fillStyle = ground
  ctx.fillRect(p.left, end, width, -end)
}

/**
 * Visit fixed-width cells of the world that overlap [left, right], each with its own random
 * generator: a tree at x = 40 m is the same tree in every frame and every take of the shot.
 * Cells overlapping the keep-clear range are skipped.
 */
export function forEachCell(
  p: Pick<PaintContext, 'left' | 'right' | 'seed' | 'keepClear'>,
  cellWidth: number,
  label: string,
  visit: (x: number, random: Random, index: number) => void,
  overhang = cellWidth,
): void {
  const first = Math.floor((p.left - overhang) / cellWidth)
  const last = Math.ceil((p.right + overhang) / cellWidth)
  for (let i = first; i <= last; i++) {
    const x = i * cellWidth
    if (p.keepClear && x < p.keepClear.right && x + cellWidth > p.keepClear.left) continue
    const random = createRandom(hashString(`${label}:${i}`, p.seed))
    visit(x, random, i)
  }
}

/**
 * A ridge line: seeded heights at cell edges joined by smooth curves, filled down to the ground
 * line (Y = 0) and no further: below it lies the layer's ground, and a ridge filled down to the
 * bottom of the bitmap would stand out of it as a band wherever the camera looks down at it.
 * `envelope` (0..1 across the ridge, 0 at its ends) lets a ridge rise out of the ground and sink
 * back into it instead of ending in a wall.
 */
export function fillRidge(
  p: PaintContext,
  label: string,
  cellWidth: number,
  height: (random: Random) => number,
  fill: string,
  smooth = true,
  envelope?: (t: number) => number,
): void {
  const { ctx } = p
  const points: { x: number; y: number }[] = []
  forEachCell(p, cellWidth, label, (x, random) => points.push({ x, y: height(random) }))
  const first = points[0]
  const last = points[points.length - 1]
  if (!first || !last) return
  if (envelope) {
    const span = Math.max(1e-6, last.x - first.x)
    for (const point of points) point.y *= envelope((point.x - first.x) / span)
  }
  // Down to a hair below the ground line, so its antialiased edge meets the ground's.
  const base = -1 / p.pxPerMetre
  ctx.beginPath()
  ctx.moveTo(first.x, base)
  ctx.lineTo(first.x, first.y)
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as { x: number; y: number }
    const b = points[i] as { x: number; y: number }
    if (smooth)
      ctx.quadraticCurveTo(a.x + cellWidth / 2, (a.y + b.y) / 2 + (a.y - b.y) * 0.15, b.x, b.y)
    else ctx.lineTo(b.x, b.y)
  }
  ctx.lineTo(last.x, base)
  ctx.closePath()
  ctx.fillStyle = fill
  ctx.fill()
}

export const MATERIALS = {
  grass: hex('#5f8c3f'),
  forestFloor: hex('#4a4a2c'),
  foliage: hex('#2f5c2e'),
  conifer: hex('#24452c'),
  bark: hex('#4e3a2a'),
  sand: hex('#d9b67c'),
  rock: hex('#6e665c'),
  darkRock: hex('#4c4741'),
  basalt: hex('#34322f'),
  snow: hex('#eef2f6'),
  water: hex('#2d6284'),
  foam: hex('#e8f0f2'),
  asphalt: hex('#55575c'),
  concrete: hex('#a3a19b'),
  brick: hex('#8c4f3d'),
  stucco: hex('#c9b89b'),
  slate: hex('#5b6470'),
  glass: hex('#7d93a6'),
  wood: hex('#8a6142'),
  darkWood: hex('#5a3d28'),
  wall: hex('#cdbfa4'),
  metal: hex('#7b8088'),
  mountain: hex('#6f7488'),
  hill: hex('#6d8f4e'),
  window: hex('#ffd991'),
} as const

/**
 * Fill closed outlines as one path: each a flat list of points, x then y ([x0, y0, x1, y1, ...]).
 */
export function fillOutlines(ctx: SKRSContext2D, ...outlines: readonly number[][]): void {
  ctx.beginPath()
  for (const points of outlines) {
    ctx.moveTo(points[0] as number, points[1] as number)
    for (let i = 2; i < points.length; i += 2)
      ctx.lineTo(points[i] as number, points[i + 1] as number)
    ctx.closePath()
  }
  ctx.fill()
}
