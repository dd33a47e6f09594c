/** Set dressing drawn in world metres (Y up): buildings, trees, rocks, lamps, cacti, furniture. */
import { hex, luminance, mix, scale, type Rgb } from '../color.js'
import type { Random } from '../random.js'
import { MATERIALS, type PaintContext } from './paint-context.js'

export function building(
  p: PaintContext,
  x: number,
  width: number,
  height: number,
  material: Rgb,
  random: Random,
  options: { windows: boolean; neon?: boolean } = { windows: true },
): void {
  const { ctx } = p
  ctx.fillStyle = p.shade(material)
  ctx.fillRect(x, 0, width, height)
  // Cornice and a darker base.
  ctx.fillStyle = p.shade(mix(material, hex('#000000'), 0.3))
  ctx.fillRect(x - 0.2, height - 0.5, width + 0.4, 0.5)
  ctx.fillRect(x, 0, width, 0.9)
  if (!options.windows) return
  const floors = Math.floor((height - 1.5) / 3.2)
  const columns = Math.max(1, Math.floor(width / 2.6))
  const pitch = width / columns
  for (let f = 0; f < floors; f++) {
    for (let c = 0; c < columns; c++) {
      const lit = p.palette.lampsLit && random.next() < 0.45
      ctx.fillStyle = lit ? p.glow(MATERIALS.window) : p.shade(MATERIALS.glass)
      ctx.fillRect(x + c * pitch + pitch * 0.28, 1.9 + f * 3.2, pitch * 0.44, 1.6)
    }
  }
  if (options.neon && random.next() < 0.6) {
    const color = random.pick([hex('#ff3fb4'), hex('#3fe8ff'), hex('#ffe04a')])
    ctx.fillStyle = p.glow(color)
    ctx.fillRect(x + width * 0.2, 3.4, width * 0.6, 0.7)
  }
}

export function tree(
  p: PaintContext,
  x: number,
  height: number,
  kind: 'conifer' | 'broadleaf',
  random: Random,
): void {
  const { ctx } = p
  const trunk = height * (kind === 'conifer' ? 0.04 : 0.06)
  ctx.fillStyle = p.shade(MATERIALS.bark)
  ctx.fillRect(x - trunk / 2, 0, trunk, height * 0.55)
  const leaves = p.weather.snowCover
    ? mix(MATERIALS.foliage, MATERIALS.snow, 0.45)
    : MATERIALS.foliage
  if (kind === 'conifer') {
    ctx.fillStyle = p.shade(p.weather.snowCover ? leaves : MATERIALS.conifer)
    const tiers = 3
    for (let i = 0; i < tiers; i++) {
      const base = height * (0.18 + i * 0.22)
      const w = height * (0.42 - i * 0.1)
      ctx.beginPath()
      ctx.moveTo(x - w / 2, base)
      ctx.lineTo(x + w / 2, base)
      ctx.lineTo(x, Math.min(height, base + height * 0.45))
      ctx.closePath()
      ctx.fill()
    }
    return
  }
  ctx.fillStyle = p.shade(mix(leaves, hex('#000000'), random.range(0, 0.2)))
  const crown = height * 0.32
  for (let i = 0; i < 5; i++) {
    ctx.beginPath()
    ctx.arc(
      x + random.range(-crown, crown) * 0.6,
      height * 0.68 + random.range(-crown, crown) * 0.45,
      crown * random.range(0.55, 0.8),
      0,
      Math.PI * 2,
    )
    ctx.fill()
  }
}

export function rock(
  p: PaintContext,
  x: number,
  size: number,
  material: Rgb,
  random: Random,
): void {
  const { ctx } = p
  ctx.fillStyle = p.shade(material)
  ctx.beginPath()
  ctx.moveTo(x - size, 0)
  ctx.lineTo(x - size * random.range(0.5, 0.8), size * random.range(0.5, 0.8))
  ctx.lineTo(x + size * random.range(-0.1, 0.3), size * random.range(0.8, 1.1))
  ctx.lineTo(x + size * random.range(0.6, 0.9), size * random.range(0.3, 0.6))
  ctx.lineTo(x + size, 0)
  ctx.closePath()
  ctx.fill()
}

/**
 * A jagged rock (basalt, a crag, a reef's head): sharp peaks and notches across `width` centred
 * on x, up to `height`, lower towards its ends, its foot sunk a little below the ground line so
 * that it stands in the ground or the water; each peak's lit side a lighter facet.
 */
