/**
 * A person in a boat (subject-boating.ts), drawn over the boat's hull: only from the gunwale up,
 * rising, falling and pitching with the boat on the swell, with the oars or the paddle they pull
 * it along with, cut off where they go into the water.
 *
 * Drawn in the person's metres (feet at the origin, facing +x). The boat's middle is `dx` metres
 * behind them (ahead, for a rower, who faces aft), its waterline `standsOn` metres below.
 *
 * - A rower sits facing aft and pulls both oars through a stroke: the blades go in at the catch,
 *   the rower leaning towards the stern with arms out, and come out at the finish, leaning back
 *   with the handles at the chest; then they go back over the water.
 * - A canoeist draws a single paddle back along the near side, lifts it out and swings it forward.
 * - A kayaker dips each end of a double paddle in turn.
 */
import type { SKRSContext2D } from '../canvas.js'
import type { Aboard, Stroke } from '../subject-boating.js'
import { boatPose } from './boat.js'
import type { FigureStyle } from './figures.js'
import { MATERIALS } from './paint-context.js'
import type { Pull } from './person.js'

/** Seconds a stroke takes. */
const STROKE_SECONDS: Record<Stroke, number> = { oars: 2, paddle: 1.3, 'double-paddle': 1.5 }

/** Where a rower's oar turns, ahead of the rower (toward the stern), in metres above the water. */
const ROWLOCK = { x: 0.37, y: 0.58 }
/** How much longer an oar is outboard of its rowlock than inboard. */
const OUTBOARD = 2.3
/** A single paddle's length from the lower hand to the top grip, and to the blade's middle. */
const PADDLE = { grip: 0.55, blade: 0.85 }

type Point = { x: number; y: number }

/** The lean, the hands and the line of the oar or paddle `t` of the way through a stroke. */
type StrokePose = { lean: number; far: Point; near: Point; shaft: [Point, Point]; blade: number }

export function drawAboard(
  ctx: SKRSContext2D,
  s: FigureStyle,
  aboard: Aboard & { standsOn: number; seated: boolean; moving: boolean },
  seconds: number,
  /** Draws the person, with their hands where they grip (from the feet), if they pull. */
  drawPerson: (pull?: Pull) => void,
): void {
  const { dx, gunwale, standsOn, stroke } = aboard
  // The boat's bow is ahead of a person facing forward, behind a rower facing aft.
  const bow = aboard.aft ? -1 : 1
  const { pitch, heave } = boatPose(s, seconds)
  const pose =
    stroke && aboard.seated
      ? strokePose(stroke, aboard.moving ? (seconds / STROKE_SECONDS[stroke]) % 1 : null)
      : null
  ctx.save()
  // Turn with the boat about its middle at the waterline; from here on, y is height above water.
  ctx.translate(-bow * dx, -standsOn + heave)
  ctx.rotate(pitch * bow)
  ctx.translate(bow * dx, 0)
  ctx.save()
  ctx.beginPath()
  ctx.rect(-3, gunwale, 6, 4)
  ctx.clip()
  ctx.translate(0, standsOn)
  // The hands from the feet.
  const held = (p: Point) => ({ x: p.x, y: p.y - standsOn })
  drawPerson(pose ? { lean: pose.lean, far: held(pose.far), near: held(pose.near) } : undefined)
  ctx.restore()
  if (pose) {
    // Nothing shows below the water.
    ctx.beginPath()
    ctx.rect(-4, 0, 8, 6)
    ctx.clip()
    shaft(ctx, s, pose)
  }
  ctx.restore()
}

