/**
 * Flying a kite: the person stays on the ground, holding its line out ahead, and the kite flies
 * up and forward of them in the colour the words give it.
 */
import { describe, expect, it } from 'vitest'
import { createCanvas } from '../canvas.js'
import { css, hex } from '../color.js'
import { createRandom } from '../random.js'
import { planSubjects, type SubjectPlan } from '../subjects.js'
import { drawFigure, figureStyle } from './figures.js'

const plan = (subject: string, action: string) => planSubjects(subject, action, createRandom(1))

const PX = 50
const SIZE = 600

/** Painted (at least half opaque) pixels of a person's drawing, in metres from their feet, facing right. */
function painted(subject: SubjectPlan): { x: number; y: number }[] {
  const canvas = createCanvas(SIZE, SIZE)
  const ctx = canvas.getContext('2d')
  const style = figureStyle(createRandom(1), 'person', (material) => css(material), {
    backlit: false,
    lampsLit: false,
  })
  ctx.setTransform(PX, 0, 0, -PX, SIZE / 4, SIZE - 20)
  drawFigure(ctx, subject, style, 0)
  const alpha = ctx.getImageData(0, 0, SIZE, SIZE).data
  const points: { x: number; y: number }[] = []
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      if ((alpha[(y * SIZE + x) * 4 + 3] ?? 0) < 128) continue
      points.push({ x: (x - SIZE / 4) / PX, y: (SIZE - 20 - y) / PX })
    }
  }
  return points
}

describe('flying a kite', () => {
  it('keeps the flier on the ground, holding the line up, in the colour said', () => {
    const [boy] = plan('a boy', 'flies a kite on the beach')
    expect(boy?.motion.kind).toBe('still')
    expect(boy?.carries?.map((c) => `${c.shape}:${c.pose}`)).toEqual(['kite:raised'])
    const [girl] = plan('a girl', 'flies a red kite')
    expect(girl?.motion.kind).toBe('still')
    expect(girl?.carries?.[0]?.colour).toEqual(hex('#b3302b'))
    // Running with it is running; two children fly one each; birds still fly.
    expect(plan('a man', 'runs along the beach flying a kite')[0]?.motion.kind).toBe('run')
    expect(plan('two children', 'fly kites in the park').map((p) => p.carries?.[0]?.shape)).toEqual(
      ['kite', 'kite'],
    )
    expect(plan('two gulls', 'fly over the harbour').map((p) => p.motion.kind)).toEqual([
      'fly',
      'fly',
    ])
  })

  it('draws the kite up and ahead of the flier, on a line from the hand', () => {
    const [flier] = plan('a woman', 'flies a kite')
    const [walker] = plan('a woman', 'waits on the beach')
    const withKite = painted(flier as SubjectPlan)
    const without = painted(walker as SubjectPlan)
    const above = (points: { x: number; y: number }[]) =>
      points.filter((p) => p.y > 3.5 && p.x > 2).length
    expect(above(without)).toBe(0)
    // The kite's sail is most of a square metre: hundreds of pixels at 50 px a metre.
    expect(above(withKite)).toBeGreaterThan(400)
  })
})
