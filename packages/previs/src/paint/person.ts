/**
 * A person drawn in world metres (feet at the origin, facing +x), with a walk or run cycle, what
 * they carry in their hands (paint/carried.ts), and their hair and beard as the words give them
 * (subject-clothes.ts); without such words the hair is the style's dark.
 */
import type { SKRSContext2D } from '../canvas.js'
import type { Hair, HairStyle } from '../subject-clothes.js'
import type { Hat } from '../subject-hats.js'
import type { Carried, CarriedPose } from '../subject-carried.js'
import { SEATED_DROP, type Seat } from '../subject-posture.js'
import { hex } from '../color.js'
import { MATERIALS } from './paint-context.js'
import { drawCarried } from './carried.js'
import { drawHat } from './hats.js'
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
  gait: 'still' | 'walk' | 'run' | 'pedal' | 'dance',
  phase: number,
  carries: readonly Carried[] = [],
  hair?: Hair,
  seat?: Seat,
  { seatDrawn = false, pull, hat }: { seatDrawn?: boolean; pull?: Pull; hat?: Hat } = {},
): void {
  const near = carries.find((thing) => thing.hand === 'near')
  const far = carries.find((thing) => thing.hand === 'far')
  const stepping = gait === 'walk' || gait === 'dance'
  const swing = gait === 'run' ? 0.75 : stepping ? 0.4 : 0
  const a = Math.sin(phase * Math.PI * 2) * swing
  // Dancing, the arms are held up and out ahead and sway in turn with the steps; walking or
  // running, they swing against the legs.
  const arms =
    gait === 'dance'
      ? { far: DANCE_REACH + a * DANCE_SWAY, near: DANCE_REACH - a * DANCE_SWAY }
      : { far: a * 0.9, near: -a * 0.9 }
  const lean = pull ? pull.lean : gait === 'run' ? -0.18 : 0
  const bounce =
    gait === 'still' || gait === 'pedal'
      ? 0
      : Math.abs(Math.cos(phase * Math.PI * 2)) * (gait === 'run' ? 0.06 : 0.025)
  // Each knee bends while its leg swings forward, more at a run.
  const cycle = Math.cos(phase * Math.PI * 2)
  const knee = gait === 'run' ? 1.2 : stepping ? 0.55 : 0
  // Seated, the body above the hips is lowered onto the seat and the legs bend at the knee.
  const drop = seat ? SEATED_DROP : 0
  ctx.save()
  ctx.translate(0, bounce)
  if (seat && !seatDrawn) seatUnder(ctx, s, seat)
  // Far limbs (darker), body and head, then near limbs over the body.
  ctx.fillStyle = s.farLimbs
  // Pedalling, each foot goes round with the crank, the far one half a turn behind.
  const pedal = gait === 'pedal' ? phase : null
  if (seat) seatedLeg(ctx, 0, 0.15, seat === 'saddle', pedal === null ? null : pedal + 0.5)
  else leg(ctx, 0, 0.95, -a, -knee * Math.max(0, cycle), 0.15)
  ctx.translate(0, -drop)
  if (pull) reachingArm(ctx, s, pull.lean, pull.far, 0.1, false)
  else if (far) holdingArm(ctx, s, far, { x: 0, swing: a * 0.9, width: 0.1, colour: s.farLimbs })
  else if (seat) restingArm(ctx, s, 0, 0.1, false)
  else limb(ctx, 0, 1.42, arms.far, 0.6, 0.1)
  // Pulling an oar or a paddle, the body leans from the hips; running, from the feet.
  if (pull) leanFromHips(ctx, lean)
  else ctx.rotate(lean)
  ctx.fillStyle = s.main
  torso(ctx)
  head(ctx, s, hair, hat)
  ctx.fillStyle = s.secondary
  ctx.translate(0, drop)
  if (seat) seatedLeg(ctx, 0.02, 0.16, seat === 'saddle', pedal)
  else leg(ctx, 0, 0.95, a, -knee * Math.max(0, -cycle), 0.16)
  ctx.translate(0, -drop)
  ctx.fillStyle = s.main
  if (pull) {
    leanFromHips(ctx, -lean)
    reachingArm(ctx, s, lean, pull.near, 0.11, true)
  } else if (near) {
    holdingArm(ctx, s, near, { x: 0.02, swing: -a * 0.9, width: 0.11, colour: s.main })
  } else if (seat) {
    restingArm(ctx, s, 0.02, 0.11, true)
  } else {
    limb(ctx, 0.02, 1.42, arms.near, 0.6, 0.11)
    ctx.fillStyle = s.hands
    ctx.save()
    ctx.translate(0.02, 1.42)
    ctx.rotate(arms.near)
    ctx.beginPath()
    ctx.arc(0, -0.63, s.handSize, 0, Math.PI * 2)
    ctx.fill()
    ctx.restore()
  }
  ctx.restore()
}

