/**
 * The backdrop at infinite depth: sky, sun or moon, stars, clouds, and the ground running to the
 * horizon. Drawn in pixels at zoom 1 with the horizon at Y = 0, so an elevation angle e sits at
 * Y = F tan(e). Only pans, tilts, zooms and roll move it.
 */
import { css, hex, mix, multiply, scale, type Rgb } from '../color.js'
import type { SetKind } from '../plan-scene.js'
import { OFF_WORLD_GROUNDS } from './off-world.js'
import { forEachCell, MATERIALS, type PaintContext } from './paint-context.js'

export function groundMaterial(set: SetKind, snowCover: boolean): Rgb {
  const snowless = set === 'interior' || set === 'coast' || set === 'moon' || set === 'mars'
  if (snowCover && !snowless) return MATERIALS.snow
  switch (set) {
    case 'city-street':
      return MATERIALS.asphalt
    case 'forest':
      return MATERIALS.forestFloor
    case 'coast':
      return MATERIALS.water
    case 'desert':
      return MATERIALS.sand
    case 'mountains':
      return MATERIALS.hill
    case 'interior':
      return MATERIALS.wood
    case 'countryside':
      return MATERIALS.grass
    case 'moon':
    case 'mars':
      return OFF_WORLD_GROUNDS[set].ground
  }
}

export function paintBackdrop(p: PaintContext, set: SetKind, focalPx: number): void {
  const { ctx, palette } = p
  const elevation = (degrees: number) => focalPx * Math.tan((degrees * Math.PI) / 180)
  const width = p.right - p.left
  if (set === 'interior') {
    ctx.fillStyle = css(multiply(MATERIALS.wall, palette.light))
    ctx.fillRect(p.left, p.bottom, width, p.top - p.bottom)
    return
  }
  // Sky: horizon colour up to ~40 degrees, then the zenith colour.
  const skyTop = Math.max(p.top, 1)
  const sky = ctx.createLinearGradient(0, 0, 0, Math.max(elevation(40), 1))
  sky.addColorStop(0, css(palette.skyHorizon))
  sky.addColorStop(0.35, css(mix(palette.skyHorizon, palette.skyTop, 0.45)))
  sky.addColorStop(1, css(palette.skyTop))
  ctx.fillStyle = sky
  ctx.fillRect(p.left, p.bottom, width, skyTop - p.bottom) // under the ground too: no seam

  if (palette.stars) {
    ctx.fillStyle = css(hex('#ffffff'), 0.8)
    forEachCell(p, 40, 'stars', (x, random) => {
      for (let i = 0; i < 3; i++) {
        const y = random.range(elevation(6), elevation(70))
        const r = random.range(0.6, 1.6)
        ctx.fillRect(x + random.range(0, 40), y, r, r)
      }
    })
  }
  const sun = palette.sun
  if (sun) {
    const x = elevation(sun.azimuth)
    const y = elevation(sun.elevation)
    // With no air to scatter it, the Moon's sun has almost no glow.
    const glowRadius = elevation(set === 'moon' ? 3 : sun.elevation < 10 ? 30 : 18)
    const glow = ctx.createRadialGradient(x, y, 0, x, y, glowRadius)
    glow.addColorStop(0, css(sun.color, 0.85))
    glow.addColorStop(0.25, css(sun.color, 0.35))
    glow.addColorStop(1, css(sun.color, 0))
    ctx.fillStyle = glow
    ctx.fillRect(x - glowRadius, y - glowRadius, glowRadius * 2, glowRadius * 2)
    if (sun.elevation > -1) {
      ctx.fillStyle = css(mix(sun.color, hex('#ffffff'), 0.6))
      ctx.beginPath()
      ctx.arc(x, y, elevation(1.4), 0, Math.PI * 2)
      ctx.fill()
    }
  }
  if (palette.moon) {
    ctx.fillStyle = css(hex('#eef0f6'))
    ctx.beginPath()
    ctx.arc(elevation(-22), elevation(24), elevation(1.3), 0, Math.PI * 2)
    ctx.fill()
  }
  // No clouds where there is no air; the Earth in the Moon's sky.
  if (set === 'moon') paintEarth(p, elevation)
  else if (set !== 'mars') paintClouds(p, elevation)
  // Ground to the horizon: haze at the horizon, the lit material below.
  const material = groundMaterial(set, p.weather.snowCover)
  const lit = multiply(material, palette.light)
  const ground = ctx.createLinearGradient(0, 0, 0, -elevation(35))
  ground.addColorStop(0, css(mix(lit, palette.haze, 0.75)))
  ground.addColorStop(0.15, css(mix(lit, palette.haze, 0.35)))
  ground.addColorStop(1, css(scale(lit, 0.9)))
  ctx.fillStyle = ground
  ctx.fillRect(p.left, Math.min(p.bottom, -1), width, -Math.min(p.bottom, -1))
}

function paintClouds(p: PaintContext, elevation: (degrees: number) => number): void {
  const { ctx, palette } = p
  const base = palette.overcast ? mix(palette.skyHorizon, palette.skyTop, 0.5) : hex('#ffffff')
  const tint = multiply(base, mix(palette.light, hex('#ffffff'), 0.5))
  const alpha = palette.overcast ? 0.5 : palette.stars ? 0.12 : 0.55
  const cell = elevation(palette.overcast ? 10 : 16)
  forEachCell(p, cell, 'clouds', (x, random) => {
    if (!palette.overcast && random.next() < 0.45) return
    const cx = x + random.range(0, cell)
    const cy = elevation(random.range(palette.overcast ? 4 : 8, 30))
    const w = cell * random.range(0.5, 1.1)
    const h = w * random.range(0.12, 0.22)
    ctx.fillStyle = css(tint, alpha * random.range(0.6, 1))
    for (let i = 0; i < 4; i++) {
      ctx.beginPath()
      ctx.ellipse(
        cx + (i - 1.5) * w * 0.22,
        cy + random.range(-h, h) * 0.4,
        w * 0.3,
        h,
        0,
        0,
        Math.PI * 2,
      )
      ctx.fill()
    }
  })
}

/** The Earth seen from the Moon: a blue disc about two degrees across, half lit, with cloud. */
function paintEarth(p: PaintContext, elevation: (degrees: number) => number): void {
  const { ctx } = p
  const x = elevation(-20)
  const y = elevation(13)
  const r = elevation(1.9)
  ctx.fillStyle = css(hex('#2f5fa8'))
  ctx.beginPath()
  ctx.arc(x, y, r, 0, Math.PI * 2)
  ctx.fill()
  ctx.fillStyle = css(hex('#f2f4f8'), 0.75)
  for (const [dx, dy, w] of [
    [-0.3, 0.35, 0.5],
    [0.25, -0.1, 0.45],
    [-0.1, -0.5, 0.35],
  ] as const) {
    ctx.beginPath()
    ctx.ellipse(x + dx * r, y + dy * r, w * r, 0.14 * r, 0.3, 0, Math.PI * 2)
    ctx.fill()
  }
  // The night side, away from the sun.
  ctx.fillStyle = css(hex('#020308'), 0.85)
  ctx.beginPath()
  ctx.arc(x, y, r, Math.PI / 2, (3 * Math.PI) / 2)
  ctx.ellipse(x, y, r * 0.35, r, 0, (3 * Math.PI) / 2, Math.PI / 2, true)
  ctx.fill()
}
