/**
 * Boats, in world metres facing right (bow at +x), with the waterline at y = 0: a working boat
 * (hull with a sheer rising to the bow, wheelhouse, mast and stays, a gantry astern) or, for a
 * sailboat or a yacht, a low hull under a mainsail and a jib; small open boats (a rowing boat, a
 * canoe, a kayak) are drawn by small-boats.ts, under the same swell. The hull runs on below the
 * waterline, hidden there, so that on a swell (`FigureStyle.swell`) the boat can rise, fall and
 * pitch without showing its keel. After dark, or when the words name them, it shows its lights:
 * a white masthead light and a side light (green on the starboard side, which a boat facing
 * right turns to the camera, red on the port side, or the colour said). Lit windows glow warm.
 */
import type { SKRSContext2D } from '../canvas.js'
import { css, hex } from '../color.js'
import { boatModel } from '../subject-words.js'
import type { FigureStyle } from './figures.js'
import { isSmallBoat, SMALL_BOAT_HALF_LENGTH, smallBoat } from './small-boats.js'

/** Seconds from one crest of the swell to the next. */
const SWELL_PERIOD = 5.5
/** At full swell: the pitch (radians either way) and the rise and fall (m either way). */
const MAX_PITCH = 0.12
const MAX_HEAVE = 0.35
/** How far the hull runs on below the waterline (m). */
const DRAFT = 0.6

export type BoatPose = { pitch: number; heave: number }

/** Where the swell has the boat `seconds` in: tilted by `pitch` and lifted by `heave`. */
export function boatPose(style: Pick<FigureStyle, 'swell' | 'swellPhase'>, seconds: number) {
  const angle = 2 * Math.PI * (seconds / SWELL_PERIOD + style.swellPhase)
  return {
    pitch: style.swell * MAX_PITCH * Math.sin(angle),
    // The bow rises on the face of the swell, a quarter period before the boat crests it.
    heave: style.swell * MAX_HEAVE * Math.sin(angle - Math.PI / 2),
  }
}

export function boat(ctx: SKRSContext2D, s: FigureStyle, noun: string, seconds: number): void {
  const { pitch, heave } = boatPose(s, seconds)
  ctx.save()
  // Nothing below the waterline shows: there the sea is in front of the hull.
  ctx.beginPath()
  ctx.rect(-6, 0, 12, 8)
  ctx.clip()
  ctx.translate(0, heave)
  ctx.rotate(pitch)
  const model = boatModel(noun)
  if (isSmallBoat(model)) smallBoat(ctx, s, model)
  else if (model === 'sailboat') sailboat(ctx, s)
  else workboat(ctx, s)
  ctx.restore()
  if (s.swell > 0) {
    waterline(ctx, s, isSmallBoat(model) ? SMALL_BOAT_HALF_LENGTH[model] + 0.2 : 4.3)
  }
}

function workboat(ctx: SKRSContext2D, s: FigureStyle): void {
  // The hull: stern, the sheer rising to the bow, the stem curving down to the keel.
  ctx.fillStyle = s.main
  ctx.beginPath()
  ctx.moveTo(-4, 1.15)
  ctx.quadraticCurveTo(0.5, 1.0, 4.2, 1.75)
  ctx.quadraticCurveTo(3.95, 0.3, 3.0, -DRAFT)
  ctx.lineTo(-3.3, -DRAFT)
  ctx.lineTo(-3.85, 0.2)
  ctx.closePath()
  ctx.fill()
  // A rubbing strake under the sheer.
  ctx.strokeStyle = s.secondary
  ctx.lineWidth = 0.12
  ctx.beginPath()
  ctx.moveTo(-3.95, 0.9)
  ctx.quadraticCurveTo(0.5, 0.75, 4.05, 1.45)
  ctx.stroke()
  // A gantry over the stern.
  ctx.lineWidth = 0.1
  ctx.beginPath()
  ctx.moveTo(-3.85, 1.15)
  ctx.lineTo(-3.45, 3.1)
  ctx.lineTo(-3.05, 1.12)
  ctx.stroke()
  // The wheelhouse, its roof and its windows.
  ctx.fillStyle = s.light
  ctx.fillRect(-2.1, 1.05, 2.5, 1.5)
  ctx.fillStyle = s.secondary
  ctx.fillRect(-2.25, 2.55, 2.85, 0.15)
  ctx.fillStyle = s.lampsLit ? '#ffd98a' : s.dark
  for (const left of [-1.85, -1.05, -0.25]) ctx.fillRect(left, 1.8, 0.5, 0.45)
  // The mast, and a stay from its head to the bow.
  ctx.fillStyle = s.dark
  ctx.fillRect(0.9, 1.3, 0.12, 3.2)
  ctx.strokeStyle = s.dark
  ctx.lineWidth = 0.04
  ctx.beginPath()
  ctx.moveTo(0.96, 4.3)
  ctx.lineTo(4.1, 1.75)
  ctx.stroke()
  if (s.sideLight) {
    light(ctx, 0.96, 4.36, '#fff4dc', 0.09)
    light(ctx, 0.42, 2.1, s.sideLight, 0.1)
  }
}