/** The body from the hips (0.9 m) to the shoulders (1.5 m), in the current fill. */
export function torso(ctx: SKRSContext2D): void {
  ctx.beginPath()
  ctx.moveTo(-0.15, 0.9)
  ctx.lineTo(0.15, 0.9)
  ctx.bezierCurveTo(0.17, 1.15, 0.2, 1.3, 0.21, 1.4)
  ctx.quadraticCurveTo(0.2, 1.49, 0.08, 1.5)
  ctx.lineTo(-0.08, 1.5)
  ctx.quadraticCurveTo(-0.2, 1.49, -0.21, 1.4)
  ctx.bezierCurveTo(-0.2, 1.3, -0.17, 1.15, -0.15, 0.9)
  ctx.fill()
}

/**
 * Hands on an oar or a paddle (paint/aboard.ts): the body leaned by `lean` radians from the hips
 * (negative: forward), each hand where it grips, in the person's metres as they would stand (the
 * hips at 0.95 m, whether seated or not).
 */
export type Pull = {
  lean: number
  far: { x: number; y: number }
  near: { x: number; y: number }
}

const HIPS = 0.95

function leanFromHips(ctx: SKRSContext2D, lean: number): void {
  ctx.translate(0, HIPS)
  ctx.rotate(lean)
  ctx.translate(0, -HIPS)
}

/**
 * An arm from the shoulder of a body leaned by `lean` to the hand at `hand`, bent at the elbow
 * below the line between them when the hand is nearer than a straight arm would reach.
 */
function reachingArm(
  ctx: SKRSContext2D,
  s: FigureStyle,
  lean: number,
  hand: { x: number; y: number },
  width: number,
  near: boolean,
): void {
  const rise = SHOULDER - HIPS
  const shoulder = { x: -rise * Math.sin(lean), y: HIPS + rise * Math.cos(lean) }
  const dx = hand.x - shoulder.x
  const dy = hand.y - shoulder.y
  const span = Math.min(Math.hypot(dx, dy), UPPER_ARM + HAND - 0.001)
  const toward = Math.atan2(dy, dx)
  // The angle between the upper arm and the line to the hand, from the triangle's three sides.
  const bend = Math.acos(
    Math.max(-1, Math.min(1, (UPPER_ARM ** 2 + span ** 2 - HAND ** 2) / (2 * UPPER_ARM * span))),
  )
  const elbow = {
    x: shoulder.x + UPPER_ARM * Math.cos(toward - bend),
    y: shoulder.y + UPPER_ARM * Math.sin(toward - bend),
  }
  const reached = {
    x: shoulder.x + span * Math.cos(toward),
    y: shoulder.y + span * Math.sin(toward),
  }
  // limb() hangs a limb from a point and turns it `angle` radians forward of straight down.
  const hanging = (from: { x: number; y: number }, to: { x: number; y: number }) =>
    Math.atan2(to.x - from.x, from.y - to.y)
  ctx.save()
  limb(ctx, shoulder.x, shoulder.y, hanging(shoulder, elbow), UPPER_ARM, width)
  ctx.beginPath()
  ctx.arc(elbow.x, elbow.y, width / 2, 0, Math.PI * 2)
  ctx.fill()
  limb(
    ctx,
    elbow.x,
    elbow.y,
    hanging(elbow, reached),
    Math.hypot(reached.x - elbow.x, reached.y - elbow.y),
    width * 0.92,
  )
  ctx.translate(reached.x, reached.y)
  fist(ctx, s, near)
  ctx.restore()
}

