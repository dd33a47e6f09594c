/**
 * The furniture along a room's back, by the kind of room (room-kind.ts), in world metres on the
 * layer in front of the back wall: a kitchen's run of counters with a stove, a sink, a fridge and
 * wall cupboards; a bar's counter with its brass rail and shelves of bottles behind it; an
 * office's desks with screens and chairs; a bedroom's bed with a nightstand and a wardrobe; a
 * library's shelves; a cafe's small tables and chairs beside its counter; a stage's curtains with
 * speakers and stage lights; a church's pews seen from behind, with an aisle, and tall
 * candlesticks burning; or, in any other room, shelves and tables. After dark some lamps
 * glow.
 */
import { hex, mix, type Rgb } from '../color.js'
import type { Random } from '../random.js'
import type { RoomKind } from '../room-kind.js'
import { forEachCell, MATERIALS, type PaintContext } from './paint-context.js'
import { shelf, table } from './props.js'

const BLACK = hex('#000000')
const WHITE = hex('#ffffff')
const STEEL = hex('#b4b8bf')
const BRASS = hex('#b5913f')
const LAMP = hex('#ffd08a')

const darker = (material: Rgb, share = 0.35) => mix(material, BLACK, share)

export function paintRoomFurniture(p: PaintContext, room: RoomKind, lampsLit: boolean): void {
  switch (room) {
    case 'kitchen':
      return kitchen(p)
    case 'bar':
      return bar(p, lampsLit)
    case 'office':
      return office(p, lampsLit)
    case 'bedroom':
      return bedroom(p, lampsLit)
    case 'library':
      return forEachCell(p, 1.3, 'library', (x, r) => shelf(p, x + 0.05, r))
    case 'cafe':
      return cafe(p, lampsLit)
    case 'stage':
      return stage(p)
    case 'church':
      return church(p)
    case 'room':
      return plainRoom(p, lampsLit)
  }
}

/** Tables and shelves, and a lamp here and there after dark: any room. */
function plainRoom(p: PaintContext, lampsLit: boolean): void {
  forEachCell(p, 5, 'furniture', (x, r) => {
    const kind = r.next()
    if (kind < 0.35) shelf(p, x + r.range(0, 3), r)
    else if (kind < 0.7) table(p, x + 2, r.range(1, 1.6), 0.75, MATERIALS.darkWood)
    if (lampsLit && r.next() < 0.5) lampGlow(p, x + 2, 1.1, 1.4)
  })
}

/** A run of base cupboards with a worktop, a stove, a sink, a fridge, and wall cupboards. */
function kitchen(p: PaintContext): void {
  const { ctx } = p
  const unit = hex('#d8d2c4')
  forEachCell(p, 3.6, 'kitchen', (x, r) => {
    const kind = r.next()
    if (kind < 0.2) {
      // A tall fridge.
      ctx.fillStyle = p.shade(mix(unit, WHITE, 0.3))
      ctx.fillRect(x + 0.1, 0, 0.75, 1.85)
      ctx.fillStyle = p.shade(darker(unit))
      ctx.fillRect(x + 0.1, 1.2, 0.75, 0.02)
      ctx.fillRect(x + 0.75, 1.3, 0.03, 0.35)
      counter(p, x + 0.9, 2.7, unit, r)
    } else counter(p, x, 3.6, unit, r)
    // Wall cupboards over most of the run.
    if (r.next() < 0.7) {
      ctx.fillStyle = p.shade(unit)
      ctx.fillRect(x + 0.95, 1.5, 2.4, 0.7)
      ctx.fillStyle = p.shade(darker(unit))
      for (let door = 1; door < 4; door++) ctx.fillRect(x + 0.95 + door * 0.6, 1.5, 0.02, 0.7)
    }
  })
}

