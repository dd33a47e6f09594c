/** Layers of the built sets: a city street and an interior room. */
import { css, hex, mix, multiply } from '../color.js'
import type { ScenePlan } from '../plan-scene.js'
import { forEachCell, MATERIALS, type PaintContext } from './paint-context.js'
import type { LayerDef } from './layer-def.js'
import { building, lampPost } from './props.js'
import { paintRoomFurniture } from './room-furniture.js'

export function cityLayers(plan: ScenePlan, d: number): LayerDef[] {
  const neon = plan.palette.neon
  return [
    {
      name: 'far',
      depth: d + 250,
      top: 120,
      apron: MATERIALS.asphalt,
      paint: (p) =>
        forEachCell(p, 22, 'skyline', (x, r) => {
          const material = mix(MATERIALS.slate, MATERIALS.concrete, r.next() * 0.5)
          building(p, x + r.range(-4, 4), r.range(14, 30), r.range(25, 110), material, r, {
            windows: p.palette.lampsLit,
          })
        }),
    },
    {
      name: 'mid',
      depth: d + 14,
      top: 34,
      apron: MATERIALS.concrete,
      paint: (p) =>
        forEachCell(p, 12, 'facades', (x, r) => {
          const material = r.pick([
            MATERIALS.brick,
            MATERIALS.stucco,
            MATERIALS.concrete,
            MATERIALS.slate,
          ])
          building(p, x, 12.05, r.range(10, 32), material, r, { windows: true, neon })
          p.ctx.fillStyle = p.shade(MATERIALS.darkWood)
          p.ctx.fillRect(x + r.range(1, 9), 0, 1.3, 2.4)
        }),
    },
    {
      name: 'stage',
      depth: d,
      top: 6,
      apron: plan.weather.snowCover ? MATERIALS.snow : MATERIALS.asphalt,
      paint: (p) => {
        forEachCell(p, 16, 'lamps', (x, r) => lampPost(p, x + r.range(0, 4), 5))
        p.ctx.fillStyle = p.shade(hex('#d8d2b8'), 0.8)
        forEachCell(p, 3, 'lane', (x) => p.ctx.fillRect(x, -1.2, 1.5, 0.12))
      },
    },
    {
      name: 'near',
      depth: d * 0.45,
      top: 1,
      apron: MATERIALS.concrete,
      paint: (p) => {
        p.ctx.fillStyle = p.shade(mix(MATERIALS.concrete, hex('#000000'), 0.35))
        p.ctx.fillRect(p.left - 5, -0.15, p.right - p.left + 10, 0.15)
        forEachCell(p, 7, 'bollards', (x, r) => {
          if (r.next() < 0.5) p.ctx.fillRect(x, 0, 0.18, 0.9)
        })
      },
    },
  ]
}

/** The back wall is painted in cells this wide (m); this share of them hold a window. */
const WALL_CELL = 4.5
const WINDOW_SHARE = 0.45

/** A window pane on the back wall, in the wall layer's world metres. */
export type WindowPane = { left: number; right: number; bottom: number; top: number }

/**
 * The glass of the interior's back-wall windows between world x `left` and `right` (the two panes
 * either side of each window's middle bar), chosen as the wall painter chooses them: where the
 * weather outside is seen.
 */
export function interiorWindowPanes(
  p: Pick<PaintContext, 'left' | 'right' | 'seed'>,
): WindowPane[] {
  const panes: WindowPane[] = []
  forEachCell(p, WALL_CELL, 'wall', (x, r) => {
    if (r.next() >= WINDOW_SHARE) return
    panes.push({ left: x + 1, right: x + 1.67, bottom: 1.05, top: 2.55 })
    panes.push({ left: x + 1.73, right: x + 2.4, bottom: 1.05, top: 2.55 })
  })
  return panes
}

export function interiorLayers(plan: ScenePlan, d: number): LayerDef[] {
  const { palette } = plan
  return [
    {
      name: 'far',
      depth: d + 3.5,
      top: 60,
      apron: MATERIALS.wood,
      paint: (p) => {
        const { ctx } = p
        ctx.fillStyle = p.shade(MATERIALS.wall)
        ctx.fillRect(p.left - 2, 0, p.right - p.left + 4, p.top + 2)
        ctx.fillStyle = p.shade(mix(MATERIALS.wall, hex('#000000'), 0.35))
        ctx.fillRect(p.left - 2, 0, p.right - p.left + 4, 0.15)
        ctx.fillRect(p.left - 2, 3.2, p.right - p.left + 4, 0.1)
        forEachCell(p, WALL_CELL, 'wall', (x, r) => {
          const kind = r.next()
          if (kind < WINDOW_SHARE) {
            // A window onto the palette's sky: a frame, the glass, a bar down the middle.
            const sky = ctx.createLinearGradient(0, 1, 0, 2.6)
            sky.addColorStop(0, css(palette.skyHorizon))
            sky.addColorStop(1, css(palette.skyTop))
            ctx.fillStyle = p.shade(MATERIALS.darkWood)
            ctx.fillRect(x + 0.9, 0.95, 1.6, 1.7)
            ctx.fillStyle = sky
            ctx.fillRect(x + 1, 1.05, 1.4, 1.5)
            ctx.fillStyle = p.shade(MATERIALS.darkWood)
            ctx.fillRect(x + 1.67, 1.05, 0.06, 1.5)
          } else if (kind < 0.7) {
            ctx.fillStyle = p.shade(MATERIALS.darkWood)
            ctx.fillRect(x + 1.2, 0, 1, 2.15)
          } else {
            ctx.fillStyle = p.shade(MATERIALS.darkWood)
            ctx.fillRect(x + 1, 1.4, 0.9, 0.7)
            ctx.fillStyle = p.shade(multiply(hex('#9ab0c4'), hex('#ffe0c0')))
            ctx.fillRect(x + 1.06, 1.46, 0.78, 0.58)
          }
        })
      },
    },
    {
      name: 'mid',
      depth: d + 1.8,
      top: 2.6,
      apron: null,
      paint: (p) => paintRoomFurniture(p, plan.room, palette.lampsLit),
    },
    {
      name: 'stage',
      depth: d,
      top: 0,
      apron: MATERIALS.wood,
      paint: (p) => {
        p.ctx.fillStyle = p.shade(MATERIALS.darkWood, 0.5)
        for (let y = -0.4; y > p.bottom; y -= 0.5)
          p.ctx.fillRect(p.left - 2, y, p.right - p.left + 4, 0.03)
      },
    },
    {
      name: 'near',
      depth: d * 0.45,
      top: 1.1,
      apron: null,
      paint: (p) =>
        forEachCell(p, 6, 'near-chairs', (x, r) => {
          if (r.next() < 0.6) return
          p.ctx.fillStyle = p.shade(mix(MATERIALS.darkWood, hex('#000000'), 0.4))
          p.ctx.fillRect(x, 0, 0.08, 1.05)
          p.ctx.fillRect(x + 0.5, 0, 0.08, 1.05)
          p.ctx.fillRect(x, 0.45, 0.58, 0.08)
          p.ctx.fillRect(x, 0.95, 0.58, 0.1)
        }),
    },
  ]
}