/** A seated person's empty arm: the upper arm down the side, the forearm along the thigh. */
function restingArm(
  ctx: SKRSContext2D,
  s: FigureStyle,
  x: number,
  width: number,
  near: boolean,
): void {
  ctx.save()
  bentArm(ctx, x, width, 0.12, 1.45)
  fist(ctx, s, near)
  ctx.restore()
}

/**
 * An arm bent at the elbow from the shoulder at x: the upper arm `upper` and the forearm `fore`
 * radians forward of hanging down. Leaves the drawing moved to the hand (save and restore round
 * it).
 */
function bentArm(ctx: SKRSContext2D, x: number, width: number, upper: number, fore: number): void {
  limb(ctx, x, SHOULDER, upper, UPPER_ARM, width)
  const elbowX = x + UPPER_ARM * Math.sin(upper)
  const elbowY = SHOULDER - UPPER_ARM * Math.cos(upper)
  ctx.beginPath()
  ctx.arc(elbowX, elbowY, width / 2, 0, Math.PI * 2)
  ctx.fill()
  limb(ctx, elbowX, elbowY, fore, FOREARM, width * 0.92)
  ctx.translate(elbowX + HAND * Math.sin(fore), elbowY - HAND * Math.cos(fore))
}

/**
 * A seated leg from the hip on the seat at (x, 0.5): the thigh ahead, the shin down, the foot; in
 * a saddle, the thigh down the horse's flank and the shin back under it to the stirrup.
 */
function seatedLeg(
  ctx: SKRSContext2D,
  x: number,
  width: number,
  saddle: boolean,
  pedal: number | null = null,
): void {
  const hip = 0.95 - SEATED_DROP
  if (saddle) {
    // limb() turns a limb `angle` radians forward of hanging down. Pedalling, the knee rises and
    // falls with the crank.
    const turn = pedal === null ? 0 : Math.sin(pedal * Math.PI * 2)
    const thigh = 0.96 + 0.22 * turn
    const shin = -0.2 + 0.3 * turn
    limb(ctx, x, hip, thigh, 0.45, width)
    const kneeX = x + 0.45 * Math.sin(thigh)
    const kneeY = hip - 0.45 * Math.cos(thigh)
    limb(ctx, kneeX, kneeY, shin, 0.42, width * 0.84)
    const ankleX = kneeX + 0.42 * Math.sin(shin)
    const ankleY = kneeY - 0.42 * Math.cos(shin)
    ctx.fillRect(ankleX - width * 0.42, ankleY, width * 0.84 + 0.09, 0.055)
    return
  }
  const knee = x + 0.42
  ctx.fillRect(x - 0.06, hip - width / 2, 0.48 + width / 4, width)
  ctx.fillRect(knee - width * 0.42, 0, width * 0.84, hip)
  ctx.fillRect(knee - width * 0.42, 0, width * 0.84 + 0.09, 0.055)
}

/**
 * The seat under a seated person, facing +x with them, drawn behind them: a chair with its back,
 * a bench with a lower one, a stool, or a sofa's cushion, back and arm.
 */
