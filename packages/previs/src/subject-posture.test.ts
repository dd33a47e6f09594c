/**
 * Sitting: the words seat people on a chair, a bench, a stool or a sofa; a seated person is drawn
 * on it, a head's height lower, and framed on their seated height.
 */
import { defaultShotSpec } from '@sceneboard/shared'
import { describe, expect, it } from 'vitest'
import { createCanvas } from './canvas.js'
import { css } from './color.js'
import { planFraming } from './framing.js'
import { drawFigure, figureStyle } from './paint/figures.js'
import { createRandom } from './random.js'
import { setUpShot } from './shot-setup.js'
import { SEATED_DROP, seatSaid, type Seat } from './subject-posture.js'
import { planSubjects } from './subjects.js'
import { paintedPoints, plainStyle } from './test-support/painted-points.js'

describe('the words that seat people', () => {
  it('name the seat, or say only that someone sits', () => {
    expect(seatSaid('an old man on a park bench feeds the pigeons')).toBe('bench')
    expect(seatSaid('a woman in an old armchair')).toBe('chair')
    expect(seatSaid('a man at the bar on a stool')).toBe('stool')
    expect(seatSaid('two lovers on the sofa')).toBe('sofa')
    expect(seatSaid('two detectives sit and argue')).toBe('chair')
    expect(seatSaid('she is seated by the fire')).toBe('chair')
  })

  it('seat people doing what is done sitting down', () => {
    expect(seatSaid('a woman types on a laptop')).toBe('chair')
    expect(seatSaid('a clerk works at his desk')).toBe('chair')
    expect(seatSaid('a couple have dinner by candlelight')).toBe('chair')
    expect(seatSaid('a pianist plays the piano')).toBe('chair')
    expect(seatSaid('a man on a bench has his lunch')).toBe('bench')
    expect(seatSaid('a man stands typing on his phone')).toBeNull()
  })

  it('leave people standing otherwise', () => {
    expect(seatSaid('a man waits by the door')).toBeNull()
    expect(seatSaid('a woman stands beside a bench')).toBeNull()
    expect(seatSaid('he jumps up from the sofa')).toBeNull()
  })

  it('seat the people who are not moving, and only people', () => {
    const plan = (subject: string, action: string) =>
      planSubjects(subject, action, createRandom(1)).map((p) => p.seat)
    expect(plan('two detectives', 'sit and argue')).toEqual(['chair', 'chair'])
    expect(plan('a man and his dog on a bench', '')).toEqual(['bench', undefined])
    expect(plan('a woman', 'walks past a bench and sits')).toEqual([undefined])
  })
})

/** The highest and the rightmost painted points (m) of a person drawn facing right. */
function reach(seat?: Seat): { top: number; right: number } {
  const PX = 100
  const canvas = createCanvas(400, 300)
  const ctx = canvas.getContext('2d')
  ctx.setTransform(PX, 0, 0, -PX, 200, 250)
  const style = figureStyle(createRandom(1), 'person', (material) => css(material), {
    backlit: false,
    lampsLit: false,
  })
  drawFigure(
    ctx,
    {
      kind: 'person',
      noun: 'man',
      motion: { kind: 'still', speed: 0, towardCamera: 0 },
      ...(seat ? { seat } : {}),
    },
    style,
    0,
  )
  const alpha = ctx.getImageData(0, 0, 400, 300).data
  let top = 300
  let right = 0
  for (let y = 0; y < 300; y++) {
    for (let x = 0; x < 400; x++) {
      if ((alpha[(y * 400 + x) * 4 + 3] as number) < 128) continue
      top = Math.min(top, y)
      right = Math.max(right, x)
    }
  }
  return { top: (250 - top) / PX, right: (right - 200) / PX }
}