/** Base cupboards from `x`, `width` long, with a worktop; a stove or a sink in some. */
function counter(p: PaintContext, x: number, width: number, unit: Rgb, r: Random): void {
  const { ctx } = p
  ctx.fillStyle = p.shade(unit)
  ctx.fillRect(x, 0.1, width, 0.8)
  ctx.fillStyle = p.shade(darker(unit, 0.6))
  ctx.fillRect(x, 0, width, 0.1)
  ctx.fillStyle = p.shade(darker(unit))
  for (let door = 0.6; door < width; door += 0.6) ctx.fillRect(x + door, 0.1, 0.02, 0.8)
  ctx.fillStyle = p.shade(mix(MATERIALS.wood, WHITE, 0.1))
  ctx.fillRect(x - 0.02, 0.9, width + 0.04, 0.05)
  const fitting = r.next()
  const at = x + r.range(0.3, Math.max(0.4, width - 1.0))
  if (fitting < 0.45) {
    // A stove: the oven door's window, the hob, a hood above it.
    ctx.fillStyle = p.shade(hex('#2a2b30'))
    ctx.fillRect(at, 0.1, 0.6, 0.8)
    ctx.fillStyle = p.shade(hex('#4a4c52'))
    ctx.fillRect(at + 0.08, 0.3, 0.44, 0.3)
    ctx.fillStyle = p.shade(STEEL)
    ctx.beginPath()
    ctx.moveTo(at - 0.05, 1.6)
    ctx.lineTo(at + 0.65, 1.6)
    ctx.lineTo(at + 0.48, 1.85)
    ctx.lineTo(at + 0.12, 1.85)
    ctx.closePath()
    ctx.fill()
    ctx.fillRect(at + 0.2, 1.85, 0.2, 0.5)
  } else if (fitting < 0.8) {
    // A sink under a tap.
    ctx.fillStyle = p.shade(STEEL)
    ctx.fillRect(at + 0.26, 0.95, 0.04, 0.28)
    ctx.fillRect(at + 0.26, 1.2, 0.16, 0.04)
  }
}

/** The bar across the room with its brass foot rail, shelves of bottles behind, lamps above. */
function bar(p: PaintContext, lampsLit: boolean): void {
  const { ctx } = p
  const wood = MATERIALS.darkWood
  // Shelves of bottles on the wall behind the bar.
  forEachCell(p, 2.4, 'bottles', (x, r) => {
    for (const shelfY of [1.35, 1.8]) {
      ctx.fillStyle = p.shade(wood)
      ctx.fillRect(x, shelfY - 0.03, 2.3, 0.03)
      for (let b = x + 0.08; b < x + 2.2; b += r.range(0.1, 0.17)) {
        const tall = r.range(0.22, 0.32)
        ctx.fillStyle = p.shade(
          r.pick([hex('#3d6b44'), hex('#7a4a22'), hex('#c9c2a8'), hex('#6a2a2a')]),
        )
        ctx.fillRect(b, shelfY, 0.07, tall * 0.7)
        ctx.fillRect(b + 0.025, shelfY, 0.02, tall)
      }
    }
    if (lampsLit && r.next() < 0.6) lampGlow(p, x + 1.2, 2.0, 0.6)
  })
  ctx.fillStyle = p.shade(wood)
  ctx.fillRect(p.left - 2, 0, p.right - p.left + 4, 1.05)
  ctx.fillStyle = p.shade(mix(wood, WHITE, 0.15))
  ctx.fillRect(p.left - 2, 1.05, p.right - p.left + 4, 0.07)
  ctx.fillStyle = p.shade(darker(wood))
  forEachCell(p, 1.2, 'bar-panels', (x) => ctx.fillRect(x, 0.15, 0.03, 0.8))
  ctx.fillStyle = p.shade(BRASS)
  ctx.fillRect(p.left - 2, 0.2, p.right - p.left + 4, 0.035)
}

/** Desks with screens and chairs, a filing cabinet here and there. */
function office(p: PaintContext, lampsLit: boolean): void {
  const { ctx } = p
  forEachCell(p, 3, 'desks', (x, r) => {
    if (r.next() < 0.2) {
      ctx.fillStyle = p.shade(hex('#8a8f96'))
      ctx.fillRect(x + 1, 0, 0.5, 1.3)
      ctx.fillStyle = p.shade(hex('#5c6168'))
      for (const y of [0.42, 0.85]) ctx.fillRect(x + 1, y, 0.5, 0.02)
      return
    }
    table(p, x + 1.5, 1.4, 0.75, hex('#9a8a72'))
    // The screen on its stand, lit after dark, and the chair before the desk.
    ctx.fillStyle = p.shade(hex('#26282c'))
    ctx.fillRect(x + 1.45, 0.75, 0.1, 0.15)
    ctx.fillRect(x + 1.2, 0.9, 0.6, 0.38)
    if (lampsLit) {
      ctx.fillStyle = p.glow(hex('#9fc4e8'), 0.85)
      ctx.fillRect(x + 1.24, 0.94, 0.52, 0.3)
    }
    ctx.fillStyle = p.shade(hex('#2e3036'))
    const chair = x + 1.5 + r.range(-0.4, 0.4)
    ctx.fillRect(chair - 0.25, 0.45, 0.5, 0.08)
    ctx.fillRect(chair + 0.18, 0.45, 0.07, 0.55)
    ctx.fillRect(chair - 0.03, 0.05, 0.06, 0.4)
    ctx.fillRect(chair - 0.25, 0, 0.5, 0.05)
  })
}