export function seatUnder(ctx: SKRSContext2D, s: FigureStyle, seat: Seat): void {
  if (seat === 'saddle' || seat === 'thwart') return // the horse, or the boat, is the seat
  const wood = s.tint(MATERIALS.darkWood)
  if (seat === 'sofa') {
    ctx.fillStyle = s.tint(hex('#6a5a4e'))
    ctx.beginPath()
    ctx.roundRect(-0.45, 0.08, 0.95, 0.4, 0.06)
    ctx.roundRect(-0.5, 0.08, 0.2, 0.9, 0.08)
    ctx.fill()
    ctx.fillStyle = wood
    ctx.fillRect(-0.45, 0, 0.05, 0.1)
    ctx.fillRect(0.42, 0, 0.05, 0.1)
    return
  }
  ctx.fillStyle = wood
  const front = seat === 'bench' ? 0.36 : 0.3
  ctx.fillRect(-0.22, 0.42, front + 0.22, 0.05)
  ctx.fillRect(-0.2, 0, 0.04, 0.42)
  ctx.fillRect(front - 0.05, 0, 0.04, 0.42)
  if (seat === 'stool') return
  const top = seat === 'bench' ? 0.85 : 1.0
  ctx.fillRect(-0.25, 0.42, 0.045, top - 0.42)
  ctx.fillRect(-0.26, top - (seat === 'bench' ? 0.3 : 0.25), 0.07, seat === 'bench' ? 0.3 : 0.25)
}

/** Height of a seated person's hips above the floor: on the seat (seatedLeg). */
export const SEATED_HIPS = 0.5

/** Dancing: how far the arms are raised from hanging (radians: out ahead, a little up), and how much they sway for each radian the legs swing. */
const DANCE_REACH = 1.75
const DANCE_SWAY = 1.0

/** Shoulder height (m), and the upper arm's and forearm's lengths and the hand's reach along it. */
const SHOULDER = 1.42
const UPPER_ARM = 0.3
const FOREARM = 0.3
const HAND = 0.33

/**
 * The arm bent to hold a thing up: the upper arm's and the forearm's angles (radians forward of
 * hanging down). Before the chest (a watch looked at, a letter read), by the face (a raised mug),
 * or up in front of the shoulder with an umbrella's shaft over the head.
 */
const BENT: Record<Exclude<CarriedPose, 'low'>, [number, number]> = {
  chest: [0.2, 1.95],
  raised: [0.9, 2.75],
  overhead: [0.3, 2.95],
}

/** Held up, these are aimed: the arm straight out ahead ("points a gun", "shines a torch"). */
const AIMED = new Set(['pistol', 'torch', 'kite'])

/** Heavy things swing less with the arm. */
const HEAVY = new Set(['suitcase', 'briefcase', 'bag', 'basket'])

/** How far forward of its swing an arm holding a thing down hangs, clear of the body. */
const HOLD_OUT = 0.12

/**
 * An arm holding a thing: hanging and swinging with the gait (held a little away from the body,
 * forward for the near hand, back for the far one), aimed straight ahead, or bent to hold it up.
 */
function holdingArm(
  ctx: SKRSContext2D,
  s: FigureStyle,
  thing: Carried,
  arm: { x: number; swing: number; width: number; colour: string },
): void {
  const nearHand = thing.hand === 'near'
  ctx.fillStyle = arm.colour
  if (thing.pose === 'low' || (thing.pose === 'raised' && AIMED.has(thing.shape))) {
    const out = nearHand ? HOLD_OUT : -HOLD_OUT
    const angle =
      thing.pose === 'low'
        ? arm.swing * (HEAVY.has(thing.shape) ? 0.5 : 1) + out
        : Math.PI / 2 - 0.05
    limb(ctx, arm.x, SHOULDER, angle, 0.6, arm.width)
    ctx.save()
    ctx.translate(arm.x, SHOULDER)
    ctx.rotate(angle)
    ctx.translate(0, -(UPPER_ARM + HAND))
    if (thing.to) lead(ctx, s, thing.to, { x: arm.x, y: SHOULDER }, angle)
    else drawCarried(ctx, s, thing, angle)
    fist(ctx, s, nearHand)
    ctx.restore()
    return
  }
  const [upper, fore] = BENT[thing.pose]
  ctx.save()
  bentArm(ctx, arm.x, arm.width, upper, fore)
  drawCarried(ctx, s, thing)
  fist(ctx, s, nearHand)
  ctx.restore()
}

