/**
 * Small open boats, in world metres facing right (bow at +x), with the waterline at y = 0, as
 * boat.ts draws every boat: a rowing boat (a dinghy, a skiff) with a square transom, a canoe with
 * both ends swept up, and a low decked kayak. The hull runs on below the waterline, where boat.ts
 * clips it. Who sits in them is drawn by paint/aboard.ts, over the hull from the gunwale up.
 */
import type { SKRSContext2D } from '../canvas.js'
import type { BoatModel } from '../subject-words.js'
import type { FigureStyle } from './figures.js'

/** How far the hull runs on below the waterline (m). */
const DRAFT = 0.3

/** Half the length of each small boat (m), for the broken water along it. */
export const SMALL_BOAT_HALF_LENGTH = { rowboat: 1.8, canoe: 2.4, kayak: 2.2 }

export type SmallBoatModel = Extract<BoatModel, 'rowboat' | 'canoe' | 'kayak'>

export function isSmallBoat(model: BoatModel): model is SmallBoatModel {
  return model === 'rowboat' || model === 'canoe' || model === 'kayak'
}

export function smallBoat(ctx: SKRSContext2D, s: FigureStyle, model: SmallBoatModel): void {
  if (model === 'rowboat') rowboat(ctx, s)
  else if (model === 'canoe') canoe(ctx, s)
  else kayak(ctx, s)
}

/** A rowing boat 3.6 m long: a square transom astern, the sheer rising to the bow, rowlocks. */
function rowboat(ctx: SKRSContext2D, s: FigureStyle): void {
  ctx.fillStyle = s.main
  ctx.beginPath()
  ctx.moveTo(-1.8, 0.62)
  ctx.quadraticCurveTo(0, 0.42, 1.8, 0.7)
  ctx.quadraticCurveTo(1.55, 0.1, 1.2, -DRAFT)
  ctx.lineTo(-1.6, -DRAFT)
  ctx.lineTo(-1.75, 0.1)
  ctx.closePath()
  ctx.fill()
  // The gunwale along the sheer, and a rowlock either side of the rower's thwart.
  ctx.strokeStyle = s.secondary
  ctx.lineWidth = 0.06
  ctx.beginPath()
  ctx.moveTo(-1.78, 0.59)
  ctx.quadraticCurveTo(0, 0.39, 1.76, 0.67)
  ctx.stroke()
  ctx.fillStyle = s.dark
  ctx.fillRect(-0.24, 0.5, 0.05, 0.1)
  // The planks' lap lines.
  ctx.strokeStyle = s.dark
  ctx.lineWidth = 0.015
  for (const drop of [0.16, 0.32]) {
    ctx.beginPath()
    ctx.moveTo(-1.76, 0.6 - drop)
    ctx.quadraticCurveTo(0, 0.42 - drop * 1.1, 1.72 - drop * 0.7, 0.66 - drop)
    ctx.stroke()
  }
}

/** A canoe 4.8 m long, both ends swept up to 0.65 m, low amidships. */
function canoe(ctx: SKRSContext2D, s: FigureStyle): void {
  ctx.fillStyle = s.main
  ctx.beginPath()
  ctx.moveTo(-2.4, 0.65)
  ctx.quadraticCurveTo(0, 0.11, 2.4, 0.65)
  ctx.quadraticCurveTo(2.2, -0.1, 1.7, -DRAFT)
  ctx.lineTo(-1.7, -DRAFT)
  ctx.quadraticCurveTo(-2.2, -0.1, -2.4, 0.65)
  ctx.closePath()
  ctx.fill()
  ctx.strokeStyle = s.secondary
  ctx.lineWidth = 0.05
  ctx.beginPath()
  ctx.moveTo(-2.36, 0.61)
  ctx.quadraticCurveTo(0, 0.08, 2.36, 0.61)
  ctx.stroke()
}

/** A kayak 4.4 m long, decked over but for its cockpit, its pointed ends low on the water. */
function kayak(ctx: SKRSContext2D, s: FigureStyle): void {
  ctx.fillStyle = s.main
  ctx.beginPath()
  ctx.moveTo(-2.2, 0.2)
  ctx.quadraticCurveTo(-1.2, 0.3, -0.2, 0.3)
  ctx.quadraticCurveTo(1.2, 0.3, 2.2, 0.22)
  ctx.quadraticCurveTo(1.9, -0.1, 1.4, -DRAFT)
  ctx.lineTo(-1.4, -DRAFT)
  ctx.quadraticCurveTo(-1.9, -0.1, -2.2, 0.2)
  ctx.closePath()
  ctx.fill()
  // The cockpit's coaming, and a dark seam where deck meets hull.
  ctx.fillStyle = s.dark
  ctx.fillRect(-0.55, 0.28, 0.7, 0.05)
  ctx.strokeStyle = s.secondary
  ctx.lineWidth = 0.03
  ctx.beginPath()
  ctx.moveTo(-2.15, 0.17)
  ctx.quadraticCurveTo(0, 0.1, 2.15, 0.19)
  ctx.stroke()
}
