/** The coast: the sea to the horizon with islands, and a sandy beach, a rocky shore or a pier. */
import { css, hex, mix } from '../color.js'
import type { ScenePlan } from '../plan-scene.js'
import type { Random } from '../random.js'
import {
  fillRidge,
  forEachCell,
  groundColour,
  MATERIALS,
  type PaintContext,
} from './paint-context.js'
import type { LayerDef } from './layer-def.js'
import { boulder, crag, foam, rock, spray } from './props.js'
import { continuousGround, type SetLayers } from './set-ground.js'

/** The coast's far layer: the sea to the horizon and islands on it. */
const coastFar = (d: number): LayerDef => ({
  name: 'far',
  depth: d + 900,
  top: 80,
  apron: MATERIALS.water,
  paint: (p) =>
    forEachCell(p, 400, 'headland', (x, r) => {
      if (r.next() < 0.55) return
      fillRidge(
        { ...p, left: x, right: x + r.range(150, 380) },
        `isle:${x}`,
        60,
        (q) => q.range(15, 70),
        p.shade(MATERIALS.darkRock),
        true,
        // Rising out of the sea and sinking back into it, not cut off in walls.
        (t) => Math.min(1, 1.8 * Math.sin(Math.PI * t)),
      )
    }),
})

/** How many whitecaps a sea carries: a few when calm, many in wind and storms. */
const seaState = (plan: ScenePlan) => 0.25 + 0.6 * plan.weather.wind

/** The sea beyond a beach or a pier: to the horizon with its islands, and whitecaps nearer. */
const openSea = (plan: ScenePlan, d: number): LayerDef[] => [
  coastFar(d),
  {
    name: 'mid',
    depth: d + 30,
    top: 1,
    apron: MATERIALS.water,
    paint: (p) => whitecaps(p, 'crests', seaState(plan)),
  },
]

/**
 * The coast: a sandy beach, or a rocky shore when the words say so (`plan.shore`). A boat as
 * the subject puts the subjects' plane on the water.
 */
export const coastLayers: SetLayers = (plan, d) =>
  continuousGround(
    plan.shore === 'rock'
      ? rockyShore(plan, d)
      : (plan.shore === 'pier' || plan.shore === 'quay') && !plan.subjectsOnWater
        ? pier(plan, d, plan.shore === 'quay')
        : beach(plan, d),
  )

/**
 * A pier: the subjects on its wooden deck, the joins of its planks, a railing of posts and rails
 * along its far edge with a bollard here and there, and the open sea beyond it. A quay (`stone`)
 * is paved in stone slabs.
 */
function pier(plan: ScenePlan, d: number, stone: boolean): LayerDef[] {
  const deck = stone ? MATERIALS.concrete : MATERIALS.wood
  const planks = (p: PaintContext, label: string) =>
    forEachCell(p, stone ? 2.4 : 0.9, label, (x) => {
      p.ctx.fillStyle = p.shade(mix(deck, hex('#000000'), 0.35))
      p.ctx.fillRect(x, p.bottom, 0.03, -p.bottom)
    })
  return [
    ...openSea(plan, d),
    {
      name: 'stage',
      depth: d + 1.5,
      top: 1.1,
      apron: deck,
      paint: (p) => {
        planks(p, 'far-planks')
        const iron = p.shade(MATERIALS.darkWood)
        forEachCell(p, 2.2, 'railing', (x, r) => {
          p.ctx.fillStyle = iron
          p.ctx.fillRect(x, 0, 0.09, 1.05)
          if (r.next() < 0.25) {
            p.ctx.fillStyle = p.shade(hex('#2a2b30'))
            p.ctx.fillRect(x + 0.8, 0, 0.3, 0.45)
            p.ctx.fillRect(x + 0.74, 0.4, 0.42, 0.08)
          }
        })
        p.ctx.fillStyle = iron
        p.ctx.fillRect(p.left, 0.98, p.right - p.left, 0.07)
        p.ctx.fillRect(p.left, 0.5, p.right - p.left, 0.05)
      },
    },
    {
      name: 'near',
      depth: d * 0.45,
      top: 0.2,
      // The deck runs on under the camera.
      apron: deck,
      paint: (p) => planks(p, 'near-planks'),
    },
  ]
}

/**
 * A sandy beach: sand under the subjects, surf at its edge and a few rocks nearer; with a boat as
 * the subject, open water with whitecaps instead.
 */
