/**
 * Hats, drawn over a head in three-quarter profile facing +x (person.ts: the head's middle at
 * 1.66 m, the crown of the hair at 1.79 m, y up), each with the outline that tells it at a glance:
 * a stetson's wide curled brim and dented crown, a top hat's tall crown, a soldier's helmet down
 * to the brow, a firefighter's helmet with its long back brim, a police cap's peak, a chef's
 * toque, a witch's cone, a hood round the face. Lit like the figure (its style's tint).
 */
import type { SKRSContext2D } from '../canvas.js'
import { hex } from '../color.js'
import type { Hat, HatKind } from '../subject-hats.js'
import type { FigureStyle } from './figures.js'

type Draw = (ctx: SKRSContext2D) => void

/** The upper half of an ellipse (a dome), closed along its base. */
function dome(ctx: SKRSContext2D, x: number, y: number, rx: number, ry: number): void {
  ctx.moveTo(x + rx, y)
  ctx.ellipse(x, y, rx, ry, 0, 0, Math.PI)
  ctx.closePath()
}

/** A brim seen edge-on from `back` to `front`, `lift` higher at the ends, `thick` through. */
function brim(
  ctx: SKRSContext2D,
  back: number,
  front: number,
  y: number,
  { lift = 0, thick = 0.013 }: { lift?: number; thick?: number } = {},
): void {
  const mid = (back + front) / 2
  ctx.moveTo(back, y + lift)
  ctx.quadraticCurveTo(mid, y - lift + thick, front, y + lift)
  ctx.lineTo(front, y + lift - thick)
  ctx.quadraticCurveTo(mid, y - lift, back, y + lift - thick)
  ctx.closePath()
}

/**
 * A crown from the brim at `y` up to `top`, its corners rounded, creased `dent` in the middle,
 * `taper` narrower each side at the top than at the brim.
 */
function crown(ctx: SKRSContext2D, y: number, top: number, dent: number, taper = 0): void {
  ctx.moveTo(-0.088, y)
  ctx.lineTo(-0.083 + taper, top - 0.025)
  ctx.quadraticCurveTo(-0.078 + taper, top, -0.045 + taper / 2, top)
  ctx.quadraticCurveTo(0.005, top - dent, 0.055 - taper / 2, top)
  ctx.quadraticCurveTo(0.093 - taper, top, 0.098 - taper, top - 0.025)
  ctx.lineTo(0.106, y)
  ctx.closePath()
}

/** A cap's peak over the brow, dark twice over (in the cap's colour, then its details'). */
function peak(ctx: SKRSContext2D): void {
  ctx.moveTo(0.085, 1.722)
  ctx.quadraticCurveTo(0.14, 1.72, 0.178, 1.694)
  ctx.lineTo(0.168, 1.686)
  ctx.quadraticCurveTo(0.12, 1.704, 0.08, 1.704)
  ctx.closePath()
}

/**
 * Each kind's outline (in its colour), the details over it (in the figure's dark), and what shows
 * through it (a balaclava's eye slit).
 */
const SHAPES: Record<
  HatKind,
  { body: Draw; detail?: Draw; over?: (ctx: SKRSContext2D, s: FigureStyle) => void }
