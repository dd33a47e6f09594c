/**
 * Vehicles, in world metres facing right (front at +x), wheels on the ground at y = 0 and
 * turning with `phase` (turns of the wheel): a car, a van, a box truck, a bus, a motorcycle with
 * its rider, or a bicycle (`vehicleModel` in subject-words.ts picks one by the noun). Lamps light
 * after dark.
 */
import type { SKRSContext2D } from '../canvas.js'
import type { VehicleModel } from '../subject-words.js'
import type { FigureStyle } from './figures.js'
import { train } from './train.js'
import { airliner, helicopter } from './aircraft.js'
import { fillOutlines } from './paint-context.js'

const LIT = '#fff1c0'

export function drawVehicle(
  ctx: SKRSContext2D,
  s: FigureStyle,
  model: VehicleModel,
  phase: number,
  /** Ridden by a person of its own: a motorcycle leaves out the rider it is drawn with. */
  ridden = false,
  /** Seconds into the action, for a helicopter's rotors. */
  seconds = 0,
): void {
  switch (model) {
    case 'car':
      return car(ctx, s, phase)
    case 'van':
      return van(ctx, s, phase)
    case 'truck':
      return truck(ctx, s, phase)
    case 'bus':
      return bus(ctx, s, phase)
    case 'motorcycle':
      return motorcycle(ctx, s, phase, ridden)
    case 'bicycle':
      return bicycle(ctx, s, phase)
    case 'train':
      return train(ctx, s, phase)
    case 'plane':
      return airliner(ctx, s)
    case 'helicopter':
      return helicopter(ctx, s, seconds)
  }
}

function car(ctx: SKRSContext2D, s: FigureStyle, phase: number): void {
  ctx.fillStyle = s.main
  fillOutlines(
    ctx,
    [-2.2, 0.35, -2.2, 0.95, -1.2, 1.05, -0.7, 1.45, 0.9, 1.45, 1.5, 1.0, 2.2, 0.9, 2.2, 0.35],
  )
  ctx.fillStyle = s.light
  fillOutlines(
    ctx,
    [-0.55, 1.06, -0.55, 1.36, 0.08, 1.36, 0.08, 1.06],
    [0.18, 1.06, 0.18, 1.36, 0.85, 1.36, 1.25, 1.06],
  )
  ctx.fillStyle = s.lampsLit ? LIT : s.light
  ctx.fillRect(2.05, 0.7, 0.15, 0.14)
  for (const x of [-1.35, 1.35]) wheel(ctx, s, x, 0.35, phase, 0.2, 0.04)
}

/** A panel van: a tall box with a sloping cab front, a side window, sliding door lines. */
function van(ctx: SKRSContext2D, s: FigureStyle, phase: number): void {
  ctx.fillStyle = s.main
  fillOutlines(ctx, [-2.5, 0.35, -2.5, 2.1, 1.25, 2.1, 2.15, 1.25, 2.5, 1.1, 2.5, 0.35])
  ctx.fillStyle = s.light
  fillOutlines(ctx, [1.05, 1.3, 1.05, 1.92, 1.32, 1.92, 1.95, 1.3])
  ctx.fillStyle = s.dark
  ctx.fillRect(-0.3, 0.45, 0.03, 1.5)
  ctx.fillRect(0.95, 0.45, 0.03, 1.5)
  ctx.fillStyle = s.lampsLit ? LIT : s.light
  ctx.fillRect(2.36, 0.8, 0.14, 0.16)
  for (const x of [-1.6, 1.6]) wheel(ctx, s, x, 0.37, phase)
}

/** A box truck: a cab in front, a tall cargo box behind it, twin rear wheels. */
function truck(ctx: SKRSContext2D, s: FigureStyle, phase: number): void {
  ctx.fillStyle = s.secondary
  ctx.fillRect(-3.75, 0.6, 5.2, 2.4)
  ctx.fillStyle = s.dark
  ctx.fillRect(-3.75, 0.45, 7.5, 0.2)
  ctx.fillStyle = s.main
  fillOutlines(ctx, [1.6, 0.45, 1.6, 2.6, 2.9, 2.6, 3.75, 1.7, 3.75, 0.45])
  ctx.fillStyle = s.light
  fillOutlines(ctx, [2.35, 1.7, 2.35, 2.42, 2.85, 2.42, 3.5, 1.7])
  ctx.fillStyle = s.lampsLit ? LIT : s.light
  ctx.fillRect(3.62, 0.95, 0.13, 0.2)
  for (const x of [-2.65, -1.55, 2.7]) wheel(ctx, s, x, 0.5, phase)
}

/** A single-deck bus: long, rounded, a row of windows, the door behind the front wheel. */
function bus(ctx: SKRSContext2D, s: FigureStyle, phase: number): void {
  ctx.fillStyle = s.main
  ctx.beginPath()
  ctx.roundRect(-5.5, 0.35, 11, 2.75, 0.25)
  ctx.fill()
  ctx.fillStyle = s.lampsLit ? '#ffe3a8' : s.light
  for (let x = -5.0; x < 3.2; x += 1.25) ctx.fillRect(x, 1.65, 1.1, 0.95)
  ctx.fillStyle = s.light
  ctx.fillRect(4.6, 1.3, 0.75, 1.3)
  ctx.fillStyle = s.dark
  ctx.fillRect(3.5, 0.5, 0.9, 2.2)
  ctx.fillRect(-5.5, 1.35, 11, 0.06)
  ctx.fillStyle = s.lampsLit ? LIT : s.light
  ctx.fillRect(5.35, 0.7, 0.15, 0.2)
  for (const x of [-3.6, 3.0]) wheel(ctx, s, x, 0.5, phase)
}