/** A bed against the wall with a nightstand and its lamp, and a wardrobe. */
function bedroom(p: PaintContext, lampsLit: boolean): void {
  const { ctx } = p
  forEachCell(p, 6, 'bedroom', (x, r) => {
    const cover = r.pick([hex('#7a8fb0'), hex('#b07a6a'), hex('#8aa07a'), hex('#d8d2c4')])
    ctx.fillStyle = p.shade(MATERIALS.darkWood)
    ctx.fillRect(x + 0.5, 0, 0.08, 1.1)
    ctx.fillRect(x + 2.55, 0, 0.06, 0.6)
    ctx.fillRect(x + 0.5, 0.1, 2.1, 0.22)
    ctx.fillStyle = p.shade(mix(cover, WHITE, 0.6))
    ctx.fillRect(x + 0.6, 0.32, 1.95, 0.2)
    ctx.beginPath()
    ctx.ellipse(x + 0.85, 0.6, 0.25, 0.09, 0, 0, Math.PI * 2)
    ctx.fill()
    ctx.fillStyle = p.shade(cover)
    ctx.fillRect(x + 1.15, 0.3, 1.45, 0.27)
    // The nightstand and its lamp.
    ctx.fillStyle = p.shade(MATERIALS.wood)
    ctx.fillRect(x + 0, 0, 0.45, 0.55)
    ctx.fillStyle = p.shade(hex('#e8dcc0'))
    ctx.fillRect(x + 0.12, 0.75, 0.22, 0.18)
    ctx.fillRect(x + 0.21, 0.55, 0.04, 0.2)
    if (lampsLit) lampGlow(p, x + 0.23, 0.85, 0.9)
    if (r.next() < 0.6) {
      ctx.fillStyle = p.shade(MATERIALS.darkWood)
      ctx.fillRect(x + 3.6, 0, 1.1, 2.05)
      ctx.fillStyle = p.shade(darker(MATERIALS.darkWood))
      ctx.fillRect(x + 4.14, 0.1, 0.02, 1.85)
    }
  })
}

/**
 * Rows of pews seen from behind, their backs and carved ends, broken by an aisle now and then;
 * tall candlesticks burning between them, whatever the hour.
 */
function church(p: PaintContext): void {
  const { ctx } = p
  const pew = MATERIALS.darkWood
  forEachCell(p, 4.2, 'pews', (x, r) => {
    if (r.next() < 0.25) {
      // The aisle: a tall candlestick, lit.
      ctx.fillStyle = p.shade(BRASS)
      ctx.fillRect(x + 2, 0, 0.05, 1.5)
      ctx.fillRect(x + 1.9, 0, 0.25, 0.05)
      ctx.fillStyle = p.shade(mix(WHITE, BRASS, 0.15))
      ctx.fillRect(x + 2.005, 1.5, 0.04, 0.2)
      const flame = p.ctx.createRadialGradient(x + 2.025, 1.75, 0, x + 2.025, 1.75, 0.35)
      flame.addColorStop(0, p.glow(LAMP, 0.55))
      flame.addColorStop(1, p.glow(LAMP, 0))
      ctx.fillStyle = flame
      ctx.fillRect(x + 1.675, 1.4, 0.7, 0.7)
      ctx.fillStyle = p.glow(hex('#ffe2b0'))
      ctx.beginPath()
      ctx.ellipse(x + 2.025, 1.745, 0.012, 0.03, 0, 0, Math.PI * 2)
      ctx.fill()
      return
    }
    ctx.fillStyle = p.shade(pew)
    // The back, the seat's edge under it, and the carved end at each side.
    ctx.fillRect(x + 0.1, 0.45, 4, 0.5)
    ctx.fillStyle = p.shade(darker(pew))
    ctx.fillRect(x + 0.1, 0.93, 4, 0.04)
    ctx.fillRect(x + 0.1, 0.45, 4, 0.03)
    ctx.fillStyle = p.shade(mix(pew, BLACK, 0.15))
    for (const end of [x + 0.05, x + 4.02]) {
      ctx.fillRect(end, 0, 0.13, 1)
      ctx.beginPath()
      ctx.arc(end + 0.065, 1, 0.065, 0, Math.PI)
      ctx.fill()
    }
  })
}

