/**
 * Dogs, cats and bears, drawn as themselves rather than as a small horse (figures.ts): a low body
 * on short jointed legs, feet at the origin, facing right. A dog (puppy, fox, wolf) has a snout,
 * floppy or upright ears and a tail that rises; a cat a compact body, a round head with pointed
 * ears and a long tail curling up; a bear a heavy body with a shoulder hump on thick legs, a
 * broad head with round ears and a stub of a tail. Each is drawn in its coat's colours (Coat).
 * `phase` is the stride in cycles, as for the four-legged model:
 * diagonal pairs of legs swing together, wider when running than walking, and a leg swinging
 * forward bends at the knee to lift its paw; standing still, all four are straight.
 */
import type { SKRSContext2D } from '../canvas.js'
import type { FigureStyle } from './figures.js'
import { limb } from './person.js'

/**
 * A leg from the hip at (x, y), `length` to the ground when straight: the upper half swung by
 * `swing` radians (positive forward), the lower half bent back by `lift` radians at the knee.
 */
function pawLeg(
  ctx: SKRSContext2D,
  x: number,
  y: number,
  swing: number,
  lift: number,
  length: number,
  width: number,
): void {
  const half = length / 2
  limb(ctx, x, y, swing, half + width / 2, width)
  const kx = x + Math.sin(swing) * half
  const ky = y - Math.cos(swing) * half
  limb(ctx, kx, ky, swing - lift, half, width * 0.85)
}

/**
 * An animal's colours: its coat (body, head, tail and near legs), its far legs in the shade of
 * its side, and the style it is lit by (nose, eyes).
 */
export type Coat = {
  style: FigureStyle
  coat: string
  far: string
  /** Patches over the coat, in this colour ("a black and white cow", "a piebald horse"). */
  patches?: string
}

/**
 * Patches of `c.patches` over the body just filled (its path still current), each an ellipse
 * [x, y, rx, ry] in the animal's own units; nothing for a coat of one colour.
 */
export function coatPatches(
  ctx: SKRSContext2D,
  c: Coat,
  spots: readonly (readonly [number, number, number, number])[],
): void {
  if (!c.patches) return
  ctx.save()
  ctx.clip()
  ctx.fillStyle = c.patches
  for (const [x, y, rx, ry] of spots) {
    ctx.beginPath()
    ctx.ellipse(x, y, rx, ry, 0.3, 0, Math.PI * 2)
    ctx.fill()
  }
  ctx.restore()
}

type Leg = { swing: number; lift: number }

/** How far a leg swings each way (radians): standing still, walking, running. */
export type Gait = 'still' | 'walk' | 'run'
const SWING: Record<Gait, number> = { still: 0, walk: 0.32, run: 0.48 }

/** The four legs' swings and knee lifts at a phase; diagonal pairs move together. */
function stride(
  phase: number,
  gait: Gait,
): { nearHind: Leg; nearFront: Leg; farHind: Leg; farFront: Leg } {
  const amplitude = SWING[gait]
  const turn = phase * Math.PI * 2
  const leg = (offset: number) => ({
    swing: Math.sin(turn + offset) * amplitude,
    // Lifted while the leg swings forward, flat on the ground while it pushes back.
    lift: Math.max(0, Math.cos(turn + offset)) * amplitude * 1.6,
  })
  return { nearHind: leg(0), nearFront: leg(Math.PI), farHind: leg(Math.PI), farFront: leg(0) }
}

/** Where an animal's legs hang from: each hip's x (m), and each leg's width (front, if other). */
type LegPair = { hind: number; front: number; width: number; frontWidth?: number }

/** An animal's four legs: the far pair, the near pair, and their length to the ground. */
export type LegLayout = { far: LegPair; near: LegPair; length: number }

/**
 * A four-legged animal facing right, its feet at the origin: the far legs in the shade of its
 * side, then `body`, then the near legs over it in its coat, all striding at `phase`.
 */
