/**
 * Drawings measured in metres, for tests: a figure or a prop painted on a canvas whose units are
 * metres (y up, the origin where its feet stand), and the points it covers.
 */
import { createCanvas, type SKRSContext2D } from '../canvas.js'
import { css } from '../color.js'
import { figureStyle, type FigureStyle } from '../paint/figures.js'
import { createRandom } from '../random.js'
import type { SubjectKind } from '../subject-words.js'

/** The plain daylight style of a subject of this kind. */
export function plainStyle(kind: SubjectKind): FigureStyle {
  return figureStyle(createRandom(1), kind, (material) => css(material), {
    backlit: false,
    lampsLit: false,
  })
}

/**
 * The points (m, y up from the origin) that a drawing covers at least half opaque, painted at
 * `pxPerMetre` on a canvas `size` pixels square with the origin at `origin` pixels from its
 * top left.
 */
export function paintedPoints(
  draw: (ctx: SKRSContext2D) => void,
  {
    pxPerMetre,
    size,
    origin,
  }: { pxPerMetre: number; size: number; origin: { x: number; y: number } },
): { x: number; y: number }[] {
  const canvas = createCanvas(size, size)
  const ctx = canvas.getContext('2d')
  ctx.setTransform(pxPerMetre, 0, 0, -pxPerMetre, origin.x, origin.y)
  draw(ctx)
  const alpha = ctx.getImageData(0, 0, size, size).data
  const points: { x: number; y: number }[] = []
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if ((alpha[(y * size + x) * 4 + 3] ?? 0) < 128) continue
      points.push({ x: (x - origin.x) / pxPerMetre, y: (origin.y - y) / pxPerMetre })
    }
  }
  return points
}
