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

/** A ridge line: seeded heights at cell edges joined by smooth curves, filled down to the ground. */
export function fillRidge(
  p: PaintContext,
  label: string,
  cellWidth: number,
  height: (random: Random) => number,
  fill: string,
  smooth = true,
): void {
  const { ctx } = p
  const points: { x: number; y: number }[] = []
  forEachCell(p, cellWidth, label, (x, random) => points.push({ x, y: height(random) }))
  const first = points[0]
  const last = points[points.length - 1]
  if (!first || !last) return
  ctx.beginPath()
  ctx.moveTo(first.x, p.bottom - 1)
  ctx.lineTo(first.x, first.y)
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as { x: number; y: number }
    const b = points[i] as { x: number; y: number }
    if (smooth)
      ctx.quadraticCurveTo(a.x + cellWidth / 2, (a.y + b.y) / 2 + (a.y - b.y) * 0.15, b.x, b.y)
    else ctx.lineTo(b.x, b.y)
  }
  ctx.lineTo(last.x, p.bottom - 1)
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
  wetSand: hex('#b89c6c'),
  rock: hex('#6e665c'),
  darkRock: hex('#4c4741'),
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