/**
 * A dog's lead from the hand (the origin, in the arm's frame: turned by `angle` about the shoulder)
 * to the collar at `to` in the person's metres, sagging a little between them.
 */
function lead(
  ctx: SKRSContext2D,
  s: FigureStyle,
  to: { x: number; y: number },
  shoulder: { x: number; y: number },
  angle: number,
): void {
  // From the person's frame into the hand's: back round the shoulder, then down the arm.
  const inHand = (x: number, y: number) => {
    const dx = x - shoulder.x
    const dy = y - shoulder.y
    const cos = Math.cos(-angle)
    const sin = Math.sin(-angle)
    return { x: dx * cos - dy * sin, y: dx * sin + dy * cos + UPPER_ARM + HAND }
  }
  const end = inHand(to.x, to.y)
  const handInPerson = {
    x: shoulder.x + (UPPER_ARM + HAND) * Math.sin(angle),
    y: shoulder.y - (UPPER_ARM + HAND) * Math.cos(angle),
  }
  const sag = inHand((handInPerson.x + to.x) / 2, Math.min(handInPerson.y, to.y) - 0.12)
  ctx.strokeStyle = s.dark
  ctx.lineWidth = 0.018
  ctx.beginPath()
  ctx.moveTo(0, 0)
  ctx.quadraticCurveTo(sag.x, sag.y, end.x, end.y)
  ctx.stroke()
}

/** A fist at the origin; the far one in the body's shadow. */
function fist(ctx: SKRSContext2D, s: FigureStyle, near: boolean): void {
  ctx.fillStyle = s.hands
  ctx.beginPath()
  ctx.arc(0, 0, s.handSize, 0, Math.PI * 2)
  ctx.fill()
  if (near) return
  ctx.fillStyle = s.dark
  ctx.globalAlpha = 0.45
  ctx.fill()
  ctx.globalAlpha = 1
}

/**
 * A head in three-quarter profile facing +x: neck, ear, hair, eye, brow, nose, mouth, and a beard
 * or a moustache if the words give one. Hair the words colour is that colour, brows too; a bald
 * head keeps a fringe of hair at the back, above the neck. The neck's foot is at 1.47 m, the crown
 * at 1.79 m. A hat goes on last (paint/hats.ts).
 */
export function head(ctx: SKRSContext2D, s: FigureStyle, hair?: Hair, hat?: Hat): void {
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
  const hairColour = hair?.colour ? s.tint(hair.colour) : s.dark
  ctx.fillStyle = hairColour
  ctx.beginPath()
  if (hair?.bald) {
    // A fringe round the back of the head, under the bare crown.
    ctx.moveTo(-0.07, 1.69)
    ctx.quadraticCurveTo(-0.105, 1.64, -0.06, 1.57)
    ctx.lineTo(-0.045, 1.585)
    ctx.quadraticCurveTo(-0.075, 1.635, -0.055, 1.69)
  } else {
    // Hair over the crown and the back of the head.
    ctx.moveTo(0.1, 1.7)
    ctx.quadraticCurveTo(0.09, 1.8, 0.0, 1.79)
    ctx.quadraticCurveTo(-0.1, 1.78, -0.095, 1.66)
    ctx.quadraticCurveTo(-0.09, 1.6, -0.06, 1.57)
    ctx.lineTo(-0.03, 1.64)
    ctx.quadraticCurveTo(0.02, 1.71, 0.1, 1.7)
  }
  ctx.fill()
  if (hair?.style && !hair.bald) hairStyle(ctx, hair.style)
  if (hair?.beard)
    beard(ctx, hair.beard.kind, hair.beard.colour ? s.tint(hair.beard.colour) : hairColour)
  // Eye and brow, mouth.
  ctx.fillStyle = s.dark
  ctx.beginPath()
  ctx.ellipse(0.058, 1.667, 0.013, 0.009, 0, 0, Math.PI * 2)
  ctx.fill()
  ctx.fillStyle = hairColour
  ctx.fillRect(0.04, 1.683, 0.038, 0.007)
  ctx.fillStyle = s.dark
  ctx.fillRect(0.055, 1.601, 0.035, 0.006)
  // Ear.
  ctx.fillStyle = s.secondary
  ctx.globalAlpha = 0.35
  ctx.beginPath()
  ctx.ellipse(-0.012, 1.655, 0.018, 0.03, 0, 0, Math.PI * 2)
  ctx.fill()
  ctx.globalAlpha = 1
  if (hat) drawHat(ctx, s, hat)
}

