/**
 * An explosion the words set off ("a man runs from an explosion", "the car explodes behind her",
 * "a fireball"): a fireball bursts behind the subjects a moment into the take, swells to some
 * 7 m across in a fraction of a second, white-hot at its heart, then burns down and rolls up
 * into black smoke; its flash lights the whole frame for an instant. Drawn in world metres about
 * its foot, y up; fire gives light, so its colours are not shaded by the scene's light.
 */
import type { SKRSContext2D } from '../canvas.js'

/** Seconds into the take when it bursts. */
export const EXPLOSION_AT = 0.4

/** The fireball's full radius (m). */
const RADIUS = 3.6

const EXPLODING =
  /\b(explosions?|explod(e|es|ing|ed)|fireballs?|blasts? (goes|went) off|bombs? (goes|went) off|detonat(es|ing|ed|ion))\b/

/** Whether the shot's words set off an explosion. */
export function explosionSaid(words: string): boolean {
  return EXPLODING.test(words.toLowerCase())
}

/** Lumps round the fireball's edge and puffs of smoke, as (angle, distance, size) shares. */
const LUMPS = [
  [0.3, 0.75, 0.45],
  [1.2, 0.8, 0.4],
  [2.1, 0.7, 0.5],
  [2.9, 0.8, 0.38],
  [4.0, 0.65, 0.42],
  [5.2, 0.75, 0.46],
] as const

/** The explosion `t` seconds after it burst (nothing before). */
export function drawExplosion(ctx: SKRSContext2D, t: number): void {
  if (t < 0) return
  const swell = 1 - Math.exp(-t / 0.16)
  const r = RADIUS * swell + 0.35 * t
  const cy = r * 0.85
  // Smoke rolls up out of it, growing darker as the fire dies.
  const smoke = Math.min(1, t / 1.2)
  ctx.fillStyle = `rgba(38, 34, 32, ${0.35 + 0.5 * smoke})`
  ctx.beginPath()
  for (const [angle, distance, size] of LUMPS) {
    const x = Math.cos(angle) * r * distance * 0.9
    const y = cy + r * 0.6 + t * 1.6 + Math.sin(angle) * r * distance * 0.5
    const radius = r * size * (0.9 + 0.6 * smoke)
    ctx.moveTo(x + radius, y)
    ctx.arc(x, y, radius, 0, Math.PI * 2)
  }
  ctx.fill()
  // The fire: bright while it swells, burning down after a second and a half.
  const burning = t < 1.2 ? 1 : Math.max(0, 1 - (t - 1.2) / 1.6)
  if (burning <= 0) return
  const heat = Math.max(0, 1 - t / 0.9)
  const fire = ctx.createRadialGradient(0, cy, 0, 0, cy, r * 1.25)
  fire.addColorStop(0, `rgba(255, 250, 225, ${burning})`)
  fire.addColorStop(0.25 + 0.25 * (1 - heat), `rgba(255, 196, 74, ${burning})`)
  fire.addColorStop(0.7, `rgba(240, 104, 28, ${burning})`)
  fire.addColorStop(1, `rgba(150, 40, 12, 0)`)
  ctx.fillStyle = fire
  ctx.beginPath()
  ctx.moveTo(r, cy)
  ctx.arc(0, cy, r, 0, Math.PI * 2)
  for (const [angle, distance, size] of LUMPS) {
    const x = Math.cos(angle) * r * distance
    const y = cy + Math.sin(angle) * r * distance
    ctx.moveTo(x + r * size, y)
    ctx.arc(x, y, r * size, 0, Math.PI * 2)
  }
  ctx.fill()
}

/** How strongly the flash whitens the frame `t` seconds after the burst (0 to about 0.4). */
export function explosionFlash(t: number): number {
  return t < 0 ? 0 : 0.4 * Math.exp(-t / 0.12)
}
