/**
 * A train, in world metres facing +x with the rails at y = 0: a locomotive with a sloped nose and
 * a cab window, coupled to one passenger carriage behind it, each with a row of windows (lit after
 * dark) on bogies of small wheels that turn as it goes. About 35 m long and 4.1 m high.
 */
import type { SKRSContext2D } from '../canvas.js'
import type { FigureStyle } from './figures.js'

/** Where the two cars run, from the back of the carriage to the nose of the locomotive (m). */
const CARRIAGE = { from: -17.4, to: 0 }
const LOCOMOTIVE = { from: 0.6, to: 17.4 }
const WHEEL_R = 0.45
/** The top of the bodies, and where they ride above the rails (m). */
const ROOF = 4.1
const FLOOR = 1.0

export function train(ctx: SKRSContext2D, s: FigureStyle, phase: number): void {
  // The carriage, then the coupling, then the locomotive.
  body(ctx, s, CARRIAGE.from, CARRIAGE.to, false)
  ctx.fillStyle = s.dark
  ctx.fillRect(CARRIAGE.to - 0.1, FLOOR + 0.3, LOCOMOTIVE.from - CARRIAGE.to + 0.2, 0.25)
  body(ctx, s, LOCOMOTIVE.from, LOCOMOTIVE.to, true)
  for (const car of [CARRIAGE, LOCOMOTIVE]) {
    for (const bogie of [car.from + 3, car.to - 3]) {
      ctx.fillStyle = s.dark
      ctx.fillRect(bogie - 1.6, WHEEL_R * 0.6, 3.2, FLOOR - WHEEL_R * 0.6)
      for (const x of [bogie - 0.9, bogie + 0.9]) wheel(ctx, s, x, phase)
    }
  }
}

/** A car's body from `from` to `to`: a stripe, windows, and a sloped nose on the locomotive. */
function body(ctx: SKRSContext2D, s: FigureStyle, from: number, to: number, nose: boolean) {
  ctx.fillStyle = s.main
  ctx.beginPath()
  ctx.moveTo(from, FLOOR)
  ctx.lineTo(from, ROOF - 0.25)
  ctx.quadraticCurveTo(from, ROOF, from + 0.4, ROOF)
  if (nose) {
    ctx.lineTo(to - 2.6, ROOF)
    ctx.quadraticCurveTo(to - 0.6, ROOF - 0.2, to, FLOOR + 1.2)
    ctx.lineTo(to, FLOOR)
  } else {
    ctx.lineTo(to - 0.4, ROOF)
    ctx.quadraticCurveTo(to, ROOF, to, ROOF - 0.25)
    ctx.lineTo(to, FLOOR)
  }
  ctx.closePath()
  ctx.fill()
  // A stripe along the side, and the skirt under it.
  ctx.fillStyle = s.secondary
  ctx.fillRect(from, FLOOR + 0.7, to - from - (nose ? 0.15 : 0), 0.28)
  ctx.fillStyle = s.dark
  ctx.fillRect(from, FLOOR - 0.05, to - from, 0.15)
  // Windows: a row along the carriage; on the locomotive, the cab's at the front.
  ctx.fillStyle = s.lampsLit ? '#ffd98a' : s.light
  if (nose) {
    ctx.beginPath()
    ctx.moveTo(to - 2.5, ROOF - 0.35)
    ctx.lineTo(to - 1.0, ROOF - 0.45)
    ctx.lineTo(to - 0.45, FLOOR + 1.85)
    ctx.lineTo(to - 2.5, FLOOR + 1.85)
    ctx.closePath()
    ctx.fill()
    ctx.fillStyle = s.dark
    ctx.fillRect(to - 5, FLOOR + 1.3, 0.9, 1.6)
    return
  }
  for (let x = from + 1.2; x + 1.2 < to - 0.8; x += 1.9) ctx.fillRect(x, FLOOR + 1.45, 1.3, 1.0)
}

/** A wheel at x on the rails, its spokes turned by the gait phase (distance covered). */
function wheel(ctx: SKRSContext2D, s: FigureStyle, x: number, phase: number): void {
  ctx.save()
  ctx.translate(x, WHEEL_R)
  ctx.fillStyle = s.dark
  ctx.beginPath()
  ctx.arc(0, 0, WHEEL_R, 0, Math.PI * 2)
  ctx.fill()
  ctx.rotate(-phase * Math.PI * 2)
  ctx.fillStyle = s.secondary
  ctx.fillRect(-WHEEL_R * 0.8, -0.03, WHEEL_R * 1.6, 0.06)
  ctx.fillRect(-0.03, -WHEEL_R * 0.8, 0.06, WHEEL_R * 1.6)
  ctx.restore()
}