export function onFourLegs(
  ctx: SKRSContext2D,
  c: Coat,
  legs: LegLayout,
  gait: Gait,
  phase: number,
  body: () => void,
): void {
  const step = stride(phase, gait)
  const pair = ({ hind, front, width, frontWidth }: LegPair, back: Leg, fore: Leg) => {
    pawLeg(ctx, hind, legs.length, back.swing, back.lift, legs.length, width)
    pawLeg(ctx, front, legs.length, fore.swing, fore.lift, legs.length, frontWidth ?? width)
  }
  ctx.fillStyle = c.far
  pair(legs.far, step.farHind, step.farFront)
  body()
  ctx.fillStyle = c.coat
  pair(legs.near, step.nearHind, step.nearFront)
}

/**
 * A dog about 1 m nose to tail at scale 1: back 0.48 m, head up to 0.68 m with floppy ears or
 * 0.75 m with upright ones (a fox, a wolf), the tail rising behind to 0.65 m.
 */
export function dog(
  ctx: SKRSContext2D,
  c: Coat,
  scale: number,
  ears: 'floppy' | 'upright',
  gait: Gait,
  phase: number,
): void {
  ctx.save()
  ctx.scale(scale, scale)
  const legs = {
    far: { hind: -0.18, front: 0.2, width: 0.055 },
    near: { hind: -0.2, front: 0.18, width: 0.065 },
    length: 0.34,
  }
  onFourLegs(ctx, c, legs, gait, phase, () => {
    // Tail, rising from the rump and swaying a little with the stride.
    ctx.strokeStyle = c.coat
    ctx.lineCap = 'round'
    ctx.lineWidth = ears === 'upright' ? 0.075 : 0.05
    const sway = Math.sin(phase * Math.PI * 2) * 0.02
    ctx.beginPath()
    ctx.moveTo(-0.24, 0.42)
    ctx.quadraticCurveTo(-0.38, 0.44, -0.42 + sway, 0.62)
    ctx.stroke()
    ctx.fillStyle = c.coat
    // Body, and the neck up to the head.
    ctx.beginPath()
    ctx.ellipse(0, 0.37, 0.28, 0.115, 0, 0, Math.PI * 2)
    ctx.fill()
    coatPatches(ctx, c, [
      [-0.15, 0.4, 0.08, 0.05],
      [0.06, 0.33, 0.09, 0.06],
      [0.2, 0.42, 0.05, 0.04],
    ])
    ctx.beginPath()
    ctx.moveTo(0.12, 0.42)
    ctx.lineTo(0.26, 0.62)
    ctx.lineTo(0.37, 0.57)
    ctx.lineTo(0.22, 0.34)
    ctx.fill()
    ctx.beginPath()
    ctx.ellipse(0.32, 0.6, 0.085, 0.07, 0, 0, Math.PI * 2)
    ctx.fill()
    // Snout, tapering to the nose.
    ctx.beginPath()
    ctx.moveTo(0.34, 0.645)
    ctx.lineTo(0.48, 0.585)
    ctx.lineTo(0.48, 0.55)
    ctx.lineTo(0.34, 0.54)
    ctx.fill()
    if (ears === 'upright') {
      ctx.beginPath()
      ctx.moveTo(0.25, 0.63)
      ctx.lineTo(0.28, 0.75)
      ctx.lineTo(0.33, 0.655)
      ctx.fill()
    }
    ctx.fillStyle = c.style.dark
    ctx.beginPath()
    ctx.arc(0.475, 0.57, 0.018, 0, Math.PI * 2)
    ctx.fill()
    ctx.fillStyle = c.far
    if (ears === 'floppy') {
      ctx.beginPath()
      ctx.moveTo(0.26, 0.665)
      ctx.quadraticCurveTo(0.2, 0.64, 0.23, 0.53)
      ctx.lineTo(0.29, 0.56)
      ctx.quadraticCurveTo(0.3, 0.63, 0.3, 0.665)
      ctx.fill()
    }
  })
  ctx.restore()
}

/**
 * A cat, drawn at its size: about 0.47 m from the curled tail's back to its nose, its body on
 * 0.15 m legs, a round head with pointed ears up to 0.35 m, the tail curling up behind.
 */
