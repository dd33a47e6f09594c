/**
 * Objects drawn as props in world metres (Y up, standing on the ground at the origin, front on):
 * a tall lamp, a small lamp, luggage, a crate, a chair, a bench, a table, an umbrella, and for any other noun a
 * rounded box, a vessel or an orb about 0.2 m tall. A small object the words stand on a table or
 * a stand is drawn on one, unless that table is a subject of its own (the planner then raises the
 * object onto it). Sizes match OBJECT_SIZES and SUPPORT_HEIGHTS in subject-objects.ts,
 * which the framing uses. Colours come from the figure's style, so they are lit and hazed like
 * everything else at that depth; glowing parts are light sources and keep their colour.
 */
import type { SKRSContext2D } from '../canvas.js'
import { hex, mix, type Rgb } from '../color.js'
import {
  OBJECT_SIZES,
  SUPPORT_HEIGHTS,
  supportWidth,
  type ObjectLook,
  type ObjectSupport,
} from '../subject-objects.js'
import type { FigureStyle } from './figures.js'
import { MATERIALS } from './paint-context.js'
import { drawPushed } from './pushed-props.js'
import { drawCart } from './carts.js'

const BLACK = hex('#000000')
const WHITE = hex('#ffffff')
const BRASS = hex('#b5913f')
export const IRON = hex('#34373c')
export const GLOW = '#fff1c4'
const LINEN = hex('#e6dcc0')

/** A material's face, its shadowed side and its lit edge. */
type Tones = { face: string; shadow: string; lit: string }

export function tones(s: FigureStyle, material: Rgb): Tones {
  return {
    face: s.tint(material),
    shadow: s.tint(mix(material, BLACK, 0.45)),
    lit: s.tint(mix(material, WHITE, 0.25)),
  }
}

/** Light from the left: lit edge, face, shadowed side, across [left, right]. */
export function sideLight(ctx: SKRSContext2D, t: Tones, left: number, right: number) {
  const gradient = ctx.createLinearGradient(left, 0, right, 0)
  gradient.addColorStop(0, t.lit)
  gradient.addColorStop(0.35, t.face)
  gradient.addColorStop(1, t.shadow)
  return gradient
}

/** A soft shadow on the ground under a thing `halfWidth` either side of its middle. */
export function contactShadow(ctx: SKRSContext2D, halfWidth: number): void {
  ctx.fillStyle = 'rgba(0,0,0,0.25)'
  ctx.beginPath()
  ctx.ellipse(0, 0.005, halfWidth * 1.1, 0.035, 0, 0, Math.PI * 2)
  ctx.fill()
}

/** A soft pool of light around (x, y), stronger after dark (a lamp's, a carried lantern's). */
export function halo(
  ctx: SKRSContext2D,
  x: number,
  y: number,
  radius: number,
  s: FigureStyle,
): void {
  const strength = s.lampsLit ? 0.6 : 0.35
  const gradient = ctx.createRadialGradient(x, y, 0, x, y, radius)
  gradient.addColorStop(0, `rgba(255,226,160,${strength})`)
  gradient.addColorStop(0.4, `rgba(255,214,140,${(strength * 0.35).toFixed(3)})`)
  gradient.addColorStop(1, 'rgba(255,214,140,0)')
  ctx.fillStyle = gradient
  ctx.fillRect(x - radius, y - radius, radius * 2, radius * 2)
}

/**
 * An object; `moving`: pushed along (a wheelbarrow is lifted onto its wheel); `travelled`: metres
 * a cart or a carriage has rolled, which its wheels turn by.
 */
export function drawObjectProp(
  ctx: SKRSContext2D,
  look: ObjectLook,
  s: FigureStyle,
  { moving = false, travelled = 0 }: { moving?: boolean; travelled?: number } = {},
): void {
  if (look.shape === 'cart' || look.shape === 'carriage') {
    return drawCart(ctx, s, look.shape, travelled, look.colour)
  }
  if (!look.support) return drawObject(ctx, look, s, moving)
  support(ctx, s, look.support, OBJECT_SIZES[look.shape].width)
  ctx.save()
  ctx.translate(0, SUPPORT_HEIGHTS[look.support])
  drawObject(ctx, look, s, moving)
  ctx.restore()
}