function beach(plan: ScenePlan, d: number): LayerDef[] {
  return [
    ...openSea(plan, d),
    {
      name: 'stage',
      depth: d,
      top: 0.6,
      apron: plan.subjectsOnWater ? MATERIALS.water : MATERIALS.sand,
      // On the water, open sea; on the beach, a lace of surf where the sea runs up the sand.
      paint: (p) =>
        plan.subjectsOnWater
          ? whitecaps(p, 'near-crests', seaState(plan))
          : forEachCell(p, 1.2, 'surf', (x, r) => foam(p, x + 0.6, r.range(0, 0.05), 1.7, r)),
    },
    {
      name: 'near',
      depth: d * 0.45,
      top: 2,
      // The same sand as under the subjects, so the beach runs on without a line across it.
      apron: plan.subjectsOnWater ? null : MATERIALS.sand,
      paint: (p) => {
        if (plan.subjectsOnWater) return
        forEachCell(p, 6, 'beach-rocks', (x, r) => {
          if (r.next() < 0.6) rock(p, x + r.range(0, 6), r.range(0.3, 0.9), MATERIALS.darkRock, r)
        })
      },
    },
  ]
}

/**
 * A rocky shore: dark rock under the subjects, breaking off into the sea in a jagged edge of
 * crags and inlets, with white water along it and spray bursting up where waves hit; reefs and
 * stacks offshore with surf round their feet, and boulders nearer the camera (or, with a boat on
 * the water, rocks standing out of the sea in the foreground). Sizes follow the subjects'
 * distance, so the edge reads the same in a wide shot and a close one.
 */
function rockyShore(plan: ScenePlan, d: number): LayerDef[] {
  const onWater = plan.subjectsOnWater
  // The size of the shore's detail (m) on the subjects' plane.
  const unit = Math.max(0.12, 0.012 * d)
  // The grounds behind the nearest are shaded as the ground at its depth (`continuousGround`):
  // the inlets' water and the edge's rock take the same colours, so they meet them.
  const nearestGround = onWater ? d : d * 0.45
  const wind = plan.weather.wind
  const midUnit = (unit * (d + 30)) / d
  const nearUnit = unit * 0.6
  return [
    coastFar(d),
    {
      name: 'mid',
      depth: d + 30,
      top: Math.max(1, 7 * midUnit),
      apron: MATERIALS.water,
      paint: (p) => {
        whitecaps(p, 'crests', seaState(plan))
        reefs(p, midUnit, wind)
      },
    },
    {
      name: 'stage',
      depth: d,
      top: onWater ? 0.6 : 10 * unit,
      apron: onWater ? MATERIALS.water : MATERIALS.basalt,
      paint: (p) =>
        onWater
          ? whitecaps(p, 'near-crests', seaState(plan))
          : shoreEdge(p, unit, nearestGround, wind),
    },
    {
      name: 'near',
      depth: d * 0.45,
      top: 3 * nearUnit,
      apron: onWater ? null : MATERIALS.basalt,
      paint: (p) => {
        if (!onWater) ledges(p, nearUnit)
        forEachCell(p, 7 * nearUnit, 'near-rocks', (x, r) => {
          if (r.next() < 0.45) return
          const width = r.range(1.5, 3.5) * nearUnit
          const at = x + r.range(0, 7 * nearUnit)
          if (onWater) {
            foam(p, at, 0, width * 1.4, r, 0.85)
            crag(p, at, width, r.range(0.8, 2.6) * nearUnit, rockColours(p), r)
            foam(p, at + r.range(-0.3, 0.3) * width, 0.02 * width, width * 0.9, r, 0.7)
          } else {
            boulder(p, at, 0, width, r.range(0.4, 1.2) * nearUnit, rockColours(p), r)
          }
        })
      },
    },
  ]
}

/** A rock's fill and the lighter facet of its lit side, shaded for the layer. */
const rockColours = (p: PaintContext) => ({
  fill: p.shade(MATERIALS.basalt),
  face: p.shade(mix(MATERIALS.basalt, hex('#8d8a84'), 0.35)),
})

/**
 * Reefs and stacks in the sea on a layer's base line, surf round their feet and now and then a
 * burst of spray; `unit` the size of their detail (m).
 */
function reefs(p: PaintContext, unit: number, wind: number): void {
  forEachCell(p, 30 * unit, 'reefs', (x, r) => {
    if (r.next() < 0.6) return
    const at = x + r.range(0, 30 * unit)
    const width = r.range(3, 9) * unit
    if (r.next() < 0.4 + 0.4 * wind) spray(p, at, 0, r.range(2.5, 5.5) * unit, r, 0.8)
    foam(p, at, 0, width * 1.15, r, 0.7)
    crag(p, at, width, r.range(0.6, 2.8) * unit, rockColours(p), r)
    foam(p, at + r.range(-0.3, 0.3) * width, 0.05 * unit, width * 0.5, r, 0.6)
  })
}

/**
 * The rock below the shore's edge broken into ledges: dark jagged cracks and paler slabs of wet
 * rock scattered over it, in rows that grow as the rock comes nearer (as whitecaps do), each row
 * drawn at once.
 */