export function cat(ctx: SKRSContext2D, c: Coat, gait: Gait, phase: number): void {
  const legs = {
    far: { hind: -0.08, front: 0.1, width: 0.026 },
    near: { hind: -0.1, front: 0.08, width: 0.03 },
    length: 0.15,
  }
  onFourLegs(ctx, c, legs, gait, phase, () => {
    // The long tail: up from the rump, over, and its tip curled back.
    ctx.strokeStyle = c.coat
    ctx.lineCap = 'round'
    ctx.lineWidth = 0.024
    const sway = Math.sin(phase * Math.PI * 2) * 0.01
    ctx.beginPath()
    ctx.moveTo(-0.12, 0.19)
    ctx.bezierCurveTo(-0.24, 0.2, -0.24 + sway, 0.3, -0.2 + sway, 0.32)
    ctx.quadraticCurveTo(-0.17 + sway, 0.335, -0.16 + sway, 0.31)
    ctx.stroke()
    ctx.fillStyle = c.coat
    ctx.beginPath()
    ctx.ellipse(0, 0.165, 0.14, 0.068, 0, 0, Math.PI * 2)
    ctx.fill()
    // Chest up to the round head, and two pointed ears.
    ctx.beginPath()
    ctx.moveTo(0.07, 0.21)
    ctx.lineTo(0.14, 0.28)
    ctx.lineTo(0.21, 0.24)
    ctx.lineTo(0.1, 0.15)
    ctx.fill()
    ctx.beginPath()
    ctx.arc(0.17, 0.265, 0.058, 0, Math.PI * 2)
    ctx.fill()
    ctx.beginPath()
    ctx.moveTo(0.12, 0.29)
    ctx.lineTo(0.132, 0.35)
    ctx.lineTo(0.165, 0.315)
    ctx.moveTo(0.18, 0.318)
    ctx.lineTo(0.21, 0.35)
    ctx.lineTo(0.222, 0.288)
    ctx.fill()
    ctx.fillStyle = c.style.light
    ctx.beginPath()
    ctx.arc(0.195, 0.275, 0.01, 0, Math.PI * 2)
    ctx.fill()
  })
}

/**
 * A bear, drawn at its size: about 2.1 m from its stub of a tail to its nose, the shoulder hump
 * 1.15 m up, a broad head with a short snout and round ears carried low before it.
 */
export function bear(ctx: SKRSContext2D, c: Coat, gait: Gait, phase: number): void {
  const legs = {
    far: { hind: -0.42, front: 0.6, width: 0.2 },
    near: { hind: -0.55, front: 0.45, width: 0.22 },
    length: 0.6,
  }
  onFourLegs(ctx, c, legs, gait, phase, () => {
    ctx.fillStyle = c.coat
    // Body and shoulder hump, and the short tail.
    ctx.beginPath()
    ctx.ellipse(-0.05, 0.74, 0.78, 0.32, 0, 0, Math.PI * 2)
    ctx.fill()
    ctx.beginPath()
    ctx.ellipse(0.35, 0.86, 0.4, 0.29, -0.15, 0, Math.PI * 2)
    ctx.fill()
    ctx.beginPath()
    ctx.arc(-0.82, 0.84, 0.07, 0, Math.PI * 2)
    ctx.fill()
    // Neck down to the broad head, the snout, and round ears.
    ctx.beginPath()
    ctx.moveTo(0.55, 1.02)
    ctx.lineTo(0.88, 0.9)
    ctx.lineTo(0.9, 0.66)
    ctx.lineTo(0.55, 0.62)
    ctx.fill()
    ctx.beginPath()
    ctx.ellipse(0.86, 0.8, 0.19, 0.16, -0.2, 0, Math.PI * 2)
    ctx.fill()
    ctx.beginPath()
    ctx.moveTo(0.95, 0.86)
    ctx.lineTo(1.15, 0.77)
    ctx.lineTo(1.15, 0.68)
    ctx.lineTo(0.95, 0.66)
    ctx.fill()
    for (const [x, y] of [
      [0.75, 0.95],
      [0.86, 0.97],
    ] as const) {
      ctx.beginPath()
      ctx.arc(x, y, 0.055, 0, Math.PI * 2)
      ctx.fill()
    }
    ctx.fillStyle = c.style.dark
    ctx.beginPath()
    ctx.arc(1.14, 0.74, 0.03, 0, Math.PI * 2)
    ctx.fill()
    ctx.beginPath()
    ctx.arc(0.95, 0.84, 0.016, 0, Math.PI * 2)
    ctx.fill()
  })
}
