/** Layers of the open-air sets: forest, coast, desert, mountains and countryside. */
import { hex, mix } from '../color.js'
import type { ScenePlan } from '../plan-scene.js'
import {
  fillRidge,
  forEachCell,
  MATERIALS,
  paintGround,
  type PaintContext,
} from './paint-context.js'
import type { LayerDef } from './layer-def.js'
import { cactus, grassTufts, rock, tree } from './props.js'

type SetLayers = (plan: ScenePlan, subjectDepth: number) => LayerDef[]

/**
 * The set's grounds run on from layer to layer without a line where one layer's ground meets the
 * next nearer one's (as a ground shaded by its bitmap's extent leaves, wherever the camera looks
 * down on it): every ground behind the nearest one is shaded as the ground at the nearest one's
 * depth (`paintGround`), which the nearest one's apron starts from, except that the farthest
 * fades into that from the haze at its base line, near the horizon.
 */
function continuousGround(layers: LayerDef[]): LayerDef[] {
  const grounds = layers.filter((layer) => layer.apron).sort((a, b) => a.depth - b.depth)
  const nearest = grounds[0]
  const farthest = grounds[grounds.length - 1]
  return layers.map((layer) => {
    const apron = layer.apron
    if (!apron || !nearest || layer === nearest) return layer
    const lineDepth = layer === farthest ? layer.depth : nearest.depth
    return {
      ...layer,
      paint: (p) => {
        paintGround(p, apron, lineDepth, nearest.depth)
        layer.paint(p)
      },
    }
  })
}

const snowy = (p: PaintContext, material: typeof MATERIALS.grass) =>
  p.weather.snowCover ? MATERIALS.snow : material

const groundOr = (plan: ScenePlan, material: typeof MATERIALS.grass) =>
  plan.weather.snowCover ? MATERIALS.snow : material

export const forestLayers: SetLayers = (plan, d) =>
  continuousGround([
    {
      name: 'far',
      depth: d + 150,
      top: 45,
      apron: groundOr(plan, MATERIALS.forestFloor),
      paint: (p) =>
        forEachCell(p, 5, 'far-trees', (x, r) =>
          tree(p, x + r.range(0, 5), r.range(22, 40), 'conifer', r),
        ),
    },
    {
      name: 'mid',
      depth: d + 12,
      top: 32,
      apron: groundOr(plan, MATERIALS.forestFloor),
      paint: (p) =>
        forEachCell(p, 3.2, 'mid-trees', (x, r) => {
          tree(p, x + r.range(0, 3), r.range(14, 30), r.next() < 0.6 ? 'conifer' : 'broadleaf', r)
        }),
    },
    {
      name: 'stage',
      depth: d,
      top: 2,
      apron: groundOr(plan, MATERIALS.forestFloor),
      paint: (p) =>
        forEachCell(p, 4, 'ferns', (x, r) => {
          if (r.next() < 0.5) grassTufts(p, x, 1.2, r.range(0.4, 0.9), r)
        }),
    },
    {
      name: 'near',
      depth: d * 0.45,
      top: 30,
      apron: null,
      paint: (p) =>
        forEachCell(p, 9, 'near-trunks', (x, r) => {
          if (r.next() < 0.5) return
          p.ctx.fillStyle = p.shade(mix(MATERIALS.bark, hex('#000000'), 0.4))
          p.ctx.fillRect(x + r.range(0, 6), 0, r.range(0.35, 0.6), 30)
        }),
    },
  ])

export const coastLayers: SetLayers = (plan, d) =>
  continuousGround([
    {
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
    },
    {
      name: 'mid',
      depth: d + 30,
      top: 1,
      apron: MATERIALS.water,
      paint: (p) => whitecaps(p, 'crests', 0.25 + 0.6 * plan.weather.wind),
    },
    {
      name: 'stage',
      depth: d,
      top: 0.6,
      apron: plan.subjectsOnWater ? MATERIALS.water : MATERIALS.sand,
      paint: (p) => {
        p.ctx.fillStyle = p.shade(MATERIALS.foam, 0.9)
        forEachCell(p, 2, 'surf', (x, r) =>
          p.ctx.fillRect(x, r.range(-0.05, 0.05), 2.05, r.range(0.15, 0.3)),
        )
      },
    },
    {
      name: 'near',
      depth: d * 0.45,
      top: 2,
      apron: plan.subjectsOnWater ? null : MATERIALS.wetSand,
      paint: (p) =>
        forEachCell(p, 6, 'beach-rocks', (x, r) => {
          if (r.next() < 0.6) rock(p, x + r.range(0, 6), r.range(0.3, 0.9), MATERIALS.darkRock, r)
        }),
    },
  ])

/**
 * Whitecaps scattered over a layer's sea from its base line down, in rows that grow as the sea
 * comes nearer (a row as deep as its crests), fading out towards the base line, so that they
 * never line up along it as a row of dashes. `amount`: the share of cells with a crest. Each row
 * is filled at once, its brighter and its fainter crests as two paths.
 */