export function crag(
  p: PaintContext,
  x: number,
  width: number,
  height: number,
  colours: { fill: string; face: string },
  random: Random,
): void {
  const { ctx } = p
  const peaks = 2 + Math.floor(random.range(0, 3))
  const step = width / (2 * peaks)
  const left = x - width / 2
  const foot = -0.15 * height
  const points: { x: number; y: number }[] = [{ x: left, y: foot }]
  for (let i = 1; i < 2 * peaks; i++) {
    const t = i / (2 * peaks)
    const envelope = 0.35 + 0.65 * Math.sin(Math.PI * t)
    const peak = i % 2 === 1
    points.push({
      x: left + step * (i + random.range(-0.35, 0.35)),
      y: height * envelope * (peak ? random.range(0.7, 1) : random.range(0.25, 0.6)),
    })
  }
  points.push({ x: left + width, y: foot })
  ctx.fillStyle = colours.fill
  ctx.beginPath()
  for (const point of points) ctx.lineTo(point.x, point.y)
  ctx.closePath()
  ctx.fill()
  // The lit facet of each peak: from its tip down its left flank to the foot.
  ctx.fillStyle = colours.face
  ctx.beginPath()
  for (let i = 1; i < points.length - 1; i += 2) {
    const tip = points[i] as { x: number; y: number }
    const notch = points[i - 1] as { x: number; y: number }
    ctx.moveTo(tip.x, tip.y)
    ctx.lineTo(notch.x + (tip.x - notch.x) * 0.25, notch.y + (tip.y - notch.y) * 0.25)
    ctx.lineTo(tip.x - step * 0.15, foot)
    ctx.lineTo(tip.x + step * 0.2, foot)
    ctx.closePath()
  }
  ctx.fill()
}

/**
 * White water's own colour: foam catches what light there is, so in a dark light (a storm, the
 * night) it is brightened to stay the palest thing on the sea, as it looks.
 */
export function whiteWater(light: Rgb): Rgb {
  return scale(MATERIALS.foam, Math.min(5, Math.max(1, 0.6 / Math.max(0.01, luminance(light)))))
}

/**
 * White water thrown up where a wave breaks on rock: a plume of soft puffs of foam rising
 * `height` from (x, y) and fanning out, dense at its foot and thinning as it rises, a few drops
 * flung off its top.
 */
export function spray(
  p: PaintContext,
  x: number,
  y: number,
  height: number,
  random: Random,
  strength = 1,
): void {
  const { ctx } = p
  const white = whiteWater(p.palette.light)
  const lean = random.range(-0.2, 0.2)
  for (let i = 0; i < 10; i++) {
    const t = random.next() ** 0.8
    const radius = height * (0.12 + 0.2 * t) * random.range(0.8, 1.2)
    const cx = x + (lean + random.range(-0.35, 0.35)) * t * height
    const cy = y + height * t * 0.75
    const puff = ctx.createRadialGradient(cx, cy, 0, cx, cy, radius)
    puff.addColorStop(0, p.shade(white, strength * (0.12 + 0.5 * (1 - t))))
    puff.addColorStop(0.6, p.shade(white, strength * (0.06 + 0.3 * (1 - t))))
    puff.addColorStop(1, p.shade(white, 0))
    ctx.fillStyle = puff
    ctx.fillRect(cx - radius, cy - radius, radius * 2, radius * 2)
  }
  ctx.fillStyle = p.shade(white, strength * 0.45)
  ctx.beginPath()
  for (let i = 0; i < 10; i++) {
    const size = height * random.range(0.008, 0.018)
    const dx = x + (lean + random.range(-0.6, 0.6)) * height
    const dy = y + height * random.range(0.6, 1.05)
    ctx.moveTo(dx + size, dy)
    ctx.arc(dx, dy, size, 0, Math.PI * 2)
  }
  ctx.fill()
}

/**
 * A patch of foam lying on the water (or washing over rock) at (x, y): a lace of flat ellipses
 * about `width` across, denser at its middle.
 */
export function foam(
  p: PaintContext,
  x: number,
  y: number,
  width: number,
  random: Random,
  alpha = 0.8,
): void {
  const { ctx } = p
  const white = whiteWater(p.palette.light)
  for (const [share, count, size] of [
    [0.45, 5, 0.22],
    [1, 3, 0.14],
  ] as const) {
    ctx.fillStyle = p.shade(white, alpha * share)
    ctx.beginPath()
    for (let i = 0; i < count; i++) {
      const rx = width * size * random.range(0.6, 1.4)
      const cx = x + random.range(-0.45, 0.45) * width
      const cy = y + random.range(-0.05, 0.05) * width
      ctx.moveTo(cx + rx, cy)
      ctx.ellipse(cx, cy, rx, rx * random.range(0.15, 0.3), 0, 0, Math.PI * 2)
    }
    ctx.fill()
  }
}

/**
 * A boulder lying at (x, y): a lumpy dome `width` across and `height` high, its upper left (the
 * lit side) a lighter facet.
 */
