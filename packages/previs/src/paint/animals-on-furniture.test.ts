/**
 * Animals and birds on a table the text names, in painted frames: what a user sees is a cat
 * small enough that two fit on the tabletop, and a crow sitting on it on its feet, not the
 * flying V resting on a wing.
 */
import { defaultShotSpec } from '@sceneboard/shared'
import { describe, expect, it } from 'vitest'
import { createFramePainter } from '../frame-painter.js'
import { applyAffine, projectPlane } from '../projection.js'
import { setUpShot, type Shot } from '../shot-setup.js'
import { OBJECT_SIZES } from '../subject-objects.js'

const take = (subject: string) =>
  setUpShot(
    defaultShotSpec({
      subject,
      environment: 'a kitchen',
      shotSize: 'medium',
      aspectRatio: '16:9',
      durationSeconds: 1,
      seed: 3,
    }),
  )

const paint = (shot: Shot) => {
  const painter = createFramePainter(shot)
  painter.paint(0)
  return Buffer.from(painter.pixels())
}

/**
 * What the things standing on the table add to the frame: the pixels that differ from the same
 * take with the table alone, with the table's top row and its left and right edges on screen.
 */
function onTheTable(shot: Shot) {
  const table = shot.subjects.find((s) => s.plan.noun === 'table')
  if (!table) throw new Error('no table')
  const { width, height } = shot.viewport
  const all = paint(shot)
  const alone = paint({ ...shot, subjects: [table] })
  const pose = table.track(0)
  const m = projectPlane(shot.camera(0), pose.depth, shot.viewport).matrix
  const half = OBJECT_SIZES.table.width / 2
  const painted: { x: number; y: number }[] = []
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4
      if (all.readUInt32LE(i) !== alone.readUInt32LE(i)) painted.push({ x, y })
    }
  }
  const xs = painted.map((p) => p.x)
  const ys = painted.map((p) => p.y)
  return {
    painted,
    bounds: {
      left: Math.min(...xs),
      right: Math.max(...xs) + 1,
      top: Math.min(...ys),
      bottom: Math.max(...ys) + 1,
    },
    tabletop: applyAffine(m, pose.x, OBJECT_SIZES.table.height).y,
    tableLeft: applyAffine(m, pose.x - half, 0).x,
    tableRight: applyAffine(m, pose.x + half, 0).x,
  }
}

describe('animals and birds on a named table, as painted', () => {
  it('paints "a table, two cats on the table" with both cats on the tabletop', () => {
    const { bounds, tabletop, tableLeft, tableRight } = onTheTable(
      take('a table, two cats on the table'),
    )
    // Nothing hangs over the table's ends, and the cats stand on it.
    expect(bounds.left).toBeGreaterThanOrEqual(tableLeft)
    expect(bounds.right).toBeLessThanOrEqual(tableRight)
    expect(Math.abs(bounds.bottom - tabletop)).toBeLessThan(3)
    // Cats, not ponies: each no taller than 0.4 m over the table (0.76 m tall).
    const metresPerPixel = OBJECT_SIZES.table.width / (tableRight - tableLeft)
    expect((bounds.bottom - bounds.top) * metresPerPixel).toBeLessThan(0.4)
  })

  it('paints "a table, a crow on the table" sitting on it: feet on the top, a solid body', () => {
    const { painted, bounds, tabletop } = onTheTable(take('a table, a crow on the table'))
    // Its feet touch the tabletop (the flying V hung 7 cm over it on the point of its wings).
    expect(Math.abs(bounds.bottom - tabletop)).toBeLessThan(3)
    // Its feet are under its middle, not at the ends of its wings.
    const feet = painted.filter((p) => p.y === bounds.bottom - 1).map((p) => p.x)
    const middle = (bounds.left + bounds.right) / 2
    const wide = bounds.right - bounds.left
    for (const x of feet) expect(Math.abs(x - middle)).toBeLessThan(0.25 * wide)
    // A body, not two thin wings: over half as tall as long, and some row crosses 40% of it solid.
    expect((bounds.bottom - bounds.top) / wide).toBeGreaterThan(0.5)
    const rows = new Map<number, number>()
    for (const p of painted) rows.set(p.y, (rows.get(p.y) ?? 0) + 1)
    expect(Math.max(...rows.values())).toBeGreaterThan(0.4 * wide)
  })
})
