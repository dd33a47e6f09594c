/** Painting a shot's set alone, for tests of the sky and the ground. */
import { createFramePainter } from '../frame-painter.js'
import type { Shot } from '../shot-setup.js'

/**
 * The RGBA pixels of a frame of the set alone: no subjects (a lighthouse, its beam) and nothing
 * falling or blowing, so that what is left is the sky and the ground.
 */
export function paintBareSet(shot: Shot, frame: number): Buffer {
  const bare: Shot = {
    ...shot,
    subjects: [],
    plan: {
      ...shot.plan,
      beacon: 0,
      weather: { ...shot.plan.weather, rain: 0, snow: 0, wind: 0, lightning: false },
    },
  }
  const painter = createFramePainter(bare)
  painter.paint(frame)
  return Buffer.from(painter.pixels())
}
