/**
 * Cattle and pigs, drawn as themselves rather than as a horse or a sheep (figures.ts): feet at
 * the origin, facing right, the legs jointed and striding as a dog's do (small-animals.ts).
 *
 * A cow at scale 1 stands 1.4 m at the withers on a deep, straight-backed body, 2.3 m from its
 * rump to its muzzle: a short thick neck with a dewlap, a long face carried low, ears out to the
 * side and short horns (none on a calf), a tail hanging to the hocks with a tuft, and an udder
 * (a cow's, not a bull's or an ox's). A pig at scale 1 is 1.3 m long and 0.8 m high: a round
 * body on short legs, its head running into it with no neck, a flat snout, ears flopping forward
 * and a curl of a tail. Grazing, either one has its head down at the grass.
 */
import type { SKRSContext2D } from '../canvas.js'
import { coatPatches, onFourLegs, type Coat, type Gait } from './small-animals.js'

export type CattleLook = {
  /** Short horns at the poll (not on a calf). */
  horns: boolean
  /** An udder under the belly (a cow's). */
  udder: boolean
  /** Head down at the grass. */
  grazing: boolean
}

export function cattle(
  ctx: SKRSContext2D,
  c: Coat,
  scale: number,
  look: CattleLook,
  gait: Gait,
  phase: number,
): void {
  ctx.save()
  ctx.scale(scale, scale)
  const legs = {
    far: { hind: -0.62, front: 0.48, width: 0.13, frontWidth: 0.12 },
    near: { hind: -0.7, front: 0.58, width: 0.14, frontWidth: 0.13 },
    length: 0.8,
  }
  onFourLegs(ctx, c, legs, gait, phase, () => {
    ctx.fillStyle = c.coat
    // The tail, down from the pin bones to the hocks, swinging a little, and its tuft.
    const sway = Math.sin(phase * Math.PI * 2) * 0.04
    ctx.strokeStyle = c.coat
    ctx.lineCap = 'round'
    ctx.lineWidth = 0.05
    ctx.beginPath()
    ctx.moveTo(-0.86, 1.36)
    ctx.quadraticCurveTo(-0.96, 1.1, -0.93 + sway, 0.62)
    ctx.stroke()
    ctx.beginPath()
    ctx.ellipse(-0.93 + sway, 0.56, 0.05, 0.1, 0, 0, Math.PI * 2)
    ctx.fill()
    // The body: a straight back from the pin bones to the withers, a deep chest, the belly.
    ctx.beginPath()
    ctx.moveTo(-0.9, 1.3)
    ctx.quadraticCurveTo(-0.88, 1.42, -0.7, 1.42)
    ctx.lineTo(0.5, 1.4)
    ctx.quadraticCurveTo(0.7, 1.42, 0.78, 1.25)
    ctx.lineTo(0.8, 0.86)
    ctx.quadraticCurveTo(0.7, 0.7, 0.45, 0.72)
    ctx.quadraticCurveTo(-0.1, 0.64, -0.62, 0.76)
    ctx.quadraticCurveTo(-0.9, 0.82, -0.92, 1.05)
    ctx.closePath()
    ctx.fill()
    coatPatches(ctx, c, [
      [-0.62, 1.22, 0.24, 0.15],
      [0.02, 0.98, 0.3, 0.19],
      [0.5, 1.32, 0.2, 0.12],
      [-0.3, 0.78, 0.2, 0.1],
    ])
    if (look.udder) {
      ctx.beginPath()
      ctx.ellipse(-0.4, 0.7, 0.16, 0.1, 0, 0, Math.PI * 2)
      ctx.fill()
    }
    // The neck, with its dewlap, forward to the head: level with the back, or down to the grass.
    const head = look.grazing
      ? { poll: { x: 1.02, y: 0.58 }, muzzle: { x: 1.16, y: 0.08 } }
      : { poll: { x: 1.02, y: 1.38 }, muzzle: { x: 1.32, y: 0.98 } }
    ctx.beginPath()
    ctx.moveTo(0.45, 1.4)
    ctx.lineTo(head.poll.x - 0.02, head.poll.y + 0.04)
    ctx.lineTo(head.poll.x + 0.1, head.poll.y - 0.2)
    ctx.lineTo(0.86, look.grazing ? 0.5 : 0.86)
    ctx.quadraticCurveTo(0.72, 0.7, 0.6, 0.8)
    ctx.closePath()
    ctx.fill()
    // The long face: from the poll to a broad muzzle.
    const dx = head.muzzle.x - head.poll.x
    const dy = head.muzzle.y - head.poll.y
    const length = Math.hypot(dx, dy)
    ctx.save()
    ctx.translate(head.poll.x, head.poll.y)
    ctx.rotate(Math.atan2(dy, dx))
    ctx.beginPath()
    ctx.moveTo(-0.04, 0.12)
    ctx.lineTo(length - 0.02, 0.1)
    ctx.quadraticCurveTo(length + 0.06, 0, length - 0.02, -0.11)
    ctx.lineTo(0.02, -0.15)
    ctx.closePath()
    ctx.fill()
    // An ear out to the side, and the horns curving up and forward from the poll.
    ctx.beginPath()
    ctx.ellipse(0.08, 0.14, 0.13, 0.045, -0.5, 0, Math.PI * 2)
    ctx.fill()
    if (look.horns) {
      ctx.strokeStyle = c.style.light
      ctx.lineWidth = 0.04
      ctx.beginPath()
      ctx.moveTo(0.02, 0.1)
      ctx.quadraticCurveTo(-0.02, 0.26, 0.12, 0.3)
      ctx.stroke()
    }
    ctx.fillStyle = c.style.dark
    ctx.beginPath()
    ctx.arc(0.16, 0.04, 0.025, 0, Math.PI * 2)
    ctx.fill()
    ctx.beginPath()
    ctx.arc(length - 0.03, -0.04, 0.022, 0, Math.PI * 2)
    ctx.fill()
    ctx.restore()
  })
  ctx.restore()
}

