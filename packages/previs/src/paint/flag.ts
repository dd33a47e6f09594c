/** A flag held by its pole (carried.ts), in world metres about the fist, +x the way the person faces. */
import type { SKRSContext2D } from '../canvas.js'
import { hex, type Rgb } from '../color.js'
import type { FigureStyle } from './figures.js'
import { sideLight, tones } from './object-props.js'
import { MATERIALS } from './paint-context.js'

/**
 * A flag on a pole held upright in the fist: the pole 2.2 m from its foot, the cloth flying from
 * its top, a white band across it, rippling a little.
 */
export function flag(ctx: SKRSContext2D, s: FigureStyle, material: Rgb): void {
  const pole = tones(s, MATERIALS.wood)
  ctx.fillStyle = sideLight(ctx, pole, -0.02, 0.02)
  ctx.fillRect(-0.016, -0.9, 0.032, 2.2)
  const cloth = tones(s, material)
  const top = 1.3
  const ripple = (x: number) => Math.sin(x * 7) * 0.04
  ctx.fillStyle = cloth.face
  ctx.beginPath()
  ctx.moveTo(-0.016, top)
  for (let x = 0; x <= 0.9; x += 0.1) ctx.lineTo(-0.016 - x, top + ripple(x))
  for (let x = 0.9; x >= 0; x -= 0.1) ctx.lineTo(-0.016 - x, top - 0.55 + ripple(x))
  ctx.closePath()
  ctx.fill()
  ctx.fillStyle = s.tint(hex('#f1efe9'))
  ctx.beginPath()
  for (let x = 0; x <= 0.9; x += 0.1) ctx.lineTo(-0.016 - x, top - 0.22 + ripple(x))
  for (let x = 0.9; x >= 0; x -= 0.1) ctx.lineTo(-0.016 - x, top - 0.33 + ripple(x))
  ctx.closePath()
  ctx.fill()
}
