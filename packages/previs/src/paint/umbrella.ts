/**
 * An umbrella in the hand: open over the head, or furled and carried by its crook, in the colour
 * the words give it, else black.
 */
import type { SKRSContext2D } from '../canvas.js'
import { hex, type Rgb } from '../color.js'
import type { FigureStyle } from './figures.js'
import { sideLight, tones } from './object-props.js'

const UMBRELLA = hex('#2a2b33')

export function umbrella(ctx: SKRSContext2D, s: FigureStyle, own: Rgb | null, open: boolean): void {
  if (open) openUmbrella(ctx, s, own ?? UMBRELLA)
  else furledUmbrella(ctx, s, own ?? UMBRELLA)
}

/** An open umbrella held up: the shaft from the fist, the canopy just over the head. */
function openUmbrella(ctx: SKRSContext2D, s: FigureStyle, material: Rgb): void {
  const t = tones(s, material)
  const edge = 0.38
  const top = 0.62
  ctx.save()
  ctx.rotate(0.2) // leaning back over the head
  ctx.strokeStyle = s.dark
  ctx.lineWidth = 0.018
  ctx.beginPath()
  ctx.moveTo(0, top)
  ctx.lineTo(0, -0.06)
  ctx.arc(-0.04, -0.06, 0.04, 0, Math.PI)
  ctx.stroke()
  ctx.fillStyle = sideLight(ctx, t, -0.5, 0.5)
  ctx.beginPath()
  ctx.moveTo(-0.5, edge)
  ctx.bezierCurveTo(-0.48, top - 0.07, -0.22, top, 0, top)
  ctx.bezierCurveTo(0.22, top, 0.48, top - 0.07, 0.5, edge)
  for (let i = 3; i >= 0; i--) {
    const x = -0.5 + i * 0.25
    ctx.quadraticCurveTo(x + 0.125, edge + 0.05, x, edge)
  }
  ctx.fill()
  ctx.strokeStyle = t.shadow
  ctx.lineWidth = 0.01
  ctx.beginPath()
  for (const x of [-0.25, 0, 0.25]) {
    ctx.moveTo(0, top)
    ctx.quadraticCurveTo(x * 0.8, top - 0.08, x, edge)
  }
  ctx.stroke()
  ctx.fillStyle = s.dark
  ctx.fillRect(-0.008, top, 0.016, 0.05)
  ctx.restore()
}

/** A furled umbrella carried by its crook, its tip down. */
function furledUmbrella(ctx: SKRSContext2D, s: FigureStyle, material: Rgb): void {
  const t = tones(s, material)
  ctx.strokeStyle = s.dark
  ctx.lineWidth = 0.016
  ctx.beginPath()
  ctx.arc(0.035, 0.02, 0.035, Math.PI, 0, true)
  ctx.moveTo(0, 0.02)
  ctx.lineTo(0, -0.72)
  ctx.stroke()
  ctx.fillStyle = sideLight(ctx, t, -0.035, 0.035)
  ctx.beginPath()
  ctx.moveTo(0, -0.1)
  ctx.quadraticCurveTo(0.04, -0.2, 0.008, -0.64)
  ctx.lineTo(-0.008, -0.64)
  ctx.quadraticCurveTo(-0.04, -0.2, 0, -0.1)
  ctx.fill()
}