export function pig(
  ctx: SKRSContext2D,
  c: Coat,
  scale: number,
  grazing: boolean,
  gait: Gait,
  phase: number,
): void {
  ctx.save()
  ctx.scale(scale, scale)
  const legs = {
    far: { hind: -0.3, front: 0.28, width: 0.1 },
    near: { hind: -0.36, front: 0.32, width: 0.11 },
    length: 0.3,
  }
  onFourLegs(ctx, c, legs, gait, phase, () => {
    ctx.fillStyle = c.coat
    // The curl of a tail.
    ctx.strokeStyle = c.coat
    ctx.lineCap = 'round'
    ctx.lineWidth = 0.025
    ctx.beginPath()
    ctx.moveTo(-0.55, 0.6)
    ctx.bezierCurveTo(-0.68, 0.62, -0.66, 0.74, -0.6, 0.72)
    ctx.quadraticCurveTo(-0.56, 0.7, -0.6, 0.66)
    ctx.stroke()
    // The round body, and the head running into it; down at the ground when rooting.
    ctx.beginPath()
    ctx.ellipse(-0.02, 0.53, 0.56, 0.28, 0, 0, Math.PI * 2)
    ctx.fill()
    ctx.save()
    if (grazing) {
      ctx.translate(0.47, 0.35)
      ctx.rotate(-1.1)
    } else {
      ctx.translate(0.42, 0.6)
      ctx.rotate(-0.15)
    }
    ctx.beginPath()
    ctx.moveTo(-0.1, 0.2)
    ctx.quadraticCurveTo(0.18, 0.2, 0.3, 0.05)
    ctx.lineTo(0.34, 0.06)
    ctx.lineTo(0.34, -0.1)
    ctx.lineTo(0.3, -0.1)
    ctx.quadraticCurveTo(0.1, -0.2, -0.12, -0.18)
    ctx.closePath()
    ctx.fill()
    // An ear flopping forward over the eye, the eye, and the flat end of the snout.
    ctx.beginPath()
    ctx.moveTo(0.0, 0.19)
    ctx.lineTo(0.2, 0.2)
    ctx.lineTo(0.16, 0.06)
    ctx.closePath()
    ctx.fillStyle = c.far
    ctx.fill()
    ctx.fillStyle = c.style.dark
    ctx.beginPath()
    ctx.arc(0.16, 0.03, 0.018, 0, Math.PI * 2)
    ctx.fill()
    ctx.fillRect(0.335, -0.06, 0.012, 0.09)
    ctx.restore()
  })
  ctx.restore()
}
