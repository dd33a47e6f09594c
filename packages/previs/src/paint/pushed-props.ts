/**
 * Things pushed along on wheels, seen from the side and going the way they face, their handles
 * rising back to where the hands push them (subject-objects.ts PUSH_HANDLES says how far back):
 * a pram, a wheelbarrow and a trolley.
 */
import type { SKRSContext2D } from '../canvas.js'
import { hex, type Rgb } from '../color.js'
import type { FigureStyle } from './figures.js'
import { contactShadow, IRON, sideLight, tones } from './object-props.js'
import { MATERIALS } from './paint-context.js'

export function drawPushed(
  ctx: SKRSContext2D,
  shape: 'pram' | 'barrow' | 'trolley',
  s: FigureStyle,
  own: Rgb | null,
  moving: boolean,
): void {
  if (shape === 'pram') return pram(ctx, s, own ?? hex('#2c3a52'))
  if (shape === 'barrow') {
    contactShadow(ctx, 0.6)
    if (!moving) return barrow(ctx, s, own ?? hex('#3f6b4a'))
    // Pushed along, it is lifted onto its wheel: tipped forward about where the wheel meets the
    // ground, its grips up at hand height and its legs clear of the ground.
    ctx.save()
    ctx.translate(BARROW_WHEEL_X, 0)
    ctx.rotate(-BARROW_LIFT)
    ctx.translate(-BARROW_WHEEL_X, 0)
    barrow(ctx, s, own ?? hex('#3f6b4a'))
    ctx.restore()
    return
  }
  return trolley(ctx, s, own ?? hex('#a9adb3'))
}

/**
 * A pram seen from the side, going the way it faces: the body on its springs between two wheels,
 * the hood folded up over the back, and the handle rising back to where the hands push it.
 */
function pram(ctx: SKRSContext2D, s: FigureStyle, material: Rgb): void {
  const t = tones(s, material)
  const iron = tones(s, IRON)
  contactShadow(ctx, 0.45)
  ctx.strokeStyle = iron.face
  ctx.lineWidth = 0.025
  ctx.beginPath()
  // The handle, from the back of the body up and back to the grip.
  ctx.moveTo(-0.25, 0.45)
  ctx.lineTo(-0.48, 1.0)
  ctx.stroke()
  ctx.fillStyle = iron.face
  ctx.fillRect(-0.5, 0.98, 0.06, 0.07)
  wheels(ctx, iron, [-0.25, 0.28], 0.14, 0.04)
  ctx.fillStyle = sideLight(ctx, t, -0.35, 0.35)
  ctx.beginPath()
  ctx.roundRect(-0.33, 0.34, 0.68, 0.34, 0.12)
  ctx.fill()
  // The hood over the back half.
  ctx.fillStyle = t.shadow
  ctx.beginPath()
  ctx.moveTo(-0.33, 0.62)
  ctx.quadraticCurveTo(-0.3, 0.98, 0.05, 0.95)
  ctx.lineTo(0.02, 0.62)
  ctx.closePath()
  ctx.fill()
}

/** Wheels of radius `r` standing on the ground at each x, in iron, their hubs lit. */
function wheels(
  ctx: SKRSContext2D,
  iron: ReturnType<typeof tones>,
  xs: readonly number[],
  r: number,
  hub: number,
): void {
  ctx.fillStyle = iron.face
  for (const x of xs) {
    ctx.beginPath()
    ctx.arc(x, r, r, 0, Math.PI * 2)
    ctx.fill()
  }
  ctx.fillStyle = iron.lit
  for (const x of xs) {
    ctx.beginPath()
    ctx.arc(x, r, hub, 0, Math.PI * 2)
    ctx.fill()
  }
}

/** Where a wheelbarrow's wheel meets the ground, and how far it is tipped up when pushed. */
const BARROW_WHEEL_X = 0.5
const BARROW_LIFT = 0.2

/**
 * A wheelbarrow: a deep steel tray over one wheel at the front, two handles running back and up
 * to the grips, and two legs under the back of the tray that it rests on when put down.
 */
