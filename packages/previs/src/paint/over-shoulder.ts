/** The over-the-shoulder foreground: a dark head and shoulder filling the left of the frame. */
import { hex, mix } from '../color.js'
import type { Framing } from '../framing.js'
import type { Viewport } from '../projection.js'
import type { LayerDef } from './layer-def.js'

export function overShoulderLayer(framing: Framing, viewport: Viewport): LayerDef {
  const depth = Math.max(0.4, framing.subjectDistance * 0.3)
  // Metres per pixel at that depth, to put the shoulder a fifth of the width left of centre.
  const metresPerPixel = depth / framing.focalPx
  const x = -viewport.width * 0.3 * metresPerPixel
  const head = framing.aimHeight
  return {
    name: 'near',
    depth,
    top: head + 0.4,
    apron: null,
    paint: (p) => {
      const { ctx } = p
      ctx.fillStyle = p.shade(mix(hex('#1d2026'), hex('#000000'), 0.3))
      ctx.beginPath()
      ctx.ellipse(x, head - 0.45, 0.42, 0.5, 0, 0, Math.PI * 2)
      ctx.fill()
      ctx.fillRect(x - 0.5, p.bottom - 1, 1, head - 0.45 - p.bottom + 1)
      ctx.beginPath()
      ctx.ellipse(x + 0.05, head, 0.13, 0.16, 0, 0, Math.PI * 2)
      ctx.fill()
    },
  }
}