function drawObject(ctx: SKRSContext2D, look: ObjectLook, s: FigureStyle, moving: boolean): void {
  const own = look.colour
  switch (look.shape) {
    case 'lamp':
      return lamp(ctx, s, own ?? BRASS)
    case 'desk-lamp':
      return deskLamp(ctx, s, own ?? BRASS, look.glowing || s.lampsLit)
    case 'case':
      return suitcase(ctx, s, own ?? s.material)
    case 'crate':
      return crate(ctx, s, own ?? MATERIALS.wood)
    case 'chair':
      return chair(ctx, s, own ?? MATERIALS.wood)
    case 'bench':
      return bench(ctx, s, own ?? MATERIALS.wood)
    case 'table':
      return table(ctx, s, own ?? MATERIALS.darkWood)
    case 'umbrella':
      return umbrella(ctx, s, own ?? s.material)
    case 'orb':
      return orb(ctx, s, own ?? s.material, look.glowing)
    case 'vessel':
      return vessel(ctx, s, own ?? s.material, look.glowing)
    case 'block':
      return block(ctx, s, own ?? s.material, look.glowing)
    case 'pram':
    case 'barrow':
    case 'trolley':
      return drawPushed(ctx, look.shape, s, own, moving)
    case 'ball':
      return ball(ctx, s, own ?? hex('#f2f2ee'))
  }
}

/** What the words stand an object on: a side table a little wider than it, or a pedestal. */
function support(ctx: SKRSContext2D, s: FigureStyle, kind: ObjectSupport, width: number): void {
  if (kind === 'table') {
    table(ctx, s, MATERIALS.darkWood, supportWidth(kind, width), SUPPORT_HEIGHTS.table)
  } else {
    stand(ctx, s, supportWidth(kind, width), SUPPORT_HEIGHTS.stand)
  }
}

/** A pedestal: a round foot, a column and a top. */
function stand(ctx: SKRSContext2D, s: FigureStyle, topWidth: number, height: number): void {
  const t = tones(s, MATERIALS.darkWood)
  const half = topWidth / 2
  contactShadow(ctx, 0.2)
  ctx.fillStyle = sideLight(ctx, t, -0.2, 0.2)
  ctx.beginPath()
  ctx.roundRect(-0.18, 0, 0.36, 0.05, 0.02)
  ctx.fill()
  ctx.fillStyle = sideLight(ctx, t, -0.04, 0.04)
  ctx.fillRect(-0.035, 0.05, 0.07, height - 0.09)
  ctx.fillStyle = sideLight(ctx, t, -half, half)
  ctx.beginPath()
  ctx.roundRect(-half, height - 0.04, topWidth, 0.04, 0.012)
  ctx.fill()
  ctx.fillStyle = t.lit
  ctx.fillRect(-half, height - 0.006, topWidth, 0.006)
}

/** A rounded box with a lid line: the shape for a thing the planner has no drawing for. */
function block(ctx: SKRSContext2D, s: FigureStyle, material: Rgb, glowing: boolean): void {
  const t = tones(s, material)
  if (glowing) halo(ctx, 0, 0.1, 0.4, s)
  ctx.fillStyle = sideLight(ctx, t, -0.17, 0.17)
  ctx.beginPath()
  ctx.roundRect(-0.17, 0.003, 0.34, 0.2, 0.04)
  ctx.fill()
  ctx.fillStyle = t.shadow
  ctx.fillRect(-0.165, 0.14, 0.33, 0.008)
  ctx.fillStyle = t.lit
  ctx.fillRect(-0.13, 0.194, 0.26, 0.006)
  if (glowing) {
    ctx.fillStyle = GLOW
    ctx.beginPath()
    ctx.roundRect(-0.1, 0.04, 0.2, 0.07, 0.02)
    ctx.fill()
  }
}

