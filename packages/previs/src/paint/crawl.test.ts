/**
 * Crawling: "a baby crawls across the rug" puts the baby on hands and knees, going at a crawl;
 * the drawing has hands and knees on the ground and the head up at about 0.95 m, its limbs moving
 * in diagonal pairs; and a closer shot frames the crawler's head and shoulders, not the air
 * above them.
 */
import { defaultShotSpec } from '@sceneboard/shared'
import { describe, expect, it } from 'vitest'
import { createRandom } from '../random.js'
import { setUpShot } from '../shot-setup.js'
import { CRAWL_SPEED, crawlSaid } from '../subject-posture.js'
import { planSubjects, type SubjectPlan } from '../subjects.js'
import { paintedPoints, plainStyle } from '../test-support/painted-points.js'
import { drawFigure } from './figures.js'

const plan = (subject: string, action = '') => planSubjects(subject, action, createRandom(1))

/** The points (m) a crawling grown-up covers at `phase` of the crawl. */
function crawler(phase: number, moving = true) {
  const subject: Pick<SubjectPlan, 'kind' | 'noun' | 'motion' | 'crawls'> = {
    kind: 'person',
    noun: 'man',
    motion: moving
      ? { kind: 'walk', speed: CRAWL_SPEED, towardCamera: 0 }
      : { kind: 'still', speed: 0, towardCamera: 0 },
    crawls: true,
  }
  return paintedPoints((ctx) => drawFigure(ctx, subject, plainStyle('person'), phase), {
    pxPerMetre: 100,
    size: 300,
    origin: { x: 180, y: 250 },
  })
}

describe('crawling', () => {
  it('is said with crawling words or someone on all fours', () => {
    expect(crawlSaid('a baby crawls across the rug')).toEqual({ crawling: true, moving: true })
    expect(crawlSaid('a soldier crawling through the mud').moving).toBe(true)
    expect(crawlSaid('a woman on all fours searches for her keys')).toEqual({
      crawling: true,
      moving: false,
    })
    expect(crawlSaid('he is on his hands and knees').crawling).toBe(true)
    expect(crawlSaid('a man walks to the door').crawling).toBe(false)
  })

  it('puts people on hands and knees, crawling at a crawl, or still on all fours', () => {
    const [baby] = plan('a baby', 'crawls across the rug')
    expect(baby?.crawls).toBe(true)
    expect(baby?.motion).toMatchObject({ kind: 'walk', speed: CRAWL_SPEED })
    const [woman] = plan('a woman on all fours', 'searches for her keys')
    expect(woman?.crawls).toBe(true)
    expect(woman?.motion.kind).toBe('still')
    // Two crawling side by side are spaced by their length, not a standing person's width.
    const soldiers = plan('two soldiers', 'crawl through the mud')
    expect(soldiers.every((s) => s.crawls)).toBe(true)
    expect(Math.abs((soldiers[0]?.x ?? 0) - (soldiers[1]?.x ?? 0))).toBeGreaterThan(1.2)
    expect(plan('a man', 'walks to the door')[0]?.crawls).toBeUndefined()
  })

  it('draws hands and knees on the ground and the head up at about 0.95 m', () => {
    const points = crawler(0)
    expect(Math.max(...points.map((p) => p.y))).toBeCloseTo(0.95, 1)
    expect(Math.min(...points.map((p) => p.y))).toBeGreaterThanOrEqual(-0.01)
    const onGround = points.filter((p) => p.y < 0.04)
    // The hands under the shoulders (over the origin), the knees 0.6 m behind them.
    expect(onGround.some((p) => Math.abs(p.x) < 0.12)).toBe(true)
    expect(onGround.some((p) => Math.abs(p.x + 0.62) < 0.12)).toBe(true)
    // Nothing of the body at standing height.
    expect(points.some((p) => p.y > 1.1)).toBe(false)
  })

  it('moves the limbs through the crawl, and holds them still on all fours', () => {
    const at = (phase: number, moving = true) => JSON.stringify(crawler(phase, moving))
    expect(at(0.25)).not.toEqual(at(0.75))
    expect(at(0.25, false)).toEqual(at(0.75, false))
  })

  it("frames a closer shot on the crawler's head and shoulders", () => {
    const aim = (action: string) =>
      setUpShot(defaultShotSpec({ subject: 'a man', action, shotSize: 'medium' })).framing.aimHeight
    expect(aim('crawls towards the door')).toBeLessThan(0.95)
    expect(aim('walks towards the door')).toBeGreaterThan(1.2)
  })
})
