/**
 * Inland water: a boat, or someone in one, in a forest, in the countryside, in the mountains or
 * in the desert (the words give no coast: "a fisherman rows his boat", environment "a pine
 * forest") is on a lake or a river there. The subjects' plane is water with a few ripples, and
 * the water runs back to a far bank with reeds along it, where the set's own ground begins.
 */
import type { ScenePlan } from '../plan-scene.js'
import { whitecaps } from './coast-set.js'
import type { LayerDef } from './layer-def.js'
import { forEachCell, MATERIALS } from './paint-context.js'
import { grassTufts } from './props.js'

/**
 * The set's layers with its stage on the water when the subjects are (`plan.subjectsOnWater`),
 * and a far bank `bankDistance` metres behind the subjects.
 */
export function onInlandWater(
  plan: ScenePlan,
  subjectDepth: number,
  bankDistance: number,
  layers: LayerDef[],
): LayerDef[] {
  if (!plan.subjectsOnWater) return layers
  // Calm, as a lake or a river is beside the open sea; ruffled by wind.
  const ripples = 0.12 + 0.3 * plan.weather.wind
  const bank: LayerDef = {
    name: 'bank',
    depth: subjectDepth + bankDistance,
    top: 1.4,
    apron: MATERIALS.water,
    paint: (p) =>
      forEachCell(p, 1.6, 'reeds', (x, r) => {
        if (r.next() < 0.7) grassTufts(p, x + r.range(0, 1.6), 1.4, r.range(0.7, 1.4), r)
      }),
  }
  return [
    ...layers.map((layer) =>
      layer.name === 'stage'
        ? {
            ...layer,
            top: 0.2,
            apron: MATERIALS.water,
            paint: (p: Parameters<LayerDef['paint']>[0]) => whitecaps(p, 'ripples', ripples),
          }
        : layer,
    ),
    bank,
  ]
}