function ledges(p: PaintContext, unit: number): void {
  const { ctx } = p
  const growth = 30 * unit
  const crackColour = p.shade(mix(MATERIALS.basalt, hex('#000000'), 0.6), 0.7)
  const slabColour = p.shade(mix(MATERIALS.basalt, hex('#b0aca4'), 0.5), 0.22)
  let top = -0.6 * unit
  for (let row = 0; top > p.bottom; row++) {
    const near = 1 + -top / growth
    const bottom = top - 1.6 * unit * near
    const cell = 8 * unit * near
    const cracks: { x: number; y: number }[][] = []
    const slabs: { x: number; y: number }[][] = []
    const boulders: { x: number; y: number; width: number; height: number; random: Random }[] = []
    forEachCell(p, cell, `ledges:${row}`, (x, r) => {
      if (r.next() < 0.5) {
        // A crack: a few sharp turns, mostly along the rock's grain.
        let at = { x: x + r.range(0, cell), y: r.range(bottom, top) }
        const crack = [at]
        for (let k = 0; k < 3; k++) {
          at = {
            x: at.x + r.range(0.6, 1.8) * unit * near,
            y: at.y + r.range(-0.5, 0.5) * unit * near,
          }
          crack.push(at)
        }
        cracks.push(crack)
      }
      if (r.next() < 0.35) {
        const width = r.range(2, 5) * unit * near
        const cx = x + r.range(0, cell)
        const cy = r.range(bottom, top)
        const h = r.range(0.25, 0.6) * unit * near
        slabs.push([
          { x: cx - width / 2, y: cy },
          { x: cx - width * r.range(0.1, 0.3), y: cy + h },
          { x: cx + width * r.range(0.2, 0.45), y: cy + h * r.range(0.6, 1) },
          { x: cx + width / 2, y: cy - h * 0.2 },
        ])
      }
      if (r.next() < 0.12) {
        boulders.push({
          x: x + r.range(0, cell),
          y: r.range(bottom, top),
          width: r.range(1.2, 3) * unit * near,
          height: r.range(0.4, 1.1) * unit * near,
          random: r,
        })
      }
    })
    ctx.fillStyle = slabColour
    ctx.beginPath()
    for (const slab of slabs) {
      for (const [i, point] of slab.entries()) {
        if (i === 0) ctx.moveTo(point.x, point.y)
        else ctx.lineTo(point.x, point.y)
      }
      ctx.closePath()
    }
    ctx.fill()
    ctx.strokeStyle = crackColour
    ctx.lineWidth = 0.12 * unit * near
    ctx.beginPath()
    for (const crack of cracks) {
      for (const [i, point] of crack.entries()) {
        if (i === 0) ctx.moveTo(point.x, point.y)
        else ctx.lineTo(point.x, point.y)
      }
    }
    ctx.stroke()
    for (const stone of boulders) {
      boulder(p, stone.x, stone.y, stone.width, stone.height, rockColours(p), stone.random)
    }
    top = bottom
  }
}

/**
 * Where the rock under the subjects meets the sea behind them (its base line): a jagged edge of
 * crags, broken by inlets where the sea cuts into the rock, white water along it and in the
 * inlets, and spray bursting up behind it; the rock below the edge cracked into ledges. `unit`
 * is the size of the detail (m); `nearestGround` the depth the ground colours are taken at.
 */