/** A motorcycle and its helmeted rider leaning over the tank. */
function motorcycle(ctx: SKRSContext2D, s: FigureStyle, phase: number, ridden: boolean): void {
  for (const x of [-0.7, 0.7]) wheel(ctx, s, x, 0.32, phase, 0.24, 0.018)
  ctx.strokeStyle = s.dark
  ctx.lineWidth = 0.07
  ctx.beginPath()
  ctx.moveTo(-0.7, 0.32)
  ctx.lineTo(-0.1, 0.5)
  ctx.lineTo(0.45, 0.5)
  ctx.lineTo(0.7, 0.32)
  ctx.moveTo(0.7, 0.32)
  ctx.lineTo(0.5, 1.0)
  ctx.stroke()
  // Tank, engine and seat.
  ctx.fillStyle = s.main
  ctx.beginPath()
  ctx.ellipse(0.25, 0.8, 0.3, 0.13, -0.1, 0, Math.PI * 2)
  ctx.fill()
  ctx.fillStyle = s.dark
  ctx.fillRect(-0.05, 0.38, 0.4, 0.3)
  ctx.fillRect(-0.45, 0.72, 0.5, 0.09)
  // The rider: leg to the footpeg, body over the tank, arm to the bars, helmet.
  if (ridden) return headlamp(ctx, s)
  ctx.fillStyle = s.secondary
  fillOutlines(ctx, [-0.35, 0.8, 0.05, 0.95, 0.15, 0.5, 0.02, 0.45, -0.15, 0.78])
  fillOutlines(ctx, [-0.4, 0.78, -0.15, 1.4, 0.15, 1.45, 0.05, 0.82])
  ctx.strokeStyle = s.secondary
  ctx.lineWidth = 0.09
  ctx.beginPath()
  ctx.moveTo(0.05, 1.35)
  ctx.lineTo(0.5, 1.02)
  ctx.stroke()
  ctx.fillStyle = s.main
  ctx.beginPath()
  ctx.arc(0.12, 1.55, 0.14, 0, Math.PI * 2)
  ctx.fill()
  ctx.fillStyle = s.dark
  ctx.fillRect(0.16, 1.5, 0.1, 0.07)
  headlamp(ctx, s)
}

function headlamp(ctx: SKRSContext2D, s: FigureStyle): void {
  ctx.fillStyle = s.lampsLit ? LIT : s.light
  ctx.beginPath()
  ctx.arc(0.62, 0.95, 0.06, 0, Math.PI * 2)
  ctx.fill()
}

/** A bicycle: two thin wheels, the frame in its paint, saddle, handlebars and pedals. */
function bicycle(ctx: SKRSContext2D, s: FigureStyle, phase: number): void {
  for (const x of [-0.55, 0.55]) {
    ctx.strokeStyle = s.dark
    ctx.lineWidth = 0.045
    ctx.beginPath()
    ctx.arc(x, 0.33, 0.31, 0, Math.PI * 2)
    ctx.stroke()
    ctx.lineWidth = 0.012
    ctx.beginPath()
    for (let spoke = 0; spoke < 6; spoke++) {
      const angle = -phase * Math.PI * 2 + (spoke * Math.PI) / 3
      ctx.moveTo(x, 0.33)
      ctx.lineTo(x + 0.3 * Math.cos(angle), 0.33 + 0.3 * Math.sin(angle))
    }
    ctx.stroke()
  }
  ctx.strokeStyle = s.main
  ctx.lineWidth = 0.045
  ctx.beginPath()
  ctx.moveTo(-0.55, 0.33)
  ctx.lineTo(-0.05, 0.33)
  ctx.lineTo(0.38, 0.78)
  ctx.lineTo(-0.15, 0.8)
  ctx.closePath()
  ctx.moveTo(-0.05, 0.33)
  ctx.lineTo(-0.2, 0.9)
  ctx.moveTo(0.55, 0.33)
  ctx.lineTo(0.4, 0.95)
  ctx.stroke()
  ctx.fillStyle = s.dark
  ctx.fillRect(-0.32, 0.9, 0.24, 0.05)
  ctx.fillRect(0.32, 0.95, 0.2, 0.04)
  // The cranks turn with the wheels.
  const crank = -phase * Math.PI * 2
  ctx.strokeStyle = s.dark
  ctx.lineWidth = 0.03
  ctx.beginPath()
  ctx.moveTo(-0.05 - 0.15 * Math.cos(crank), 0.33 - 0.15 * Math.sin(crank))
  ctx.lineTo(-0.05 + 0.15 * Math.cos(crank), 0.33 + 0.15 * Math.sin(crank))
  ctx.stroke()
}

/**
 * A wheel at (x, radius) turned by `phase`: the tyre and two spokes, each `spoke` long either way
 * from the hub and `thick` either way across.
 */
function wheel(
  ctx: SKRSContext2D,
  s: FigureStyle,
  x: number,
  radius: number,
  phase: number,
  spoke = radius * 0.57,
  thick = radius * 0.115,
): void {
  ctx.fillStyle = s.dark
  ctx.beginPath()
  ctx.arc(x, radius, radius, 0, Math.PI * 2)
  ctx.fill()
  ctx.fillStyle = s.secondary
  ctx.save()
  ctx.translate(x, radius)
  ctx.rotate(-phase * Math.PI * 2)
  ctx.fillRect(-spoke, -thick, spoke * 2, thick * 2)
  ctx.fillRect(-thick, -spoke, thick * 2, spoke * 2)
  ctx.restore()
}