/**
 * Hair worn long or tied, in the hair's colour (already the fill), from the back of the head:
 * loose down the back to below the shoulders, a plait hanging to the shoulder blades, a ponytail
 * swinging out behind, or a bun at the back of the crown.
 */
function hairStyle(ctx: SKRSContext2D, style: HairStyle): void {
  ctx.beginPath()
  if (style === 'long') {
    ctx.moveTo(-0.03, 1.76)
    ctx.quadraticCurveTo(-0.115, 1.74, -0.11, 1.6)
    ctx.bezierCurveTo(-0.13, 1.5, -0.2, 1.42, -0.19, 1.3)
    ctx.quadraticCurveTo(-0.13, 1.27, -0.08, 1.33)
    ctx.quadraticCurveTo(-0.05, 1.45, -0.04, 1.58)
    ctx.closePath()
  } else if (style === 'braid') {
    // Strands crossing down the plait, then its tie and tuft.
    for (let i = 0; i < 5; i++) {
      const y = 1.6 - i * 0.065
      const x = -0.085 - i * 0.012
      const r = 0.03 - i * 0.002
      ctx.moveTo(x + r, y)
      ctx.ellipse(x, y, r, 0.04, i % 2 === 0 ? 0.35 : -0.35, 0, Math.PI * 2)
    }
    ctx.moveTo(-0.135, 1.31)
    ctx.lineTo(-0.16, 1.245)
    ctx.lineTo(-0.115, 1.25)
    ctx.closePath()
  } else if (style === 'ponytail') {
    ctx.moveTo(-0.08, 1.73)
    ctx.quadraticCurveTo(-0.2, 1.72, -0.2, 1.56)
    ctx.quadraticCurveTo(-0.19, 1.48, -0.16, 1.44)
    ctx.quadraticCurveTo(-0.15, 1.56, -0.085, 1.66)
    ctx.closePath()
  } else {
    ctx.moveTo(-0.04, 1.76)
    ctx.arc(-0.085, 1.76, 0.05, 0, Math.PI * 2)
  }
  ctx.fill()
}

/**
 * A beard from the sideburn down round the jaw to the chin and up over the lip, or only a
 * moustache over the mouth.
 */
function beard(ctx: SKRSContext2D, kind: 'beard' | 'moustache', colour: string): void {
  ctx.fillStyle = colour
  ctx.beginPath()
  if (kind === 'moustache') {
    ctx.moveTo(0.05, 1.606)
    ctx.quadraticCurveTo(0.075, 1.622, 0.1, 1.612)
    ctx.lineTo(0.104, 1.6)
    ctx.quadraticCurveTo(0.075, 1.607, 0.05, 1.596)
  } else {
    ctx.moveTo(0.012, 1.665)
    ctx.lineTo(0.035, 1.665)
    ctx.quadraticCurveTo(0.035, 1.628, 0.055, 1.622)
    ctx.quadraticCurveTo(0.08, 1.628, 0.102, 1.617)
    ctx.quadraticCurveTo(0.112, 1.57, 0.085, 1.53)
    ctx.quadraticCurveTo(0.035, 1.515, -0.005, 1.55)
    ctx.quadraticCurveTo(-0.012, 1.61, 0.012, 1.665)
  }
  ctx.fill()
}
