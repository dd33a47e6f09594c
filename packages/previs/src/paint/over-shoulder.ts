/**
 * The over-the-shoulder foreground: a dark head and shoulder filling the left of the frame, of
 * someone looking at the subject. Framing a person, the head is at the height the shot aims at;
 * framing things, it is a standing person's head, looking at them from its own height.
 */
import { hex, mix } from '../color.js'
import type { Framing } from '../framing.js'
import type { Viewport } from '../projection.js'
import type { LayerDef } from './layer-def.js'

/** Where the head is drawn for a person standing in the foreground (its middle at 1.66 m). */
const STANDING_HEAD = 1.7

/** Half the head's width (m). */
const HEAD_HALF_WIDTH = 0.1

/**
 * Framing things, the head's right edge stays left of this share of the frame width left of
 * centre: so near the lens it is large, and the things, right of centre, keep clear of it.
 */
const HEAD_CLEAR_OF_THINGS = 0.25

export function overShoulderLayer(framing: Framing, viewport: Viewport): LayerDef {
  const depth = Math.max(0.4, framing.subjectDistance * 0.4)
  // The shoulder's centre sits a third of the frame width left of centre; framing things, further
  // left where the head would reach over them.
  const third = (-viewport.width * 0.33 * depth) / framing.focalPx
  const clear = (-viewport.width * HEAD_CLEAR_OF_THINGS * depth) / framing.focalPx - HEAD_HALF_WIDTH
  const x = framing.framedKind === 'thing' ? Math.min(third, clear) : third
  const head = framing.framedKind === 'person' ? framing.aimHeight + 0.05 : STANDING_HEAD
  return {
    name: 'near',
    depth,
    top: head + 0.2,
    apron: null,
    paint: (p) => {
      const { ctx } = p
      ctx.fillStyle = p.shade(mix(hex('#1d2026'), hex('#000000'), 0.3))
      // Back of a head, and a shoulder falling away to the frame edge.
      ctx.beginPath()
      ctx.ellipse(x, head - 0.04, HEAD_HALF_WIDTH, 0.125, 0, 0, Math.PI * 2)
      ctx.fill()
      ctx.fillRect(x - 0.05, head - 0.3, 0.1, 0.2)
      ctx.beginPath()
      ctx.moveTo(x - 0.6, head - 0.3)
      ctx.quadraticCurveTo(x - 0.1, head - 0.18, x + 0.22, head - 0.34)
      ctx.quadraticCurveTo(x + 0.3, head - 0.45, x + 0.32, p.bottom - 1)
      ctx.lineTo(x - 0.6, p.bottom - 1)
      ctx.fill()
    },
  }
}