export function boulder(
  p: PaintContext,
  x: number,
  y: number,
  width: number,
  height: number,
  colours: { fill: string; face: string },
  random: Random,
): void {
  const { ctx } = p
  const points: { x: number; y: number }[] = []
  const sides = 7
  for (let i = 0; i <= sides; i++) {
    const angle = Math.PI * (1 - i / sides)
    const bulge = i === 0 || i === sides ? 1 : random.range(0.8, 1.1)
    points.push({
      x: x + (Math.cos(angle) * width * bulge) / 2,
      y: y + Math.sin(angle) * height * bulge,
    })
  }
  ctx.fillStyle = colours.fill
  ctx.beginPath()
  ctx.moveTo(x - width / 2, y - 0.1 * height)
  for (const point of points) ctx.lineTo(point.x, point.y)
  ctx.lineTo(x + width / 2, y - 0.1 * height)
  ctx.closePath()
  ctx.fill()
  ctx.fillStyle = colours.face
  ctx.beginPath()
  ctx.moveTo(x - width * 0.42, y + height * 0.2)
  for (const point of points.slice(1, 4)) ctx.lineTo(point.x, point.y)
  ctx.lineTo(x - width * 0.05, y + height * 0.55)
  ctx.closePath()
  ctx.fill()
}

export function lampPost(p: PaintContext, x: number, height: number): void {
  const { ctx } = p
  ctx.fillStyle = p.shade(hex('#2e3236'))
  ctx.fillRect(x - 0.07, 0, 0.14, height)
  ctx.fillRect(x - 0.07, height - 0.12, 0.9, 0.12)
  const lamp = p.palette.lampsLit ? p.glow(hex('#ffe2a0')) : p.shade(hex('#d8d4c8'))
  ctx.fillStyle = lamp
  ctx.fillRect(x + 0.55, height - 0.3, 0.4, 0.18)
  if (p.palette.lampsLit) {
    const glow = p.ctx.createRadialGradient(x + 0.75, height - 0.3, 0, x + 0.75, height - 0.3, 2.2)
    glow.addColorStop(0, p.glow(hex('#ffd98a'), 0.45))
    glow.addColorStop(1, p.glow(hex('#ffd98a'), 0))
    ctx.fillStyle = glow
    ctx.fillRect(x - 1.5, height - 2.5, 4.5, 4.4)
  }
}

export function cactus(p: PaintContext, x: number, height: number): void {
  const { ctx } = p
  ctx.fillStyle = p.shade(hex('#4f7a45'))
  const w = height * 0.14
  ctx.fillRect(x - w / 2, 0, w, height)
  ctx.fillRect(x - w * 2, height * 0.45, w * 1.5, w * 0.8)
  ctx.fillRect(x - w * 2, height * 0.45, w * 0.8, height * 0.3)
  ctx.fillRect(x + w / 2, height * 0.3, w * 1.4, w * 0.8)
  ctx.fillRect(x + w * 1.2, height * 0.3, w * 0.8, height * 0.35)
}

export function grassTufts(
  p: PaintContext,
  x: number,
  width: number,
  height: number,
  random: Random,
): void {
  const { ctx } = p
  ctx.strokeStyle = p.shade(mix(MATERIALS.grass, hex('#203010'), 0.35))
  ctx.lineWidth = Math.max(0.02, 1.5 / p.pxPerMetre)
  ctx.beginPath()
  for (let i = 0; i < 14; i++) {
    const bx = x + random.range(0, width)
    ctx.moveTo(bx, 0)
    ctx.lineTo(bx + random.range(-0.3, 0.3) * height, height * random.range(0.5, 1))
  }
  ctx.stroke()
}

export function table(
  p: PaintContext,
  x: number,
  width: number,
  height: number,
  material: Rgb,
): void {
  const { ctx } = p
  ctx.fillStyle = p.shade(material)
  ctx.fillRect(x - width / 2, height - 0.06, width, 0.06)
  ctx.fillRect(x - width / 2 + 0.05, 0, 0.06, height)
  ctx.fillRect(x + width / 2 - 0.11, 0, 0.06, height)
}

export function shelf(p: PaintContext, x: number, random: Random): void {
  const { ctx } = p
  ctx.fillStyle = p.shade(MATERIALS.darkWood)
  ctx.fillRect(x, 0, 1.2, 2.1)
  for (let s = 0; s < 4; s++) {
    for (let b = 0; b < 6; b++) {
      ctx.fillStyle = p.shade(
        random.pick([hex('#7a2f2a'), hex('#2f4f7a'), hex('#c9a441'), hex('#3d6b44')]),
      )
      ctx.fillRect(x + 0.08 + b * 0.17, 0.15 + s * 0.5, 0.12, random.range(0.25, 0.38))
    }
  }
}