function barrow(ctx: SKRSContext2D, s: FigureStyle, material: Rgb): void {
  const t = tones(s, material)
  const iron = tones(s, IRON)
  const wood = tones(s, MATERIALS.wood)
  // The wheel, its hub, and a leg under the back.
  wheels(ctx, iron, [0.5], 0.19, 0.05)
  ctx.strokeStyle = iron.face
  ctx.lineWidth = 0.035
  ctx.beginPath()
  ctx.moveTo(-0.3, 0.36)
  ctx.lineTo(-0.34, 0.0)
  ctx.stroke()
  // The handles, from the wheel's axle back and up to the grips.
  ctx.strokeStyle = wood.face
  ctx.lineWidth = 0.045
  ctx.lineCap = 'round'
  ctx.beginPath()
  ctx.moveTo(0.5, 0.19)
  ctx.lineTo(-0.72, 0.7)
  ctx.stroke()
  // The tray: wide at the rim, narrowing to its floor, the front sloping out over the wheel.
  ctx.fillStyle = sideLight(ctx, t, -0.45, 0.6)
  ctx.beginPath()
  ctx.moveTo(-0.45, 0.62)
  ctx.lineTo(0.62, 0.62)
  ctx.lineTo(0.3, 0.3)
  ctx.lineTo(-0.25, 0.3)
  ctx.closePath()
  ctx.fill()
  ctx.fillStyle = t.shadow
  ctx.fillRect(-0.45, 0.6, 1.07, 0.03)
}

/**
 * A trolley: a wire basket on a chassis with four small castor wheels, a bottom rack, and the
 * handle bar at the back at hand height.
 */
function trolley(ctx: SKRSContext2D, s: FigureStyle, material: Rgb): void {
  const t = tones(s, material)
  const iron = tones(s, IRON)
  contactShadow(ctx, 0.42)
  ctx.fillStyle = iron.face
  for (const x of [-0.34, 0.34]) {
    ctx.beginPath()
    ctx.arc(x, 0.055, 0.055, 0, Math.PI * 2)
    ctx.fill()
  }
  ctx.strokeStyle = t.face
  ctx.lineWidth = 0.025
  ctx.lineCap = 'round'
  ctx.beginPath()
  // The chassis and its bottom rack, and the frame up the back to the handle.
  ctx.moveTo(-0.36, 0.11)
  ctx.lineTo(0.36, 0.11)
  ctx.moveTo(-0.3, 0.2)
  ctx.lineTo(0.3, 0.2)
  ctx.moveTo(-0.36, 0.11)
  ctx.lineTo(-0.42, 0.98)
  ctx.moveTo(0.36, 0.11)
  ctx.lineTo(0.4, 0.52)
  ctx.stroke()
  // The basket, deeper at the back, drawn as its mesh.
  ctx.fillStyle = s.tint(material)
  ctx.globalAlpha = 0.35
  ctx.beginPath()
  ctx.moveTo(-0.4, 0.9)
  ctx.lineTo(0.46, 0.88)
  ctx.lineTo(0.4, 0.5)
  ctx.lineTo(-0.37, 0.46)
  ctx.closePath()
  ctx.fill()
  ctx.globalAlpha = 1
  ctx.strokeStyle = t.lit
  ctx.lineWidth = 0.012
  ctx.beginPath()
  for (let x = -0.3; x <= 0.42; x += 0.09) {
    ctx.moveTo(x, 0.89)
    ctx.lineTo(x - 0.02, 0.48)
  }
  for (const y of [0.62, 0.76]) {
    ctx.moveTo(-0.39, y)
    ctx.lineTo(0.43, y)
  }
  ctx.stroke()
  ctx.strokeStyle = t.face
  ctx.lineWidth = 0.025
  ctx.beginPath()
  ctx.moveTo(-0.4, 0.9)
  ctx.lineTo(0.46, 0.88)
  ctx.lineTo(0.4, 0.5)
  ctx.lineTo(-0.37, 0.46)
  ctx.closePath()
  ctx.stroke()
  // The handle bar behind the basket, where the hands grip it.
  ctx.fillStyle = s.tint(hex('#b03a2e'))
  ctx.fillRect(-0.5, 0.97, 0.1, 0.06)
}
