/**
 * A boat in a forest, a meadow, the mountains or the desert is on a lake or a river: the
 * subjects' plane is water, and the water runs back to a far bank where the set's ground begins.
 * Without a boat, the sets are as they were.
 */
import { defaultShotSpec } from '@sceneboard/shared'
import { describe, expect, it } from 'vitest'
import { planScene } from '../plan-scene.js'
import { MATERIALS } from './paint-context.js'
import { countrysideLayers, desertLayers, forestLayers, mountainLayers } from './outdoor-sets.js'

const SETS = [
  ['a pine forest', forestLayers],
  ['a meadow', countrysideLayers],
  ['the mountains', mountainLayers],
  ['the desert', desertLayers],
] as const

describe('inland water', () => {
  it.each(SETS)('puts a boat in %s on water that runs back to a far bank', (environment, set) => {
    const plan = planScene(
      defaultShotSpec({ subject: 'a fisherman', action: 'rows his boat', environment }),
    )
    expect(plan.subjectsOnWater).toBe(true)
    const layers = set(plan, 10)
    const stage = layers.find((layer) => layer.name === 'stage')
    const bank = layers.find((layer) => layer.name === 'bank')
    expect(stage?.apron).toEqual(MATERIALS.water)
    expect(bank?.apron).toEqual(MATERIALS.water)
    // The bank lies behind the boat and before the set's next layer, whose ground begins there.
    const mid = layers.find((layer) => layer.name === 'mid')
    expect(bank?.depth).toBeGreaterThan(10)
    expect(bank?.depth).toBeLessThan(mid?.depth ?? 0)
    expect(mid?.apron).not.toEqual(MATERIALS.water)
  })

  it.each(SETS)('leaves %s without water when no boat is in it', (environment, set) => {
    const plan = planScene(defaultShotSpec({ subject: 'a man', action: 'walks', environment }))
    const layers = set(plan, 10)
    expect(layers.map((layer) => layer.name)).toEqual(['far', 'mid', 'stage', 'near'])
    expect(layers.some((layer) => layer.apron === MATERIALS.water)).toBe(false)
  })
})
