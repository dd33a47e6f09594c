/**
 * The sets off the Earth: the Moon's grey regolith under a black sky, and Mars's rust-red ground
 * under its butterscotch one. Low worn hills on the horizon, craters with a lit rim and a dark
 * bowl, and rocks strewn over the ground; nothing grows and nothing is built.
 */
import { hex, mix, type Rgb } from '../color.js'
import { fillRidge, forEachCell, type PaintContext } from './paint-context.js'
import { rock } from './props.js'
import { continuousGround, type SetLayers } from './set-ground.js'

/** The ground of each world, and what its hills and rocks are made of. */
export const OFF_WORLD_GROUNDS = {
  moon: { ground: hex('#8e8b86'), rock: hex('#6c6a66') },
  mars: { ground: hex('#a35a34'), rock: hex('#6e3a24') },
} as const

type World = keyof typeof OFF_WORLD_GROUNDS

/** A crater seen low across the ground: a dark bowl under its far rim, which the sun lights. */
function crater(p: PaintContext, x: number, width: number, ground: Rgb): void {
  const { ctx } = p
  const depth = width * 0.09
  ctx.fillStyle = p.shade(mix(ground, hex('#ffffff'), 0.2))
  ctx.beginPath()
  ctx.ellipse(x, depth * 0.3, width / 2, depth, 0, 0, Math.PI * 2)
  ctx.fill()
  ctx.fillStyle = p.shade(mix(ground, hex('#000000'), 0.3))
  ctx.beginPath()
  ctx.ellipse(x, 0, width * 0.46, depth * 0.85, 0, 0, Math.PI * 2)
  ctx.fill()
}

function worldLayers(world: World): SetLayers {
  const { ground, rock: stone } = OFF_WORLD_GROUNDS[world]
  return (_plan, d) =>
    continuousGround([
      {
        name: 'far',
        depth: d + 900,
        top: 160,
        apron: ground,
        paint: (p) =>
          fillRidge(
            p,
            'rims',
            160,
            (r) => (r.next() < 0.5 ? r.range(40, 150) : r.range(5, 30)),
            p.shade(mix(ground, stone, 0.35)),
          ),
      },
      {
        name: 'mid',
        depth: d + 60,
        top: 10,
        apron: ground,
        paint: (p) =>
          forEachCell(p, 26, 'craters', (x, r) => {
            if (r.next() < 0.55) crater(p, x + r.range(0, 26), r.range(6, 20), ground)
            else rock(p, x + r.range(0, 26), r.range(0.8, 2.2), stone, r)
          }),
      },
      {
        name: 'stage',
        depth: d,
        top: 2,
        apron: ground,
        paint: (p) =>
          forEachCell(p, 6, 'rocks', (x, r) => {
            if (r.next() < 0.15) crater(p, x + r.range(0, 6), r.range(1, 2.5), ground)
            else if (r.next() < 0.6) rock(p, x + r.range(0, 6), r.range(0.15, 0.5), stone, r)
          }),
      },
      {
        name: 'near',
        depth: d * 0.45,
        top: 1,
        apron: null,
        paint: (p) =>
          forEachCell(p, 4, 'pebbles', (x, r) => {
            if (r.next() < 0.5) rock(p, x + r.range(0, 4), r.range(0.1, 0.35), stone, r)
          }),
      },
    ])
}

export const moonLayers = worldLayers('moon')
export const marsLayers = worldLayers('mars')
