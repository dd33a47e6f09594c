/** A person drawn in world metres (feet at the origin, facing +x), with a walk or run cycle. */
import type { SKRSContext2D } from '../canvas.js'
import type { FigureStyle } from './figures.js'

/** A limb hanging from (x, y), swung by `angle` radians. */
export function limb(
  ctx: SKRSContext2D,
  x: number,
  y: number,
  angle: number,
  length: number,
  width: number,
): void {
  ctx.save()
  ctx.translate(x, y)
  ctx.rotate(angle)
  ctx.fillRect(-width / 2, -length, width, length)
  ctx.restore()
}

/**
 * A leg hanging from the hip at (x, y): the thigh swung by `swing` radians, the shin turned from
 * the knee by `bend` (negative: the heel lifts behind), and a foot pointing forward.
 */
function leg(
  ctx: SKRSContext2D,
  x: number,
  y: number,
  swing: number,
  bend: number,
  width: number,
): void {
  const thigh = 0.48
  const shin = 0.47
  ctx.save()
  ctx.translate(x, y)
  ctx.rotate(swing)
  ctx.fillRect(-width / 2, -thigh - width / 4, width, thigh + width / 4)
  ctx.translate(0, -thigh)
  ctx.rotate(bend)
  ctx.fillRect(-width * 0.42, -shin, width * 0.84, shin)
  ctx.fillRect(-width * 0.42, -shin, width * 0.84 + 0.09, 0.055)
  ctx.restore()
}

export function person(
  ctx: SKRSContext2D,
  s: FigureStyle,
  gait: 'still' | 'walk' | 'run',
  phase: number,
): void {
  const swing = gait === 'run' ? 0.75 : gait === 'walk' ? 0.4 : 0
  const a = Math.sin(phase * Math.PI * 2) * swing
  const lean = gait === 'run' ? -0.18 : 0
  const bounce =
    gait === 'still' ? 0 : Math.abs(Math.cos(phase * Math.PI * 2)) * (gait === 'run' ? 0.06 : 0.025)
  // Each knee bends while its leg swings forward, more at a run.
  const cycle = Math.cos(phase * Math.PI * 2)
  const knee = gait === 'run' ? 1.2 : gait === 'walk' ? 0.55 : 0
  ctx.save()
  ctx.translate(0, bounce)
  // Far limbs (darker), body and head, then near limbs over the body.
  ctx.fillStyle = s.dark
  leg(ctx, 0, 0.95, -a, -knee * Math.max(0, cycle), 0.15)
  limb(ctx, 0, 1.42, a * 0.9, 0.6, 0.1)
  ctx.rotate(lean)
  ctx.fillStyle = s.main
  ctx.beginPath()
  ctx.moveTo(-0.15, 0.9)
  ctx.lineTo(0.15, 0.9)
  ctx.bezierCurveTo(0.17, 1.15, 0.2, 1.3, 0.21, 1.4)
  ctx.quadraticCurveTo(0.2, 1.49, 0.08, 1.5)
  ctx.lineTo(-0.08, 1.5)
  ctx.quadraticCurveTo(-0.2, 1.49, -0.21, 1.4)
  ctx.bezierCurveTo(-0.2, 1.3, -0.17, 1.15, -0.15, 0.9)
  ctx.fill()
  head(ctx, s)
  ctx.fillStyle = s.secondary
  leg(ctx, 0, 0.95, a, -knee * Math.max(0, -cycle), 0.16)
  ctx.fillStyle = s.main
  limb(ctx, 0.02, 1.42, -a * 0.9, 0.6, 0.11)
  ctx.fillStyle = s.skin
  ctx.save()
  ctx.translate(0.02, 1.42)
  ctx.rotate(-a * 0.9)
  ctx.beginPath()
  ctx.arc(0, -0.63, 0.05, 0, Math.PI * 2)
  ctx.fill()
  ctx.restore()
  ctx.restore()
}

/** A head in three-quarter profile facing +x: neck, ear, hair, eye, brow, nose, mouth. */
function head(ctx: SKRSContext2D, s: FigureStyle): void {
  ctx.fillStyle = s.skin
  ctx.fillRect(-0.045, 1.47, 0.09, 0.1)
  ctx.beginPath()
  ctx.ellipse(0.01, 1.66, 0.095, 0.118, 0, 0, Math.PI * 2)
  ctx.fill()
  // Nose.
  ctx.beginPath()
  ctx.moveTo(0.095, 1.675)
  ctx.lineTo(0.125, 1.635)
  ctx.lineTo(0.095, 1.628)
  ctx.fill()
  ctx.fillStyle = s.dark
  // Hair over the crown and the back of the head.
  ctx.beginPath()
  ctx.moveTo(0.1, 1.7)
  ctx.quadraticCurveTo(0.09, 1.8, 0.0, 1.79)
  ctx.quadraticCurveTo(-0.1, 1.78, -0.095, 1.66)
  ctx.quadraticCurveTo(-0.09, 1.6, -0.06, 1.57)
  ctx.lineTo(-0.03, 1.64)
  ctx.quadraticCurveTo(0.02, 1.71, 0.1, 1.7)
  ctx.fill()
  // Eye and brow, mouth.
  ctx.beginPath()
  ctx.ellipse(0.058, 1.667, 0.013, 0.009, 0, 0, Math.PI * 2)
  ctx.fill()
  ctx.fillRect(0.04, 1.683, 0.038, 0.007)
  ctx.fillRect(0.055, 1.601, 0.035, 0.006)
  // Ear.
  ctx.fillStyle = s.secondary
  ctx.globalAlpha = 0.35
  ctx.beginPath()
  ctx.ellipse(-0.012, 1.655, 0.018, 0.03, 0, 0, Math.PI * 2)
  ctx.fill()
  ctx.globalAlpha = 1
}
