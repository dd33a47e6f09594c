/**
 * Layers of the open-air sets: forest, desert, mountains and countryside (the coast is in
 * coast-set.ts). With a boat as the subject, each has a lake or a river (inland-water.ts).
 */
import { hex, mix } from '../color.js'
import type { ScenePlan } from '../plan-scene.js'
import { fillRidge, forEachCell, MATERIALS, type PaintContext } from './paint-context.js'
import { cactus, grassTufts, rock, tree } from './props.js'
import { continuousGround, type SetLayers } from './set-ground.js'
import { onInlandWater } from './inland-water.js'

const snowy = (p: PaintContext, material: typeof MATERIALS.grass) =>
  p.weather.snowCover ? MATERIALS.snow : material

const groundOr = (plan: ScenePlan, material: typeof MATERIALS.grass) =>
  plan.weather.snowCover ? MATERIALS.snow : material

export const forestLayers: SetLayers = (plan, d) =>
  continuousGround(
    onInlandWater(plan, d, 8, [
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
    ]),
  )

/**
 * The desert's flat-topped mesas on the horizon, red rock with gaps of low ground between, `scale`
 * times their full size (130 m at the tallest, 90 m a cell).
 */
export function mesas(p: PaintContext, scale = 1): void {
  fillRidge(
    p,
    'mesas',
    90 * scale,
    (r) => (r.next() < 0.4 ? r.range(60, 130) : r.range(0, 15)) * scale,
    p.shade(hex('#b0714a')),
    false,
  )
}

export const desertLayers: SetLayers = (plan, d) =>
  continuousGround(
    onInlandWater(plan, d, 15, [
      {
        name: 'far',
        depth: d + 600,
        top: 140,
        apron: MATERIALS.sand,
        paint: (p) => mesas(p),
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
            else if (r.next() < 0.5)
              rock(p, x + r.range(0, 12), r.range(0.3, 0.7), MATERIALS.rock, r)
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
    ]),
  )

export const mountainLayers: SetLayers = (plan, d) =>
  continuousGround(
    onInlandWater(plan, d, 20, [
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
    ]),
  )

export const countrysideLayers: SetLayers = (plan, d) =>
  continuousGround(
    onInlandWater(plan, d, 12, [
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
        paint: (p) =>
          forEachCell(p, 3, 'tufts', (x, r) => grassTufts(p, x, 2, r.range(0.2, 0.5), r)),
      },
      {
        name: 'near',
        depth: d * 0.45,
        top: 1,
        apron: null,
        paint: (p) =>
          forEachCell(p, 2, 'near-grass', (x, r) => grassTufts(p, x, 1.5, r.range(0.3, 0.6), r)),
      },
    ]),
  )