> = {
  stetson: {
    body: (ctx) => {
      brim(ctx, -0.22, 0.235, 1.745, { lift: 0.03, thick: 0.016 })
      crown(ctx, 1.745, 1.9, 0.018)
    },
    detail: (ctx) => ctx.rect(-0.087, 1.75, 0.192, 0.022),
  },
  brimmed: {
    body: (ctx) => {
      brim(ctx, -0.155, 0.18, 1.745, { lift: -0.006 })
      crown(ctx, 1.745, 1.86, 0.014, 0.02)
    },
    detail: (ctx) => ctx.rect(-0.087, 1.75, 0.192, 0.024),
  },
  top: {
    body: (ctx) => {
      brim(ctx, -0.13, 0.15, 1.748, { lift: 0.008 })
      ctx.moveTo(-0.085, 1.748)
      ctx.lineTo(-0.094, 1.98)
      ctx.lineTo(0.11, 1.98)
      ctx.lineTo(0.1, 1.748)
      ctx.closePath()
    },
    detail: (ctx) => ctx.rect(-0.087, 1.752, 0.19, 0.028),
  },
  bowler: {
    body: (ctx) => {
      brim(ctx, -0.12, 0.14, 1.748, { lift: 0.006 })
      dome(ctx, 0.008, 1.748, 0.097, 0.105)
    },
    detail: (ctx) => ctx.rect(-0.089, 1.752, 0.194, 0.018),
  },
  cap: {
    body: (ctx) => {
      dome(ctx, 0, 1.71, 0.103, 0.09)
      ctx.moveTo(0.08, 1.722)
      ctx.quadraticCurveTo(0.15, 1.732, 0.205, 1.708)
      ctx.lineTo(0.2, 1.697)
      ctx.quadraticCurveTo(0.14, 1.712, 0.08, 1.706)
      ctx.closePath()
    },
    detail: (ctx) => ctx.rect(-0.01, 1.795, 0.02, 0.008),
  },
  peaked: {
    body: (ctx) => {
      ctx.moveTo(-0.095, 1.715)
      ctx.lineTo(-0.112, 1.8)
      ctx.quadraticCurveTo(-0.02, 1.838, 0.128, 1.815)
      ctx.lineTo(0.097, 1.715)
      ctx.closePath()
      peak(ctx)
    },
    detail: (ctx) => {
      ctx.rect(-0.097, 1.715, 0.196, 0.034)
      peak(ctx)
    },
  },
  helmet: {
    body: (ctx) => {
      dome(ctx, 0, 1.688, 0.126, 0.126)
      ctx.rect(-0.134, 1.674, 0.272, 0.016)
    },
    detail: (ctx) => ctx.rect(-0.12, 1.7, 0.24, 0.01),
  },
  hardhat: {
    body: (ctx) => {
      dome(ctx, 0.005, 1.72, 0.113, 0.1)
      ctx.moveTo(-0.126, 1.724)
      ctx.lineTo(0.19, 1.724)
      ctx.quadraticCurveTo(0.2, 1.714, 0.178, 1.706)
      ctx.lineTo(-0.12, 1.71)
      ctx.closePath()
    },
    detail: (ctx) => {
      ctx.moveTo(-0.06, 1.808)
      ctx.quadraticCurveTo(0.01, 1.83, 0.07, 1.806)
      ctx.lineTo(0.07, 1.798)
      ctx.quadraticCurveTo(0.01, 1.821, -0.06, 1.8)
      ctx.closePath()
    },
  },
  firehelmet: {
    body: (ctx) => {
      dome(ctx, 0, 1.72, 0.116, 0.11)
      // The brim, short at the front and sweeping down behind over the neck.
      ctx.moveTo(0.14, 1.73)
      ctx.lineTo(0.14, 1.712)
      ctx.quadraticCurveTo(-0.06, 1.7, -0.245, 1.6)
      ctx.lineTo(-0.25, 1.64)
      ctx.quadraticCurveTo(-0.07, 1.745, 0.14, 1.73)
      ctx.closePath()
    },
    detail: (ctx) => ctx.rect(0.055, 1.74, 0.05, 0.06),
  },
  beanie: {
    body: (ctx) => dome(ctx, 0, 1.695, 0.105, 0.11),
    detail: (ctx) => ctx.rect(-0.105, 1.695, 0.21, 0.03),
  },
  beret: {
    body: (ctx) => {
      ctx.moveTo(0.12, 1.77)
      ctx.ellipse(-0.005, 1.775, 0.125, 0.042, -0.12, 0, Math.PI * 2)
    },
  },
  hood: {
    body: (ctx) => {
      // Over the crown and round the back of the head to the shoulders; the face looks out.
      ctx.moveTo(0.1, 1.745)
      ctx.quadraticCurveTo(0.095, 1.862, -0.02, 1.858)
      ctx.quadraticCurveTo(-0.165, 1.845, -0.158, 1.66)
      ctx.quadraticCurveTo(-0.152, 1.52, -0.1, 1.44)
      ctx.lineTo(0.045, 1.44)
      ctx.quadraticCurveTo(0.0, 1.53, 0.012, 1.62)
      ctx.quadraticCurveTo(0.03, 1.73, 0.1, 1.745)
      ctx.closePath()
    },
    detail: (ctx) => {
      // The shadow inside the opening, along the face.
      ctx.moveTo(0.1, 1.745)
      ctx.quadraticCurveTo(0.03, 1.73, 0.012, 1.62)
      ctx.quadraticCurveTo(0.0, 1.53, 0.045, 1.44)
      ctx.lineTo(0.03, 1.44)
      ctx.quadraticCurveTo(-0.02, 1.53, -0.005, 1.625)
      ctx.quadraticCurveTo(0.015, 1.745, 0.1, 1.745)
      ctx.closePath()
    },
  },
  crown: {
    body: (ctx) => {
      ctx.moveTo(-0.082, 1.745)
      const points = [-0.085, -0.055, -0.03, 0, 0.03, 0.058, 0.088]
      points.forEach((x, i) => ctx.lineTo(x, i % 2 === 0 ? 1.85 : 1.8))
      ctx.lineTo(0.096, 1.745)
      ctx.closePath()
    },
    detail: (ctx) => ctx.rect(-0.083, 1.745, 0.178, 0.014),
  },
  pointed: {
    body: (ctx) => {
      brim(ctx, -0.205, 0.215, 1.745, { lift: -0.004 })
      ctx.moveTo(-0.095, 1.748)
      ctx.quadraticCurveTo(-0.045, 1.93, -0.13, 2.08)
      ctx.quadraticCurveTo(0.04, 1.94, 0.108, 1.748)
      ctx.closePath()
    },
    detail: (ctx) => ctx.rect(-0.09, 1.752, 0.19, 0.02),
  },
  toque: {
    body: (ctx) => {
      ctx.moveTo(-0.082, 1.745)
      ctx.lineTo(-0.09, 1.895)
      ctx.quadraticCurveTo(-0.13, 1.985, -0.03, 1.98)
      ctx.quadraticCurveTo(0.02, 2.02, 0.075, 1.975)
      ctx.quadraticCurveTo(0.155, 1.955, 0.104, 1.89)
      ctx.lineTo(0.098, 1.745)
      ctx.closePath()
    },
    detail: (ctx) => ctx.rect(-0.084, 1.745, 0.184, 0.006),
  },
  souwester: {
    body: (ctx) => {
      dome(ctx, 0, 1.728, 0.102, 0.095)
      ctx.moveTo(0.155, 1.745)
      ctx.quadraticCurveTo(0, 1.748, -0.12, 1.712)
      ctx.quadraticCurveTo(-0.19, 1.68, -0.235, 1.598)
      ctx.lineTo(-0.218, 1.592)
      ctx.quadraticCurveTo(-0.17, 1.662, -0.12, 1.694)
      ctx.quadraticCurveTo(0, 1.73, 0.155, 1.73)
      ctx.closePath()
    },
  },
  tricorn: {
    body: (ctx) => {
      dome(ctx, 0.005, 1.75, 0.095, 0.075)
      // The brim turned up in flaps at the front and the back.
      ctx.moveTo(-0.17, 1.86)
      ctx.lineTo(-0.1, 1.742)
      ctx.lineTo(0.115, 1.742)
      ctx.lineTo(0.195, 1.85)
      ctx.quadraticCurveTo(0.01, 1.79, -0.17, 1.86)
      ctx.closePath()
    },
  },
  spacehelmet: {
    // A round shell round the whole head, its gold visor over the face.
    body: (ctx) => {
      ctx.moveTo(0.175, 1.665)
      ctx.arc(0.01, 1.665, 0.165, 0, Math.PI * 2)
      // The collar ring over the neck.
      ctx.rect(-0.075, 1.44, 0.16, 0.09)
    },
    over: (ctx, s) => {
      ctx.fillStyle = s.tint(VISOR)
      ctx.beginPath()
      ctx.ellipse(0.075, 1.665, 0.085, 0.11, 0, 0, Math.PI * 2)
      ctx.fill()
      ctx.fillStyle = 'rgba(255, 255, 255, 0.35)'
      ctx.beginPath()
      ctx.ellipse(0.1, 1.7, 0.02, 0.04, 0.3, 0, Math.PI * 2)
      ctx.fill()
    },
  },
  balaclava: {
    // Knitted over the head, the ears and the neck; the eyes look out through a slit.
    body: (ctx) => {
      ctx.moveTo(0.118, 1.66)
      ctx.ellipse(0.012, 1.665, 0.106, 0.128, 0, 0, Math.PI * 2)
      ctx.rect(-0.055, 1.46, 0.11, 0.12)
    },
    over: (ctx, s) => {
      ctx.fillStyle = s.skin
      ctx.fillRect(0.035, 1.652, 0.082, 0.03)
      ctx.fillStyle = s.dark
      ctx.beginPath()
      ctx.ellipse(0.058, 1.667, 0.013, 0.009, 0, 0, Math.PI * 2)
      ctx.fill()
    },
  },
  sunhat: {
    body: (ctx) => {
      brim(ctx, -0.245, 0.265, 1.738, { lift: -0.022, thick: 0.012 })
      dome(ctx, 0.01, 1.752, 0.092, 0.078)
    },
    detail: (ctx) => ctx.rect(-0.082, 1.752, 0.184, 0.018),
  },
}

/** A space helmet's visor. */
const VISOR = hex('#a07a32')

/** How dark a hat's details are drawn over it. */
const DETAIL_ALPHA = 0.55

/** A hat over the head drawn just before: a hood in the clothes' colour unless one is said. */
export function drawHat(ctx: SKRSContext2D, s: FigureStyle, hat: Hat): void {
  const shape = SHAPES[hat.kind]
  ctx.fillStyle = hat.colour ? s.tint(hat.colour) : s.main
  ctx.beginPath()
  shape.body(ctx)
  ctx.fill()
  if (shape.detail) {
    ctx.fillStyle = s.dark
    ctx.globalAlpha = DETAIL_ALPHA
    ctx.beginPath()
    shape.detail(ctx)
    ctx.fill()
    ctx.globalAlpha = 1
  }
  shape.over?.(ctx, s)
}