/** A vase or jar, 0.22 m tall: a foot, a round belly, a neck and a lip. */
function vessel(ctx: SKRSContext2D, s: FigureStyle, material: Rgb, glowing: boolean): void {
  const t = tones(s, material)
  if (glowing) halo(ctx, 0, 0.1, 0.4, s)
  ctx.save()
  ctx.scale(0.52, 0.52) // drawn 0.42 m tall
  ctx.fillStyle = sideLight(ctx, t, -0.15, 0.15)
  ctx.beginPath()
  ctx.moveTo(-0.06, 0.005)
  ctx.lineTo(0.06, 0.005)
  ctx.bezierCurveTo(0.2, 0.08, 0.17, 0.26, 0.06, 0.33)
  ctx.lineTo(0.055, 0.39)
  ctx.lineTo(0.085, 0.42)
  ctx.lineTo(-0.085, 0.42)
  ctx.lineTo(-0.055, 0.39)
  ctx.lineTo(-0.06, 0.33)
  ctx.bezierCurveTo(-0.17, 0.26, -0.2, 0.08, -0.06, 0.005)
  ctx.fill()
  ctx.fillStyle = glowing ? GLOW : t.shadow
  ctx.beginPath()
  ctx.ellipse(0, 0.415, 0.07, 0.01, 0, 0, Math.PI * 2)
  ctx.fill()
  ctx.restore()
}

/** A ball in a small cup, 0.22 m tall. */
function orb(ctx: SKRSContext2D, s: FigureStyle, material: Rgb, glowing: boolean): void {
  const r = 0.1
  const cy = 0.02 + r
  if (glowing) halo(ctx, 0, cy, 0.5, s)
  const t = tones(s, material)
  const gradient = ctx.createRadialGradient(-0.035, cy + 0.035, 0.005, 0, cy, r)
  gradient.addColorStop(0, glowing ? '#ffffff' : t.lit)
  gradient.addColorStop(0.5, glowing ? GLOW : t.face)
  gradient.addColorStop(1, glowing ? s.tint(mix(hex('#ffd98a'), material, 0.3)) : t.shadow)
  ctx.fillStyle = gradient
  ctx.beginPath()
  ctx.arc(0, cy, r, 0, Math.PI * 2)
  ctx.fill()
  const cup = tones(s, BRASS)
  ctx.fillStyle = sideLight(ctx, cup, -0.06, 0.06)
  ctx.beginPath()
  ctx.moveTo(-0.05, 0.003)
  ctx.lineTo(0.05, 0.003)
  ctx.lineTo(0.065, 0.04)
  ctx.lineTo(-0.065, 0.04)
  ctx.fill()
}

/**
 * A lamp on a pedestal: a glass housing ringed like a lens around a bright core, a brass cap.
 * The housing is the top fifth, where a close-up looks.
 */