function whitecaps(p: PaintContext, label: string, amount: number): void {
  const { ctx } = p
  // How fast crests grow below the base line (m): they are nearer the camera there.
  const growth = 6
  let top = 0
  for (let row = 0; top > p.bottom; row++) {
    const near = 1 + -top / growth
    const bottom = top - 0.35 * near
    const fade = Math.min(1, -(top + bottom) / 2 / 0.8)
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

export const desertLayers: SetLayers = (_plan, d) =>
  continuousGround([
    {
      name: 'far',
      depth: d + 600,
      top: 140,
      apron: MATERIALS.sand,
      paint: (p) =>
        fillRidge(
          p,
          'mesas',
          90,
          (r) => (r.next() < 0.4 ? r.range(60, 130) : r.range(0, 15)),
          p.shade(hex('#b0714a')),
          false,
        ),
    },
    {
      name: 'mid',
      depth: d + 40,
      top: 14,
      apron: MATERIALS.sand,
      paint: (p) =>
        fillRidge(
          p,
          'dunes',
          22,
          (r) => r.range(2, 12),
          p.shade(mix(MATERIALS.sand, hex('#a0703a'), 0.25)),
        ),
    },
    {
      name: 'stage',
      depth: d,
      top: 4,
      apron: MATERIALS.sand,
      paint: (p) =>
        forEachCell(p, 12, 'cacti', (x, r) => {
          if (r.next() < 0.35) cactus(p, x + r.range(0, 12), r.range(1.6, 3.6))
          else if (r.next() < 0.5) rock(p, x + r.range(0, 12), r.range(0.3, 0.7), MATERIALS.rock, r)
        }),
    },
    {
      name: 'near',
      depth: d * 0.45,
      top: 1,
      apron: null,
      paint: (p) =>
        forEachCell(p, 5, 'scrub', (x, r) => {
          if (r.next() < 0.5) rock(p, x + r.range(0, 5), r.range(0.2, 0.5), MATERIALS.rock, r)
        }),
    },
  ])

export const mountainLayers: SetLayers = (plan, d) =>
  continuousGround([
    {
      name: 'far',
      depth: d + 1500,
      top: 1100,
      apron: groundOr(plan, MATERIALS.hill),
      paint: (p) => {
        fillRidge(p, 'peaks', 260, (r) => r.range(300, 1000), p.shade(MATERIALS.mountain), false)
        p.ctx.save()
        p.ctx.beginPath()
        p.ctx.rect(p.left - 300, 650, p.right - p.left + 600, 500)
        p.ctx.clip()
        fillRidge(p, 'peaks', 260, (r) => r.range(300, 1000), p.shade(MATERIALS.snow), false)
        p.ctx.restore()
      },
    },
    {
      name: 'mid',
      depth: d + 60,
      top: 45,
      apron: groundOr(plan, MATERIALS.hill),
      paint: (p) => {
        fillRidge(
          p,
          'foothills',
          30,
          (r) => r.range(4, 20),
          p.shade(snowy(p, mix(MATERIALS.hill, MATERIALS.conifer, 0.4))),
        )
        forEachCell(p, 7, 'pines', (x, r) =>
          tree(p, x + r.range(0, 7), r.range(9, 16), 'conifer', r),
        )
      },
    },
    {
      name: 'stage',
      depth: d,
      top: 2,
      apron: groundOr(plan, MATERIALS.hill),
      paint: (p) =>
        forEachCell(p, 5, 'boulders', (x, r) => {
          if (r.next() < 0.4) rock(p, x + r.range(0, 5), r.range(0.3, 1.2), MATERIALS.rock, r)
        }),
    },
    {
      name: 'near',
      depth: d * 0.45,
      top: 1.5,
      apron: null,
      paint: (p) =>
        forEachCell(p, 4, 'near-rocks', (x, r) => {
          if (r.next() < 0.5) rock(p, x + r.range(0, 4), r.range(0.2, 0.6), MATERIALS.darkRock, r)
        }),
    },
  ])

export const countrysideLayers: SetLayers = (plan, d) =>
  continuousGround([
    {
      name: 'far',
      depth: d + 400,
      top: 70,
      apron: groundOr(plan, MATERIALS.grass),
      paint: (p) =>
        fillRidge(p, 'hills', 120, (r) => r.range(10, 60), p.shade(snowy(p, MATERIALS.hill))),
    },
    {
      name: 'mid',
      depth: d + 25,
      top: 16,
      apron: groundOr(plan, MATERIALS.grass),
      paint: (p) => {
        forEachCell(p, 9, 'field-trees', (x, r) => {
          if (r.next() < 0.55) tree(p, x + r.range(0, 9), r.range(6, 13), 'broadleaf', r)
        })
        p.ctx.fillStyle = p.shade(MATERIALS.darkWood)
        forEachCell(p, 2.5, 'fence', (x) => p.ctx.fillRect(x, 0, 0.12, 1.1))
        p.ctx.fillRect(p.left - 5, 0.75, p.right - p.left + 10, 0.08)
      },
    },
    {
      name: 'stage',
      depth: d,
      top: 1,
      apron: groundOr(plan, MATERIALS.grass),
      paint: (p) => forEachCell(p, 3, 'tufts', (x, r) => grassTufts(p, x, 2, r.range(0.2, 0.5), r)),
    },
    {
      name: 'near',
      depth: d * 0.45,
      top: 1,
      apron: null,
      paint: (p) =>
        forEachCell(p, 2, 'near-grass', (x, r) => grassTufts(p, x, 1.5, r.range(0.3, 0.6), r)),
    },
  ])