function shoreEdge(p: PaintContext, unit: number, nearestGround: number, wind: number): void {
  const { ctx } = p
  const rockColour = css(groundColour(MATERIALS.basalt, nearestGround, p.palette, p.weather))
  const seaColour = css(groundColour(MATERIALS.water, nearestGround, p.palette, p.weather))
  ledges(p, unit)
  // Inlets: where the sea cuts into the rock, the edge drops to the water.
  const inlets: { left: number; right: number; depth: number; random: Random }[] = []
  forEachCell(p, 40 * unit, 'inlets', (x, r) => {
    if (r.next() < 0.45) return
    const width = r.range(3, 9) * unit
    const left = x + r.range(0, 40 * unit - width)
    inlets.push({ left, right: left + width, depth: r.range(0.6, 2) * unit, random: r })
  })
  const inInlet = (x: number) => inlets.some((inlet) => x > inlet.left && x < inlet.right)
  // Spray bursting up behind the edge, then the white water along it.
  forEachCell(p, 16 * unit, 'bursts', (x, r) => {
    if (r.next() > 0.35 + 0.45 * wind) return
    spray(p, x + r.range(0, 16 * unit), 0.4 * unit, r.range(3, 8) * unit * (0.7 + 0.5 * wind), r)
  })
  forEachCell(p, 2.5 * unit, 'white-water', (x, r) => {
    if (r.next() < 0.3) return
    foam(p, x + r.range(0, 2.5 * unit), r.range(0.1, 1) * unit, r.range(1.5, 4) * unit, r)
  })
  // The edge: crags and notches, low in the inlets' mouths.
  const points: { x: number; y: number }[] = []
  forEachCell(p, 1.4 * unit, 'edge', (x, r) => {
    const at = x + r.range(0.1, 0.9) * 1.4 * unit
    const crest = r.next() < 0.15 ? r.range(1.8, 3.2) : r.range(0.1, 1.5)
    points.push({ x: at, y: inInlet(at) ? -0.1 * unit : crest * unit })
  })
  const first = points[0]
  const last = points[points.length - 1]
  if (first && last) {
    ctx.fillStyle = rockColour
    ctx.beginPath()
    ctx.moveTo(first.x, -unit)
    for (const point of points) ctx.lineTo(point.x, point.y)
    ctx.lineTo(last.x, -unit)
    ctx.closePath()
    ctx.fill()
    // The crags' lit faces.
    ctx.fillStyle = rockColours(p).face
    ctx.beginPath()
    for (let i = 1; i < points.length; i++) {
      const a = points[i - 1] as { x: number; y: number }
      const b = points[i] as { x: number; y: number }
      if (b.y < a.y + 0.4 * unit) continue
      ctx.moveTo(a.x, a.y)
      ctx.lineTo(b.x, b.y)
      ctx.lineTo(b.x - 0.2 * unit, Math.max(0, a.y - 0.3 * unit))
      ctx.closePath()
    }
    ctx.fill()
  }
  // Surf washing over the foot of the edge.
  forEachCell(p, 3 * unit, 'wash', (x, r) => {
    if (r.next() < 0.3) return
    foam(p, x + r.range(0, 3 * unit), r.range(-0.1, 0.25) * unit, r.range(0.6, 2) * unit, r, 0.65)
  })
  // The inlets: sea running into the rock, foam washing round them.
  for (const inlet of inlets) {
    const width = inlet.right - inlet.left
    ctx.fillStyle = seaColour
    ctx.beginPath()
    ctx.moveTo(inlet.left, 0.05 * unit)
    ctx.lineTo(inlet.left + width * 0.3, -inlet.depth * 0.7)
    ctx.lineTo(inlet.left + width * 0.5, -inlet.depth)
    ctx.lineTo(inlet.left + width * 0.75, -inlet.depth * 0.6)
    ctx.lineTo(inlet.right, 0.05 * unit)
    ctx.closePath()
    ctx.fill()
    const random = inlet.random
    for (let i = 0; i < 5; i++) {
      const t = random.range(0.1, 0.9)
      foam(
        p,
        inlet.left + width * t,
        -inlet.depth * random.range(0.1, 0.7),
        width * 0.35,
        random,
        0.7,
      )
    }
  }
}

/**
 * Whitecaps scattered over a layer's sea from its base line down, in rows that grow as the sea
 * comes nearer (a row as deep as its crests), fading out towards the base line, so that they
 * never line up along it as a row of dashes. `amount`: the share of cells with a crest. Each row
 * is filled at once, its brighter and its fainter crests as two paths.
 */
export function whitecaps(p: PaintContext, label: string, amount: number): void {
  const { ctx } = p
  // How fast crests grow below the base line (m): they are nearer the camera there.
  const growth = 6
  let top = 0
  for (let row = 0; top > p.bottom; row++) {
    const near = 1 + -top / growth
    const bottom = top - 0.35 * near
    // Fading out towards the base line, and where they grow large (soft, near the camera).
    const fade = Math.min(1, -(top + bottom) / 2 / 0.8, 6 / near)
    const crests: { x: number; y: number; rx: number; bright: boolean }[] = []
    const cell = 12 * near
    forEachCell(p, cell, `${label}:${row}`, (x, r) => {
      for (let i = 0; i < 4; i++) {
        if (r.next() > amount) continue
        const bright = r.next() < 0.4
        const cx = x + r.range(0, cell)
        crests.push({ x: cx, y: r.range(bottom, top), rx: r.range(0.3, 0.9) * near, bright })
      }
    })
    for (const [bright, alpha] of [
      [true, 0.75],
      [false, 0.4],
    ] as const) {
      ctx.beginPath()
      for (const crest of crests) {
        if (crest.bright !== bright) continue
        ctx.moveTo(crest.x + crest.rx, crest.y)
        ctx.ellipse(crest.x, crest.y, crest.rx, 0.035 * near, 0, 0, Math.PI * 2)
      }
      ctx.fillStyle = p.shade(MATERIALS.foam, alpha * fade)
      ctx.fill()
    }
    top = bottom
  }
}