/** Small round tables with a chair either side, and a counter with a coffee machine. */
function cafe(p: PaintContext, lampsLit: boolean): void {
  const { ctx } = p
  forEachCell(p, 2.6, 'cafe', (x, r) => {
    if (r.next() < 0.18) {
      ctx.fillStyle = p.shade(MATERIALS.wood)
      ctx.fillRect(x, 0, 2.4, 1.05)
      ctx.fillStyle = p.shade(STEEL)
      ctx.fillRect(x + 0.8, 1.05, 0.5, 0.45)
      ctx.fillStyle = p.shade(hex('#2a2b30'))
      ctx.fillRect(x + 0.9, 1.12, 0.3, 0.2)
      return
    }
    table(p, x + 1.3, 0.7, 0.74, MATERIALS.darkWood)
    for (const side of [-1, 1]) {
      const at = x + 1.3 + side * 0.55
      ctx.fillStyle = p.shade(darker(MATERIALS.wood, 0.2))
      ctx.fillRect(at - 0.2, 0.45, 0.4, 0.05)
      ctx.fillRect(at - 0.2, 0, 0.04, 0.45)
      ctx.fillRect(at + 0.16, 0, 0.04, 0.45)
      ctx.fillRect(side === -1 ? at - 0.2 : at + 0.16, 0.45, 0.04, 0.45)
    }
    if (lampsLit && r.next() < 0.5) lampGlow(p, x + 1.3, 1.9, 0.7)
  })
}

/**
 * A stage: heavy red curtains hung across the back in folds under a pelmet, a speaker stack here
 * and there, and stage lights on a bar overhead, always lit, each with a soft cone below it.
 */
function stage(p: PaintContext): void {
  const { ctx } = p
  const velvet = hex('#7a1a24')
  const width = p.right - p.left + 4
  ctx.fillStyle = p.shade(velvet)
  ctx.fillRect(p.left - 2, 0, width, 3.4)
  // The folds: a darker and a lighter stripe in turn, every 0.45 m.
  forEachCell(p, 0.45, 'curtain-folds', (x) => {
    ctx.fillStyle = p.shade(darker(velvet, 0.45))
    ctx.fillRect(x + 0.05, 0, 0.1, 3.2)
    ctx.fillStyle = p.shade(mix(velvet, WHITE, 0.12))
    ctx.fillRect(x + 0.28, 0, 0.06, 3.2)
  })
  ctx.fillStyle = p.shade(darker(velvet, 0.25))
  ctx.fillRect(p.left - 2, 3.1, width, 0.45)
  ctx.fillStyle = p.shade(BRASS)
  ctx.fillRect(p.left - 2, 3.08, width, 0.03)
  // The lighting bar and its lamps.
  ctx.fillStyle = p.shade(hex('#1c1d21'))
  ctx.fillRect(p.left - 2, 3.7, width, 0.05)
  forEachCell(p, 2.2, 'stage-lights', (x, r) => {
    const at = x + r.range(0.5, 1.7)
    const cone = ctx.createLinearGradient(0, 3.6, 0, 0.5)
    cone.addColorStop(0, p.glow(LAMP, 0.35))
    cone.addColorStop(1, p.glow(LAMP, 0))
    ctx.fillStyle = cone
    ctx.beginPath()
    ctx.moveTo(at - 0.08, 3.6)
    ctx.lineTo(at + 0.08, 3.6)
    ctx.lineTo(at + 0.7, 0.5)
    ctx.lineTo(at - 0.7, 0.5)
    ctx.closePath()
    ctx.fill()
    ctx.fillStyle = p.shade(hex('#26272b'))
    ctx.fillRect(at - 0.1, 3.55, 0.2, 0.18)
    ctx.fillStyle = p.glow(hex('#ffe2b0'))
    ctx.fillRect(at - 0.07, 3.53, 0.14, 0.04)
  })
  // Speaker stacks.
  forEachCell(p, 5, 'speakers', (x, r) => {
    if (r.next() < 0.4) return
    const at = x + r.range(0.5, 4)
    ctx.fillStyle = p.shade(hex('#18191c'))
    ctx.fillRect(at, 0, 0.6, 1.3)
    ctx.fillStyle = p.shade(hex('#34363b'))
    for (const y of [0.35, 0.95]) {
      ctx.beginPath()
      ctx.arc(at + 0.3, y, 0.2, 0, Math.PI * 2)
      ctx.fill()
    }
  })
}

/** A warm lamp and the glow round it. */
function lampGlow(p: PaintContext, x: number, y: number, reach: number): void {
  const glow = p.ctx.createRadialGradient(x, y, 0, x, y, reach)
  glow.addColorStop(0, p.glow(LAMP, 0.6))
  glow.addColorStop(1, p.glow(LAMP, 0))
  p.ctx.fillStyle = glow
  p.ctx.fillRect(x - reach, y - reach, reach * 2, reach * 2)
  p.ctx.fillStyle = p.glow(hex('#ffe2b0'))
  p.ctx.fillRect(x - 0.15, y - 0.15, 0.3, 0.25)
}
