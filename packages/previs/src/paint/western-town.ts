/**
 * A street of the old West: a dirt street between false-fronted wooden buildings, each with its
 * sign, its upper windows, a porch roof on posts over a boardwalk and a door; hitching rails and
 * barrels by the street, and the desert's mesas beyond the roofs. It stands for the city street
 * when the words say so (plan-scene.ts `western`).
 */
import { hex, mix, type Rgb } from '../color.js'
import type { Random } from '../random.js'
import type { LayerDef } from './layer-def.js'
import { mesas } from './outdoor-sets.js'
import { forEachCell, MATERIALS, type PaintContext } from './paint-context.js'

/** The street's dirt, and the weathered boards the town is built of. */
export const WESTERN_DIRT = hex('#b08a5c')
const BOARDS: readonly Rgb[] = [hex('#8a6a4a'), hex('#a08060'), hex('#6e5a48'), hex('#b8a078')]
const BLACK = hex('#000000')

/** A false-fronted building from `x`, `width` wide, its front `height` high. */
function frontier(p: PaintContext, x: number, width: number, height: number, r: Random): void {
  const { ctx } = p
  const boards = r.pick(BOARDS)
  ctx.fillStyle = p.shade(boards)
  ctx.fillRect(x, 0, width, height)
  // Board seams down the front.
  ctx.fillStyle = p.shade(mix(boards, BLACK, 0.25))
  for (let seam = x + 0.4; seam < x + width; seam += 0.4) ctx.fillRect(seam, 3, 0.02, height - 3)
  // The sign across the false front.
  ctx.fillStyle = p.shade(mix(boards, hex('#f0e6cc'), 0.55))
  ctx.fillRect(x + width * 0.15, height - 1.4, width * 0.7, 0.9)
  ctx.fillStyle = p.shade(mix(boards, BLACK, 0.55))
  ctx.fillRect(x + width * 0.22, height - 1.0, width * 0.56, 0.12)
  // Upper windows, dark or lit.
  const lit = p.palette.lampsLit
  for (let w = x + 0.8; w + 0.9 < x + width; w += 2) {
    ctx.fillStyle = lit && r.next() < 0.6 ? p.glow(MATERIALS.window) : p.shade(hex('#2a2622'))
    ctx.fillRect(w, 3.6, 0.8, 1.1)
  }
  // The porch roof on its posts, the door under it, the boardwalk.
  ctx.fillStyle = p.shade(mix(boards, BLACK, 0.35))
  ctx.fillRect(x - 0.2, 2.8, width + 0.4, 0.18)
  for (const post of [x, x + width / 2, x + width - 0.12]) ctx.fillRect(post, 0.3, 0.12, 2.5)
  ctx.fillStyle = p.shade(hex('#2a2622'))
  ctx.fillRect(x + r.range(0.8, width - 2), 0.3, 1.1, 2.1)
  ctx.fillStyle = p.shade(mix(MATERIALS.darkWood, BLACK, 0.2))
  ctx.fillRect(x - 0.2, 0, width + 0.4, 0.3)
}

export function westernTownLayers(d: number): LayerDef[] {
  return [
    {
      name: 'far',
      depth: d + 250,
      top: 70,
      apron: WESTERN_DIRT,
      paint: (p) => mesas(p, 0.5),
    },
    {
      name: 'mid',
      depth: d + 14,
      top: 9,
      apron: WESTERN_DIRT,
      paint: (p) =>
        forEachCell(p, 9, 'frontier', (x, r) => {
          if (r.next() < 0.12) return // a gap between buildings
          frontier(p, x + 0.3, r.range(6.5, 8.4), r.range(6, 8.5), r)
        }),
    },
    {
      name: 'stage',
      depth: d,
      top: 1.2,
      apron: WESTERN_DIRT,
      paint: (p) =>
        forEachCell(p, 10, 'hitching', (x, r) => {
          const { ctx } = p
          if (r.next() < 0.5) {
            // A hitching rail on two posts.
            ctx.fillStyle = p.shade(MATERIALS.darkWood)
            ctx.fillRect(x + 1, 0, 0.12, 1)
            ctx.fillRect(x + 3.4, 0, 0.12, 1)
            ctx.fillRect(x + 0.9, 0.9, 2.7, 0.1)
          } else if (r.next() < 0.6) {
            // A barrel.
            ctx.fillStyle = p.shade(MATERIALS.wood)
            ctx.fillRect(x + 6, 0, 0.55, 0.85)
            ctx.fillStyle = p.shade(hex('#3a3430'))
            ctx.fillRect(x + 6, 0.15, 0.55, 0.05)
            ctx.fillRect(x + 6, 0.65, 0.55, 0.05)
          }
        }),
    },
  ]
}
