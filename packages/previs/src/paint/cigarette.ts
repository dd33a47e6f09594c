/** A cigarette between the fingers (carried.ts), in world metres about the fist. */
import type { SKRSContext2D } from '../canvas.js'
import { hex } from '../color.js'
import type { FigureStyle } from './figures.js'
import { GLOW } from './object-props.js'

const PAPER = hex('#ece6d6')
const SMOKE = hex('#d8dadc')

/**
 * A cigarette between the fingers, pointing ahead of the fist: its tip glows, and a thread of
 * smoke rises from it, unless it is out.
 */
export function cigarette(ctx: SKRSContext2D, s: FigureStyle, lit: boolean): void {
  ctx.fillStyle = s.tint(PAPER)
  ctx.fillRect(0.03, 0.012, 0.075, 0.009)
  if (!lit) return
  ctx.fillStyle = GLOW
  ctx.beginPath()
  ctx.arc(0.107, 0.0165, 0.007, 0, Math.PI * 2)
  ctx.fill()
  ctx.strokeStyle = s.tint(SMOKE)
  ctx.globalAlpha = 0.45
  ctx.lineWidth = 0.006
  ctx.beginPath()
  ctx.moveTo(0.107, 0.025)
  ctx.bezierCurveTo(0.13, 0.09, 0.08, 0.14, 0.11, 0.22)
  ctx.stroke()
  ctx.globalAlpha = 1
}
