/** What every open-air set shares: the shape of a set's layers, and grounds that run on. */
import type { ScenePlan } from '../plan-scene.js'
import type { LayerDef } from './layer-def.js'
import { paintGround } from './paint-context.js'

/** A set's layers, placed by the depth of the subjects' plane. */
export type SetLayers = (plan: ScenePlan, subjectDepth: number) => LayerDef[]

/**
 * The set's grounds run on from layer to layer without a line where one layer's ground meets the
 * next nearer one's (as a ground shaded by its bitmap's extent leaves, wherever the camera looks
 * down on it): every ground behind the nearest one is shaded as the ground at the nearest one's
 * depth (`paintGround`), which the nearest one's apron starts from, except that the farthest
 * fades into that from the haze at its base line, near the horizon.
 */
export function continuousGround(layers: LayerDef[]): LayerDef[] {
  const grounds = layers.filter((layer) => layer.apron).sort((a, b) => a.depth - b.depth)
  const nearest = grounds[0]
  const farthest = grounds[grounds.length - 1]
  return layers.map((layer) => {
    const apron = layer.apron
    if (!apron || !nearest || layer === nearest) return layer
    const lineDepth = layer === farthest ? layer.depth : nearest.depth
    return {
      ...layer,
      paint: (p) => {
        paintGround(p, apron, lineDepth, nearest.depth)
        layer.paint(p)
      },
    }
  })
}
