/**
 * A person lying on their back, head towards +x and near the origin (feet 1.4 m behind it), drawn
 * from the standing figure laid down: on the ground, or on a bed drawn under them (a frame, a mattress, a pillow under the head and a
 * blanket up to the chest), as subject-posture.ts says.
 */
import type { SKRSContext2D } from '../canvas.js'
import { hex, mix } from '../color.js'
import { BED_HEIGHT, LYING_HEELS_BEHIND, LYING_LENGTH } from '../subject-posture.js'
import type { FigureStyle } from './figures.js'
import { MATERIALS } from './paint-context.js'

/** How far the back of the body is from the front of a standing figure's (m): its thickness. */
const BACK = 0.21
/** How far the whole drawing is moved back (m), so that the head lies near the origin. */
const HEAD_SHIFT = LYING_HEELS_BEHIND - LYING_LENGTH / 2
/** The bed's half-length (m) and where it ends at the head. */
const BED_HALF = 1.1

export function lyingPerson(
  ctx: SKRSContext2D,
  s: FigureStyle,
  on: 'bed' | 'ground',
  drawStanding: () => void,
): void {
  const base = on === 'bed' ? BED_HEIGHT : 0
  ctx.save()
  // The head near the origin, which a closer shot is centred on.
  ctx.translate(-HEAD_SHIFT, 0)
  if (on === 'bed') bed(ctx, s)
  ctx.save()
  // The standing figure's height runs along +x (feet to head), its front faces up.
  ctx.translate(-LYING_LENGTH / 2, base + BACK)
  ctx.scale(-1, 1)
  ctx.rotate(Math.PI / 2)
  drawStanding()
  ctx.restore()
  if (on === 'bed') blanket(ctx, s)
  ctx.restore()
}

function bed(ctx: SKRSContext2D, s: FigureStyle): void {
  const wood = s.tint(MATERIALS.darkWood)
  ctx.fillStyle = wood
  ctx.fillRect(-BED_HALF, 0, 0.08, 0.6)
  ctx.fillRect(BED_HALF - 0.08, 0, 0.1, 1.05)
  ctx.fillRect(-BED_HALF, 0.18, 2 * BED_HALF, 0.14)
  ctx.fillStyle = s.tint(hex('#e9e4d8'))
  ctx.fillRect(-BED_HALF + 0.05, 0.32, 2 * BED_HALF - 0.12, BED_HEIGHT - 0.32)
  // The pillow under the head.
  ctx.beginPath()
  ctx.ellipse(BED_HALF - 0.35, BED_HEIGHT + 0.07, 0.26, 0.09, 0, 0, Math.PI * 2)
  ctx.fill()
}

function blanket(ctx: SKRSContext2D, s: FigureStyle): void {
  ctx.fillStyle = s.tint(mix(hex('#6c7fa0'), MATERIALS.wood, 0.25))
  ctx.beginPath()
  ctx.moveTo(-BED_HALF + 0.05, BED_HEIGHT - 0.12)
  ctx.lineTo(-BED_HALF + 0.05, BED_HEIGHT + 0.3)
  ctx.quadraticCurveTo(-0.2, BED_HEIGHT + 0.48, 0.45, BED_HEIGHT + 0.42)
  ctx.lineTo(0.5, BED_HEIGHT - 0.12)
  ctx.closePath()
  ctx.fill()
}