function lamp(ctx: SKRSContext2D, s: FigureStyle, material: Rgb): void {
  const metal = tones(s, IRON)
  const brass = tones(s, material)
  const bottom = 1.2
  const top = 1.48
  const core = 1.35
  contactShadow(ctx, 0.26)
  halo(ctx, 0, core, 0.9, s)
  ctx.fillStyle = sideLight(ctx, metal, -0.25, 0.25)
  ctx.beginPath()
  ctx.roundRect(-0.25, 0, 0.5, 0.08, 0.02)
  ctx.fill()
  ctx.fillStyle = sideLight(ctx, metal, -0.06, 0.06)
  ctx.fillRect(-0.06, 0.08, 0.12, bottom - 0.13)
  ctx.fillStyle = sideLight(ctx, brass, -0.17, 0.17)
  ctx.fillRect(-0.17, bottom - 0.05, 0.34, 0.05)
  // The glass: see-through, with bright rings where the lens catches the flame.
  ctx.fillStyle = s.tint(mix(MATERIALS.glass, WHITE, 0.2))
  ctx.globalAlpha = 0.55
  ctx.beginPath()
  ctx.moveTo(-0.18, bottom)
  ctx.bezierCurveTo(-0.27, bottom + 0.08, -0.27, top - 0.08, -0.18, top)
  ctx.lineTo(0.18, top)
  ctx.bezierCurveTo(0.27, top - 0.08, 0.27, bottom + 0.08, 0.18, bottom)
  ctx.fill()
  ctx.globalAlpha = 1
  const flame = ctx.createRadialGradient(0, core, 0, 0, core, 0.13)
  flame.addColorStop(0, '#ffffff')
  flame.addColorStop(0.45, GLOW)
  flame.addColorStop(1, 'rgba(255,220,150,0)')
  ctx.fillStyle = flame
  ctx.fillRect(-0.18, bottom + 0.02, 0.36, top - bottom - 0.04)
  ctx.fillStyle = 'rgba(255,246,220,0.45)'
  for (let y = bottom + 0.03; y < top - 0.01; y += 0.04) {
    const bulge = 0.18 + 0.065 * Math.sin(((y - bottom) / (top - bottom)) * Math.PI)
    ctx.fillRect(-bulge, y, bulge * 2, 0.007)
  }
  ctx.fillStyle = metal.face
  for (const x of [-0.18, 0.167]) ctx.fillRect(x, bottom, 0.013, top - bottom)
  ctx.fillStyle = sideLight(ctx, brass, -0.22, 0.22)
  ctx.beginPath()
  ctx.moveTo(-0.22, top)
  ctx.lineTo(0.22, top)
  ctx.quadraticCurveTo(0.11, top + 0.065, 0, top + 0.07)
  ctx.quadraticCurveTo(-0.11, top + 0.065, -0.22, top)
  ctx.fill()
  ctx.beginPath()
  ctx.arc(0, top + 0.07, 0.015, 0, Math.PI * 2)
  ctx.fill()
}

/**
 * A small lamp for a desk or a bedside table, 0.45 m tall: a round foot, a stem, a bulb and a
 * fabric shade, lit from inside when `lit`.
 */
function deskLamp(ctx: SKRSContext2D, s: FigureStyle, material: Rgb, lit: boolean): void {
  const metal = tones(s, material)
  const shadeBottom = 0.25
  const shadeTop = 0.43
  contactShadow(ctx, 0.08)
  if (lit) halo(ctx, 0, 0.3, 0.6, s)
  ctx.fillStyle = sideLight(ctx, metal, -0.08, 0.08)
  ctx.beginPath()
  ctx.roundRect(-0.08, 0, 0.16, 0.03, 0.012)
  ctx.fill()
  ctx.fillStyle = sideLight(ctx, metal, -0.012, 0.012)
  ctx.fillRect(-0.012, 0.03, 0.024, shadeBottom - 0.01)
  if (lit) {
    ctx.fillStyle = GLOW
    ctx.beginPath()
    ctx.arc(0, shadeBottom + 0.02, 0.035, 0, Math.PI * 2)
    ctx.fill()
  }
  // The shade: a cone of cloth, glowing warm from the bulb inside when lit.
  if (lit) {
    const glow = ctx.createLinearGradient(0, shadeBottom, 0, shadeTop)
    glow.addColorStop(0, '#fff4d6')
    glow.addColorStop(1, '#f2c77a')
    ctx.fillStyle = glow
  } else {
    ctx.fillStyle = sideLight(ctx, tones(s, LINEN), -0.16, 0.16)
  }
  ctx.beginPath()
  ctx.moveTo(-0.16, shadeBottom)
  ctx.lineTo(0.16, shadeBottom)
  ctx.lineTo(0.09, shadeTop)
  ctx.lineTo(-0.09, shadeTop)
  ctx.closePath()
  ctx.fill()
  ctx.fillStyle = lit ? '#ffffff' : tones(s, LINEN).shadow
  ctx.fillRect(-0.16, shadeBottom, 0.32, 0.008)
  ctx.fillStyle = metal.face
  ctx.beginPath()
  ctx.arc(0, shadeTop + 0.005, 0.015, 0, Math.PI * 2)
  ctx.fill()
}