describe('people sitting at a table', () => {
  const plan = (subject: string, action: string) =>
    planSubjects(subject, action, createRandom(1)).map((p) => `${p.kind}:${p.noun}:${p.facing}`)

  it('have it before them: one either side of it, facing across it', () => {
    expect(plan('two detectives', 'sit at a table and argue')).toEqual([
      'person:detective:1',
      'object:table:1',
      'person:detective:-1',
    ])
    expect(plan('a clerk', 'sits at his desk')).toEqual(['person:clerk:1', 'object:desk:1'])
    // Standing at it, or a table already named, adds none.
    expect(plan('a woman', 'stands at the counter')).toEqual(['person:woman:1'])
    expect(
      plan('a man and a table', 'he sits at the table').filter((p) => p.includes('table')),
    ).toHaveLength(1)
  })

  it('sit at a desk to type, and at a table to eat', () => {
    expect(plan('a woman', 'types on a laptop')).toEqual(['person:woman:1', 'object:desk:1'])
    expect(plan('a couple', 'have dinner by candlelight')).toEqual([
      'person:couple:1',
      'object:table:1',
      'person:couple:-1',
    ])
  })

  it('are framed one at a time in a medium shot, the table beside', () => {
    const shot = (subject: string, action: string) =>
      setUpShot(
        defaultShotSpec({
          subject,
          action,
          environment: 'an office',
          shotSize: 'medium',
          durationSeconds: 1,
        }),
      )
    const at = (take: ReturnType<typeof shot>, noun: string) =>
      take.subjects.find((s) => s.plan.noun === noun && s.plan.framed)?.track(0).x
    // Centred on the one typing, not between her and the desk.
    expect(at(shot('a woman', 'types on a laptop'), 'woman')).toBeCloseTo(0, 6)
    // Across a table, on the first of the two: the other is too far to share the frame.
    expect(at(shot('two detectives', 'sit at a table and argue'), 'detective')).toBeCloseTo(0, 6)
    // Two people side by side still share it.
    const pair = shot('a woman left of a man', '')
    const xs = pair.subjects.map((s) => s.track(0).x)
    expect(xs[0]).toBeCloseTo(-(xs[1] as number), 6)
  })

  it('are all in a full shot of them, the table between', () => {
    const shot = setUpShot(
      defaultShotSpec({
        subject: 'two detectives',
        action: 'sit at a table and argue',
        environment: 'a smoky bar',
        shotSize: 'full',
        durationSeconds: 1,
      }),
    )
    const frameWidth = (shot.viewport.width * shot.framing.subjectDistance) / shot.framing.focalPx
    for (const subject of shot.subjects) {
      // A seated person reaches 0.65 m either way; the table, 0.65 m.
      const reach = Math.abs(subject.track(0).x) + 0.65
      expect(reach, subject.plan.noun).toBeLessThan(frameWidth / 2)
    }
  })
})

describe('a seated person', () => {
  it('is drawn a hip-drop lower, with the knees out in front', () => {
    const standing = reach()
    for (const seat of ['chair', 'bench', 'stool', 'sofa'] as const) {
      const seated = reach(seat)
      expect(standing.top - seated.top, seat).toBeCloseTo(SEATED_DROP, 1)
      expect(seated.right, seat).toBeGreaterThan(standing.right + 0.25)
    }
  })

  it('is framed on their seated height: the eyes where a standing person has them', () => {
    const shot = (action: string) =>
      setUpShot(
        defaultShotSpec({
          subject: 'a man',
          action,
          environment: 'a kitchen',
          shotSize: 'medium',
          durationSeconds: 1,
        }),
      )
    const seated = shot('sits at the table')
    const standing = shot('waits at the table')
    expect(standing.framing.aimHeight - seated.framing.aimHeight).toBeGreaterThan(0.3)
    expect(standing.framing.holdHeight - seated.framing.holdHeight).toBeCloseTo(SEATED_DROP, 6)
    // Seen from the same share of the frame: a seated person is framed closer.
    expect(seated.framing.subjectDistance).toBeLessThan(standing.framing.subjectDistance)
    expect(
      planFraming(defaultShotSpec({ shotSize: 'medium' }), { width: 1280, height: 720 }),
    ).toEqual(standing.framing)
  })
})

describe('a child sitting', () => {
  /** The highest painted point (m) just behind a seated person: the top of the seat's back. */
  function seatBackTop(noun: string): number {
    const still = { kind: 'still' as const, speed: 0, towardCamera: 0 }
    const points = paintedPoints(
      (ctx) =>
        drawFigure(
          ctx,
          { kind: 'person', noun, motion: still, seat: 'chair' },
          plainStyle('person'),
          0,
        ),
      { pxPerMetre: 100, size: 300, origin: { x: 150, y: 280 } },
    )
    // The chair's back post stands 0.2-0.26 m behind the hips; a child is narrower than that.
    return Math.max(...points.filter((p) => Math.abs(p.x + 0.235) < 0.006).map((p) => p.y))
  }

  it("sits on a grown-up's chair, at the chair's size", () => {
    const grownUp = seatBackTop('man')
    expect(grownUp).toBeCloseTo(1.0, 1)
    for (const noun of ['girl', 'boy', 'toddler']) {
      expect(seatBackTop(noun), noun).toBeCloseTo(grownUp, 1)
    }
  })
})
