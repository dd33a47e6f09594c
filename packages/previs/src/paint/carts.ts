/**
 * Carts and carriages a horse (or a pony, a donkey, an ox) draws, in world metres facing +x with
 * the ground at y = 0 and the middle of the cart at x = 0 (subject-hitched.ts puts the animal
 * ahead): a farm cart, an open box on two big spoked wheels, or a carriage, a closed cab with a
 * window on four wheels and the driver's box in front. Either way the shafts run forward from
 * the front of it to the animal's shoulder, and the wheels turn as it goes.
 */
import type { SKRSContext2D } from '../canvas.js'
import { mix, hex, type Rgb } from '../color.js'
import type { FigureStyle } from './figures.js'
import { MATERIALS } from './paint-context.js'

export type CartShape = 'cart' | 'carriage'

/** Where the shafts reach ahead of the cart's middle, and how high (m): the animal's shoulder. */
export const SHAFT_TIP = { x: 3.2, y: 1.15 }
/** The height of the driver's seat (m), and how far ahead of the cart's middle it is. */
export const DRIVER_SEAT = { cart: { x: 0.85, y: 1.35 }, carriage: { x: 1.35, y: 1.75 } }

type Wheel = { x: number; r: number }

const WHEELS: Record<CartShape, Wheel[]> = {
  cart: [{ x: 0, r: 0.65 }],
  carriage: [
    { x: -0.85, r: 0.62 },
    { x: 1.0, r: 0.45 },
  ],
}

/**
 * A cart or a carriage; `travelled`: metres it has rolled (the wheels turn by as much), `own`: a
 * colour the words gave it.
 */
export function drawCart(
  ctx: SKRSContext2D,
  s: FigureStyle,
  shape: CartShape,
  travelled: number,
  own: Rgb | null,
): void {
  const wood = s.tint(own ?? MATERIALS.wood)
  const dark = s.tint(mix(own ?? MATERIALS.wood, hex('#000000'), 0.45))
  // The far wheels, behind the body.
  for (const wheel of WHEELS[shape]) spokedWheel(ctx, wheel, travelled, s.dark, s.dark, 0.12)
  ctx.fillStyle = dark
  // The shafts from under the front of the body forward to the shoulder (the far one first).
  shaft(ctx, shape === 'cart' ? 1.0 : 1.25, dark)
  if (shape === 'cart') {
    // The box: its side boards, and the seat plank across the front.
    ctx.fillStyle = wood
    ctx.fillRect(-1.15, 0.85, 2.2, 0.6)
    ctx.fillStyle = dark
    for (const y of [1.05, 1.25]) ctx.fillRect(-1.15, y, 2.2, 0.025)
    ctx.fillRect(-1.15, 0.82, 2.2, 0.06)
    ctx.fillRect(0.75, DRIVER_SEAT.cart.y - 0.05, 0.35, 0.06)
  } else {
    // The cab, its window and door, a roof rail; the driver's box and footboard in front.
    ctx.fillStyle = wood
    ctx.beginPath()
    ctx.roundRect(-1.35, 0.8, 2.2, 1.45, 0.12)
    ctx.fill()
    ctx.fillStyle = dark
    ctx.fillRect(-1.42, 2.22, 2.34, 0.08)
    ctx.fillRect(-0.75, 0.95, 0.03, 1.1)
    ctx.fillRect(0.1, 0.95, 0.03, 1.1)
    ctx.fillStyle = s.lampsLit ? '#ffd98a' : s.tint(mix(MATERIALS.glass, hex('#1c2430'), 0.5))
    ctx.fillRect(-0.6, 1.45, 0.6, 0.5)
    ctx.fillStyle = dark
    ctx.fillRect(0.85, 1.2, 0.55, 0.5)
    ctx.fillRect(1.2, DRIVER_SEAT.carriage.y - 0.08, 0.3, 0.08)
    ctx.fillRect(1.3, 0.95, 0.35, 0.05)
  }
  // The near wheels, over the body.
  for (const wheel of WHEELS[shape]) spokedWheel(ctx, wheel, travelled, dark, wood, 0.08)
  shaft(ctx, shape === 'cart' ? 1.0 : 1.25, wood)
}

/** A shaft from under the front of the body (at `from` m ahead of the middle) to the tip. */
function shaft(ctx: SKRSContext2D, from: number, colour: string): void {
  ctx.strokeStyle = colour
  ctx.lineWidth = 0.07
  ctx.lineCap = 'round'
  ctx.beginPath()
  ctx.moveTo(from, 0.9)
  ctx.lineTo(SHAFT_TIP.x, SHAFT_TIP.y)
  ctx.stroke()
  ctx.lineCap = 'butt'
}

/** A wheel with its rim, hub and eight spokes, turned by the distance rolled. */
function spokedWheel(
  ctx: SKRSContext2D,
  { x, r }: Wheel,
  travelled: number,
  rim: string,
  spokes: string,
  width: number,
): void {
  ctx.save()
  ctx.translate(x, r)
  // Rolling forward (+x), a wheel turns clockwise: a negative angle with y up.
  ctx.rotate(-travelled / r)
  ctx.strokeStyle = spokes
  ctx.lineWidth = width * 0.45
  ctx.beginPath()
  for (let i = 0; i < 8; i++) {
    const angle = (i * Math.PI) / 4
    ctx.moveTo(0, 0)
    ctx.lineTo(Math.cos(angle) * r, Math.sin(angle) * r)
  }
  ctx.stroke()
  ctx.strokeStyle = rim
  ctx.lineWidth = width
  ctx.beginPath()
  ctx.arc(0, 0, r - width / 2, 0, Math.PI * 2)
  ctx.stroke()
  ctx.fillStyle = rim
  ctx.beginPath()
  ctx.arc(0, 0, r * 0.16, 0, Math.PI * 2)
  ctx.fill()
  ctx.restore()
}
