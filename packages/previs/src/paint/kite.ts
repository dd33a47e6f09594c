/**
 * A kite flown from the hand: its line rising forward from the fist in a slack curve to a
 * diamond kite on a cross of spars, about 4.5 m up and 3 m ahead, a tail of bows trailing
 * under it. Drawn in the hand's frame turned back upright (`tilt`: how far the arm has turned it),
 * so the kite flies up whatever the arm does.
 */
import type { SKRSContext2D } from '../canvas.js'
import { mix, hex, type Rgb } from '../color.js'
import type { FigureStyle } from './figures.js'
import { tones } from './object-props.js'

/** Where the kite flies from the hand (m) and its size. */
const KITE = { x: 3.1, y: 3.0, height: 0.95, width: 0.7, lean: -0.35 }

export function kite(ctx: SKRSContext2D, s: FigureStyle, material: Rgb, tilt: number): void {
  const t = tones(s, material)
  ctx.save()
  ctx.rotate(-tilt)
  // The line: slack, sagging below the straight run from the fist to the bridle.
  ctx.strokeStyle = 'rgba(235,235,235,0.7)'
  ctx.lineWidth = 0.02
  ctx.beginPath()
  ctx.moveTo(0, 0)
  ctx.quadraticCurveTo(KITE.x * 0.65, KITE.y * 0.3, KITE.x, KITE.y)
  ctx.stroke()
  ctx.translate(KITE.x, KITE.y)
  ctx.rotate(KITE.lean)
  const top = KITE.height * 0.7
  const bottom = -KITE.height * 0.3
  const half = KITE.width / 2
  // The tail, from the bottom point, in waves with bows along it.
  ctx.strokeStyle = t.shadow
  ctx.lineWidth = 0.015
  ctx.beginPath()
  ctx.moveTo(0, bottom)
  for (let i = 1; i <= 4; i++) {
    ctx.quadraticCurveTo(i % 2 ? 0.12 : -0.12, bottom - 0.25 * i + 0.12, 0, bottom - 0.25 * i)
  }
  ctx.stroke()
  ctx.fillStyle = t.lit
  for (let i = 1; i <= 4; i++) {
    const y = bottom - 0.25 * i
    ctx.beginPath()
    ctx.moveTo(-0.07, y + 0.035)
    ctx.lineTo(0.07, y - 0.035)
    ctx.lineTo(0.07, y + 0.035)
    ctx.lineTo(-0.07, y - 0.035)
    ctx.closePath()
    ctx.fill()
  }
  // The sail: two halves, the far one in shade, and the spars across it.
  ctx.fillStyle = t.face
  ctx.beginPath()
  ctx.moveTo(0, top)
  ctx.lineTo(-half, 0)
  ctx.lineTo(0, bottom)
  ctx.closePath()
  ctx.fill()
  ctx.fillStyle = t.shadow
  ctx.beginPath()
  ctx.moveTo(0, top)
  ctx.lineTo(half, 0)
  ctx.lineTo(0, bottom)
  ctx.closePath()
  ctx.fill()
  ctx.strokeStyle = s.tint(mix(hex('#3a2a1a'), material, 0.2))
  ctx.lineWidth = 0.02
  ctx.beginPath()
  ctx.moveTo(0, top)
  ctx.lineTo(0, bottom)
  ctx.moveTo(-half, 0)
  ctx.lineTo(half, 0)
  ctx.stroke()
  ctx.restore()
}
