/**
 * Dancing where they stand: the steps of a walk, with the arms held up and out ahead, swaying in
 * turn; standing still, the arms hang.
 */
import { describe, expect, it } from 'vitest'
import { createCanvas } from '../canvas.js'
import { css } from '../color.js'
import { createRandom } from '../random.js'
import { planSubjects, type SubjectPlan } from '../subjects.js'
import { drawFigure, figureStyle } from './figures.js'

const PX = 100
const SIZE = 300

/** Painted pixels ahead of the body (x > 0.3 m) at or above shoulder height (1.35 m). */
function armsUpAhead(subject: SubjectPlan, phase: number): number {
  const canvas = createCanvas(SIZE, SIZE)
  const ctx = canvas.getContext('2d')
  const style = figureStyle(createRandom(1), 'person', (material) => css(material), {
    backlit: false,
    lampsLit: false,
  })
  ctx.setTransform(PX, 0, 0, -PX, SIZE / 3, SIZE - 20)
  drawFigure(ctx, subject, style, phase)
  const alpha = ctx.getImageData(0, 0, SIZE, SIZE).data
  let count = 0
  for (let y = 0; y < SIZE - 20 - 1.35 * PX; y++) {
    for (let x = Math.round(SIZE / 3 + 0.3 * PX); x < SIZE; x++) {
      if ((alpha[(y * SIZE + x) * 4 + 3] ?? 0) >= 128) count++
    }
  }
  return count
}

describe('dancing', () => {
  it('holds the arms up and out ahead, swaying with the steps', () => {
    const [dancer] = planSubjects('a woman', 'dances in the rain', createRandom(1))
    const [waiting] = planSubjects('a woman', 'waits in the rain', createRandom(1))
    expect(dancer?.dances).toBe(true)
    expect(armsUpAhead(waiting as SubjectPlan, 0.25)).toBe(0)
    const up = [0, 0.25, 0.5, 0.75].map((phase) => armsUpAhead(dancer as SubjectPlan, phase))
    for (const count of up) expect(count).toBeGreaterThan(100)
    // The arms move between phases: not the same pixels throughout.
    expect(new Set(up).size).toBeGreaterThan(1)
  })
})