function sailboat(ctx: SKRSContext2D, s: FigureStyle): void {
  ctx.fillStyle = s.main
  ctx.beginPath()
  ctx.moveTo(-4, 0.95)
  ctx.quadraticCurveTo(0.3, 0.85, 4.2, 1.25)
  ctx.quadraticCurveTo(3.7, 0.1, 2.6, -DRAFT)
  ctx.lineTo(-3.2, -DRAFT)
  ctx.lineTo(-3.9, 0.3)
  ctx.closePath()
  ctx.fill()
  // A low cabin with round ports.
  ctx.fillStyle = s.light
  ctx.fillRect(-1.6, 0.9, 2.0, 0.45)
  ctx.fillStyle = s.lampsLit ? '#ffd98a' : s.dark
  for (const x of [-1.1, -0.5, 0.1]) {
    ctx.beginPath()
    ctx.arc(x, 1.12, 0.09, 0, Math.PI * 2)
    ctx.fill()
  }
  // Mast, boom, and the sails.
  ctx.fillStyle = s.dark
  ctx.fillRect(0.4, 0.9, 0.1, 3.6)
  ctx.fillRect(-3.2, 1.45, 3.7, 0.08)
  ctx.fillStyle = s.light
  ctx.beginPath()
  ctx.moveTo(0.38, 4.4)
  ctx.quadraticCurveTo(-1.2, 2.8, -3.1, 1.55)
  ctx.lineTo(0.38, 1.55)
  ctx.closePath()
  ctx.fill()
  ctx.beginPath()
  ctx.moveTo(0.52, 4.2)
  ctx.lineTo(4.0, 1.3)
  ctx.quadraticCurveTo(2.0, 1.7, 0.52, 1.6)
  ctx.closePath()
  ctx.fill()
  if (s.sideLight) {
    light(ctx, 0.45, 4.4, '#fff4dc', 0.08)
    light(ctx, 3.7, 1.4, s.sideLight, 0.09)
  }
}

/** A lamp: a glow round it, then the lamp itself, in its own colour whatever the light. */
function light(ctx: SKRSContext2D, x: number, y: number, colour: string, radius: number): void {
  const glow = ctx.createRadialGradient(x, y, 0, x, y, radius * 9)
  glow.addColorStop(0, css(hex(colour), 0.55))
  glow.addColorStop(0.25, css(hex(colour), 0.18))
  glow.addColorStop(1, css(hex(colour), 0))
  ctx.fillStyle = glow
  ctx.beginPath()
  ctx.arc(x, y, radius * 9, 0, Math.PI * 2)
  ctx.fill()
  ctx.fillStyle = colour
  ctx.beginPath()
  ctx.arc(x, y, radius, 0, Math.PI * 2)
  ctx.fill()
}

/** Broken water along the hull where it meets the sea, `half` metres either way of its middle. */
function waterline(ctx: SKRSContext2D, s: FigureStyle, half: number): void {
  ctx.save()
  ctx.globalAlpha = 0.45
  ctx.fillStyle = s.light
  ctx.beginPath()
  ctx.moveTo(-half, 0)
  for (let x = -half; x <= half + 0.2; x += 0.55) ctx.lineTo(x, 0.1 + 0.08 * Math.sin(x * 7.3))
  ctx.lineTo(half + 0.2, -0.05)
  ctx.lineTo(-half, -0.05)
  ctx.closePath()
  ctx.fill()
  ctx.restore()
}
