/**
 * A person on hands and knees, in world metres facing +x with the ground at y = 0 (as person.ts
 * draws someone standing): knees and hands on the ground, the back level at about 0.6 m, the head
 * up and looking ahead. Crawling, the limbs move in diagonal pairs, far hand with near knee.
 */
import type { SKRSContext2D } from '../canvas.js'
import type { Hair } from '../subject-clothes.js'
import type { Hat } from '../subject-hats.js'
import type { FigureStyle } from './figures.js'
import { head, limb, torso } from './person.js'

/**
 * Where the hips and the shoulders are (m): the shoulders over the origin, so that a closer shot,
 * framed on the origin, has the head and shoulders in it.
 */
const HIPS = { x: -0.62, y: 0.52 }
const SHOULDERS = { x: 0.02, y: 0.62 }
const THIGH = 0.5
const SHIN = 0.45
const ARM = 0.6
/** How far a knee or a hand moves along the ground through a step (m either way). */
const STEP = 0.1

/**
 * `phase`: the crawl cycle (0..1, 0 when still). The far limbs are drawn dark behind the body,
 * the near ones over it.
 */
export function crawlingPerson(
  ctx: SKRSContext2D,
  s: FigureStyle,
  phase: number,
  hair?: Hair,
  hat?: Hat,
): void {
  const swing = Math.sin(phase * Math.PI * 2) * STEP
  // The diagonal pairs: far hand with near knee, near hand with far knee.
  const far = { hand: swing, knee: -swing }
  const near = { hand: -swing, knee: swing }
  ctx.save()
  ctx.fillStyle = s.farLimbs
  leg(ctx, far.knee, 0.15)
  arm(ctx, far.hand, 0.1)
  // The body level from the hips to the shoulders (the torso's own hips at 0.9 m, shoulders 1.5 m).
  const dx = SHOULDERS.x - HIPS.x
  const dy = SHOULDERS.y - HIPS.y
  ctx.save()
  ctx.translate(HIPS.x, HIPS.y)
  ctx.rotate(Math.atan2(dy, dx) - Math.PI / 2)
  ctx.scale(1, Math.hypot(dx, dy) / 0.6)
  ctx.translate(0, -0.9)
  ctx.fillStyle = s.main
  torso(ctx)
  ctx.restore()
  // The head raised on its neck, looking ahead of the hands.
  ctx.save()
  ctx.translate(SHOULDERS.x + 0.08, SHOULDERS.y + 0.02)
  ctx.rotate(-0.35)
  ctx.translate(0, -1.47)
  head(ctx, s, hair, hat)
  ctx.restore()
  ctx.fillStyle = s.secondary
  leg(ctx, near.knee, 0.16)
  ctx.fillStyle = s.main
  arm(ctx, near.hand, 0.11)
  ctx.restore()
}

/** A leg from the hips down to the knee on the ground, `reach` along it, the shin back along it. */
function leg(ctx: SKRSContext2D, reach: number, width: number): void {
  const kneeX = HIPS.x + reach
  limb(ctx, HIPS.x, HIPS.y, Math.atan2(kneeX - HIPS.x, HIPS.y), THIGH, width)
  ctx.fillRect(kneeX - SHIN, 0, SHIN, width * 0.8)
}

/** An arm straight down from the shoulder to the hand on the ground, `reach` along it. */
function arm(ctx: SKRSContext2D, reach: number, width: number): void {
  const handX = SHOULDERS.x + reach
  limb(ctx, SHOULDERS.x, SHOULDERS.y, Math.atan2(handX - SHOULDERS.x, SHOULDERS.y), ARM, width)
}