/** A suitcase standing on end: ribs, two clasps, a handle on top. */
function suitcase(ctx: SKRSContext2D, s: FigureStyle, material: Rgb): void {
  const t = tones(s, material)
  const metal = tones(s, BRASS)
  contactShadow(ctx, 0.26)
  ctx.fillStyle = s.dark
  for (const x of [-0.19, 0.15]) ctx.fillRect(x, 0, 0.04, 0.04)
  ctx.fillStyle = sideLight(ctx, t, -0.25, 0.25)
  ctx.beginPath()
  ctx.roundRect(-0.24, 0.035, 0.48, 0.62, 0.05)
  ctx.fill()
  ctx.fillStyle = t.shadow
  for (const x of [-0.13, 0.11]) ctx.fillRect(x, 0.06, 0.02, 0.56)
  ctx.fillRect(-0.24, 0.5, 0.48, 0.012)
  ctx.fillStyle = metal.face
  for (const x of [-0.15, 0.1]) ctx.fillRect(x, 0.53, 0.05, 0.045)
  ctx.strokeStyle = s.dark
  ctx.lineWidth = 0.025
  ctx.beginPath()
  ctx.moveTo(-0.08, 0.655)
  ctx.lineTo(-0.07, 0.725)
  ctx.lineTo(0.07, 0.725)
  ctx.lineTo(0.08, 0.655)
  ctx.stroke()
}

/** A wooden box with a lid, two straps and a latch. */
function crate(ctx: SKRSContext2D, s: FigureStyle, material: Rgb): void {
  const t = tones(s, material)
  contactShadow(ctx, 0.38)
  ctx.fillStyle = sideLight(ctx, t, -0.38, 0.38)
  ctx.beginPath()
  ctx.roundRect(-0.37, 0, 0.74, 0.54, 0.03)
  ctx.fill()
  ctx.fillStyle = t.shadow
  ctx.fillRect(-0.37, 0.4, 0.74, 0.015)
  for (const x of [-0.26, 0.2]) ctx.fillRect(x, 0, 0.06, 0.54)
  ctx.fillStyle = t.lit
  ctx.fillRect(-0.36, 0.53, 0.72, 0.01)
  ctx.fillStyle = tones(s, BRASS).face
  ctx.fillRect(-0.035, 0.34, 0.07, 0.09)
}

/** A chair seen from the front: back rest, seat, legs. */
function chair(ctx: SKRSContext2D, s: FigureStyle, material: Rgb): void {
  const t = tones(s, material)
  contactShadow(ctx, 0.25)
  ctx.fillStyle = t.shadow
  for (const x of [-0.19, 0.15]) ctx.fillRect(x, 0.02, 0.04, 0.46) // back legs, behind
  for (const x of [-0.22, 0.18]) ctx.fillRect(x, 0.46, 0.04, 0.49) // uprights of the back
  ctx.fillStyle = sideLight(ctx, t, -0.22, 0.22)
  for (const y of [0.62, 0.74, 0.86]) ctx.fillRect(-0.2, y, 0.4, 0.06)
  for (const x of [-0.23, 0.19]) ctx.fillRect(x, 0, 0.045, 0.44) // front legs
  ctx.fillStyle = sideLight(ctx, t, -0.25, 0.25)
  ctx.beginPath()
  ctx.roundRect(-0.25, 0.42, 0.5, 0.055, 0.015)
  ctx.fill()
  ctx.fillStyle = t.lit
  ctx.fillRect(-0.25, 0.468, 0.5, 0.008)
}

/** A park bench: slatted seat and back on iron legs with arm rests. */
function bench(ctx: SKRSContext2D, s: FigureStyle, material: Rgb): void {
  const t = tones(s, material)
  const iron = tones(s, IRON)
  contactShadow(ctx, 0.8)
  ctx.fillStyle = sideLight(ctx, t, -0.8, 0.8)
  for (const y of [0.56, 0.66, 0.76]) ctx.fillRect(-0.76, y, 1.52, 0.07)
  ctx.fillStyle = iron.face
  for (const x of [-0.72, 0.68]) {
    ctx.fillRect(x, 0, 0.05, 0.85)
    ctx.fillRect(x - 0.04, 0.6, 0.13, 0.035) // arm rest
  }
  ctx.fillStyle = sideLight(ctx, t, -0.8, 0.8)
  ctx.fillRect(-0.8, 0.42, 1.6, 0.06)
  ctx.fillStyle = t.lit
  ctx.fillRect(-0.8, 0.472, 1.6, 0.008)
}

