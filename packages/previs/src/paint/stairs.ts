/**
 * A flight of stairs on the subjects' plane, seen from the side: treads and risers rising from
 * its foot at the slope a climber walks up (subject-climb.ts), on a stringer, with a handrail on
 * balusters. Iron when the words say iron, stone when they say stone, else wood.
 */
import { hex, mix, type Rgb } from '../color.js'
import { STAIR_SLOPE, type StairFlight } from '../subject-climb.js'
import { MATERIALS, type PaintContext } from './paint-context.js'

/** A tread's depth (m); each riser is the slope's share of it. */
const TREAD = 0.28
const RAIL_HEIGHT = 0.9
const STRINGER = 0.22

/** What the flight is made of, from the words. */
export function stairMaterial(words: string): Rgb {
  const lower = words.toLowerCase()
  if (/\b(iron|steel|metal|cast-iron|wrought)\b/.test(lower)) return hex('#3a3c40')
  if (/\b(stone|marble|concrete|granite)\b/.test(lower)) return MATERIALS.concrete
  return MATERIALS.wood
}

/** Paint the flight from its foot up to the top of the layer (or its side edge). */
export function paintFlight(p: PaintContext, flight: StairFlight, material: Rgb): void {
  const { ctx } = p
  const rise = TREAD * STAIR_SLOPE
  const dir = flight.rises
  const steps: { x: number; y: number }[] = []
  for (let i = 0; ; i++) {
    const x = flight.footX + dir * i * TREAD
    const y = i * rise
    if (y > p.top + rise || x < p.left - TREAD || x > p.right + TREAD) break
    steps.push({ x, y })
  }
  if (steps.length < 2) return
  const last = steps[steps.length - 1] as { x: number; y: number }
  // The stringer under the steps, then the treads and risers on it.
  ctx.fillStyle = p.shade(mix(material, hex('#000000'), 0.35))
  ctx.beginPath()
  ctx.moveTo(flight.footX, 0)
  ctx.lineTo(last.x, last.y)
  ctx.lineTo(last.x, last.y - STRINGER)
  ctx.lineTo(flight.footX + (dir * STRINGER) / STAIR_SLOPE, 0)
  ctx.closePath()
  ctx.fill()
  ctx.fillStyle = p.shade(material)
  ctx.beginPath()
  ctx.moveTo(flight.footX, 0)
  for (const { x, y } of steps) {
    ctx.lineTo(x, y + rise)
    ctx.lineTo(x + dir * TREAD, y + rise)
  }
  ctx.lineTo(last.x, last.y)
  ctx.closePath()
  ctx.fill()
  // The nosings, a little lighter.
  ctx.fillStyle = p.shade(mix(material, hex('#ffffff'), 0.2))
  for (const { x, y } of steps) {
    ctx.fillRect(Math.min(x, x + dir * TREAD), y + rise - 0.03, TREAD, 0.03)
  }
  // The handrail and its balusters, one on every other step.
  ctx.strokeStyle = p.shade(mix(material, hex('#000000'), 0.5))
  ctx.lineWidth = 0.035
  ctx.beginPath()
  ctx.moveTo(flight.footX, RAIL_HEIGHT)
  ctx.lineTo(last.x, last.y + RAIL_HEIGHT)
  steps.forEach(({ x, y }, i) => {
    if (i % 2 !== 0) return
    const at = x + (dir * TREAD) / 2
    ctx.moveTo(at, y + rise)
    ctx.lineTo(at, RAIL_HEIGHT + STAIR_SLOPE * Math.abs(at - flight.footX))
  })
  ctx.stroke()
}
