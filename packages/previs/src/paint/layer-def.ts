/** One flat layer of a set: where it stands, how tall its content reaches, and how to paint it. */
import type { Rgb } from '../color.js'
import type { PaintContext } from './paint-context.js'

export type LayerDef = {
  /** `bank`: the far edge of inland water a boat is on (inland-water.ts). */
  name: 'far' | 'mid' | 'bank' | 'stage' | 'near'
  /** Metres from the camera's starting position. */
  depth: number
  /** Highest world Y (m) anything on the layer reaches. */
  top: number
  /** The ground of this layer from Y = 0 down, covering what lies further back (null: none). */
  apron: Rgb | null
  paint: (p: PaintContext) => void
}