/** The oar or paddle: its shaft, and its blade widened along the last part. */
function shaft(ctx: SKRSContext2D, s: FigureStyle, pose: StrokePose): void {
  const [from, to] = pose.shaft
  ctx.strokeStyle = s.tint(MATERIALS.wood)
  ctx.lineCap = 'round'
  ctx.lineWidth = 0.045
  ctx.beginPath()
  ctx.moveTo(from.x, from.y)
  ctx.lineTo(to.x, to.y)
  ctx.stroke()
  const along = (k: number) => ({ x: to.x + (from.x - to.x) * k, y: to.y + (from.y - to.y) * k })
  const neck = along(pose.blade)
  ctx.lineWidth = 0.14
  ctx.lineCap = 'butt'
  ctx.beginPath()
  ctx.moveTo(neck.x, neck.y)
  ctx.lineTo(to.x, to.y)
  ctx.stroke()
  ctx.lineCap = 'butt'
}

/**
 * A stroke `t` (0..1) of the way through, or the oars or paddle at rest (`t` null), in metres
 * from the person's place at the waterline, forward along +x.
 */
export function strokePose(stroke: Stroke, t: number | null): StrokePose {
  const turn = t === null ? null : 2 * Math.PI * t
  if (stroke === 'oars') {
    // The handles at rest in the lap; rowing, round a loop: in low at the catch, out high.
    const handle =
      turn === null
        ? { x: 0.25, y: 0.72 }
        : { x: 0.475 + 0.275 * Math.cos(turn), y: 0.77 + 0.07 * Math.cos(turn - 0.6) }
    const blade = {
      x: ROWLOCK.x + (ROWLOCK.x - handle.x) * OUTBOARD,
      y: ROWLOCK.y + (ROWLOCK.y - handle.y) * OUTBOARD,
    }
    const lean = turn === null ? 0 : -0.025 - 0.325 * Math.cos(turn)
    // Both hands on the handles, the far one a little higher as it is further off.
    return {
      lean,
      far: { x: handle.x, y: handle.y + 0.03 },
      near: handle,
      shaft: [handle, blade],
      blade: 0.25,
    }
  }
  if (stroke === 'paddle') {
    // Drawn back through the water for six tenths of the stroke, then lifted and swung forward.
    const back = t === null ? null : Math.min(t / 0.6, 1)
    const over = t === null || t < 0.6 ? 0 : Math.sin((Math.PI * (t - 0.6)) / 0.4)
    const lower =
      back === null
        ? { x: 0.3, y: 0.35 }
        : t !== null && t < 0.6
          ? { x: 0.5 - 0.6 * back, y: 0.38 }
          : { x: -0.1 + 0.6 * (((t as number) - 0.6) / 0.4), y: 0.38 + 0.2 * over }
    const tilt = t === null ? -1.2 : -0.1 - 0.8 * over
    const up = { x: Math.sin(tilt), y: Math.cos(tilt) }
    const grip = { x: lower.x + PADDLE.grip * up.x, y: lower.y + PADDLE.grip * up.y }
    const blade = { x: lower.x - PADDLE.blade * up.x, y: lower.y - PADDLE.blade * up.y }
    return {
      lean: t === null ? 0 : -0.12,
      far: grip,
      near: lower,
      shaft: [grip, blade],
      blade: 0.35,
    }
  }
  // A double paddle across the boat: the near blade down in the water, then up as the far one
  // dips (behind the hull, so it is kept above the gunwale here).
  const dip = turn === null ? 0.1 : Math.sin(turn)
  const middle = { x: 0.42, y: 0.62 }
  const half = { x: 0.12 * Math.cos(turn ?? 0), y: dip > 0 ? 0.75 * dip : 0.27 * dip }
  const nearEnd = { x: middle.x - half.x, y: middle.y - half.y }
  const farEnd = { x: middle.x + half.x, y: middle.y + half.y }
  const toward = (end: Point, k: number) => ({
    x: middle.x + k * (end.x - middle.x),
    y: middle.y + k * (end.y - middle.y),
  })
  return {
    lean: turn === null ? 0 : -0.1 + 0.05 * dip,
    far: toward(farEnd, 0.35),
    near: toward(nearEnd, 0.35),
    shaft: [farEnd, nearEnd],
    blade: 0.22,
  }
}