/** A table from the front, `width` wide with its top at `height`: top, apron, legs. */
function table(
  ctx: SKRSContext2D,
  s: FigureStyle,
  material: Rgb,
  width = 1.3,
  height = 0.76,
): void {
  const t = tones(s, material)
  const half = width / 2
  const legs = height - 0.06
  contactShadow(ctx, half - 0.03)
  ctx.fillStyle = t.shadow
  for (const x of [-half + 0.15, half - 0.21]) ctx.fillRect(x, 0.02, 0.05, legs - 0.04) // far legs
  ctx.fillStyle = sideLight(ctx, t, -half, half)
  for (const x of [-half + 0.05, half - 0.11]) ctx.fillRect(x, 0, 0.06, legs)
  ctx.fillRect(-half + 0.07, legs - 0.08, width - 0.14, 0.08)
  ctx.beginPath()
  ctx.roundRect(-half, legs, width, 0.06, 0.01)
  ctx.fill()
  ctx.fillStyle = t.lit
  ctx.fillRect(-half, height - 0.008, width, 0.008)
}

/** An open umbrella leaning on its handle: canopy with ribs and a scalloped edge, shaft, crook. */
function umbrella(ctx: SKRSContext2D, s: FigureStyle, material: Rgb): void {
  const t = tones(s, material)
  contactShadow(ctx, 0.3)
  ctx.save()
  // Leaning a little, its canopy over the origin.
  ctx.translate(-0.085, 0.01)
  ctx.rotate(-0.12)
  ctx.strokeStyle = s.dark
  ctx.lineWidth = 0.02
  ctx.beginPath()
  ctx.moveTo(0, 1.0)
  ctx.lineTo(0, 0.05)
  ctx.arc(-0.05, 0.05, 0.05, 0, Math.PI, true) // the crook, on the ground
  ctx.stroke()
  ctx.fillStyle = sideLight(ctx, t, -0.5, 0.5)
  ctx.beginPath()
  ctx.moveTo(-0.5, 0.7)
  ctx.bezierCurveTo(-0.48, 0.9, -0.22, 0.98, 0, 0.98)
  ctx.bezierCurveTo(0.22, 0.98, 0.48, 0.9, 0.5, 0.7)
  for (let i = 3; i >= 0; i--) {
    const x = -0.5 + i * 0.25
    ctx.quadraticCurveTo(x + 0.125, 0.75, x, 0.7)
  }
  ctx.fill()
  ctx.strokeStyle = t.shadow
  ctx.lineWidth = 0.01
  ctx.beginPath()
  for (const x of [-0.25, 0, 0.25]) {
    ctx.moveTo(0, 0.98)
    ctx.quadraticCurveTo(x * 0.8, 0.9, x, 0.7)
  }
  ctx.stroke()
  ctx.fillStyle = s.dark
  ctx.fillRect(-0.008, 0.98, 0.016, 0.05)
  ctx.restore()
}

/** A ball on the ground, lit from above left, with the dark patches of a football's panels. */
function ball(ctx: SKRSContext2D, s: FigureStyle, material: Rgb): void {
  const r = 0.11
  const t = tones(s, material)
  contactShadow(ctx, 0.1)
  const gradient = ctx.createRadialGradient(-0.04, r + 0.04, 0.005, 0, r, r)
  gradient.addColorStop(0, t.lit)
  gradient.addColorStop(0.55, t.face)
  gradient.addColorStop(1, t.shadow)
  ctx.fillStyle = gradient
  ctx.beginPath()
  ctx.arc(0, r, r, 0, Math.PI * 2)
  ctx.fill()
  ctx.fillStyle = tones(s, hex('#26272b')).face
  for (const [x, y, size] of [
    [0.01, 0.12, 0.03],
    [-0.065, 0.07, 0.022],
    [0.07, 0.06, 0.022],
    [-0.03, 0.19, 0.02],
    [0.06, 0.175, 0.018],
  ] as const) {
    ctx.beginPath()
    ctx.arc(x, y, size, 0, Math.PI * 2)
    ctx.fill()
  }
}
