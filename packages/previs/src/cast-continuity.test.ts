/**
 * A person with a name looks the same in every shot of the film: what the words leave open
 * (skin, clothes, hair) is picked from the name, not from the shot's seed.
 */
import { buildSampleBoard, defaultShotSpec, type ShotSpec } from '@sceneboard/shared'
import { describe, expect, it } from 'vitest'
import { subjectStyles } from './frame-painter.js'
import { setUpShot } from './shot-setup.js'
import { planSubjects } from './subjects.js'
import { createRandom } from './random.js'

const style = (overrides: Partial<ShotSpec>) =>
  subjectStyles(
    setUpShot(
      defaultShotSpec({
        environment: 'a plain grey studio interior',
        shotSize: 'medium',
        timeOfDay: 'midday',
        durationSeconds: 1,
        ...overrides,
      }),
    ),
  )[0]

describe('a named person across shots', () => {
  it('keeps their skin and clothes whatever the seed', () => {
    const seeds = [1, 2, 3, 4, 5]
    const maren = seeds.map((seed) => style({ subject: 'Maren', seed }))
    for (const each of maren) {
      expect(each?.skin).toBe(maren[0]?.skin)
      expect(each?.main).toBe(maren[0]?.main)
    }
    // An unnamed woman is picked anew with each seed.
    const women = seeds.map((seed) => style({ subject: 'a woman', seed }))
    expect(new Set(women.map((each) => `${each?.skin} ${each?.main}`)).size).toBeGreaterThan(1)
  })

  it('knows the name through a description after it, and tells two names apart', () => {
    expect(planSubjects('Maren, a weathered keeper', '', createRandom(1))[0]?.called).toBe('maren')
    expect(style({ subject: 'Maren, a weathered keeper', seed: 9 })?.skin).toBe(
      style({ subject: 'Maren', seed: 2 })?.skin,
    )
    const others = ['Tomas', 'Ada', 'Lena', 'Ivo'].map((name) => style({ subject: name, seed: 1 }))
    expect(new Set(others.map((each) => `${each?.skin} ${each?.main}`)).size).toBeGreaterThan(1)
  })

  it("keeps the sample keeper's skin in each of her shots", () => {
    const specs = buildSampleBoard()
      .records.filter((record) => record.typeName === 'shape' && record.type === 'scene-card')
      .map((record) => (record as unknown as { props: { spec: ShotSpec } }).props.spec)
      .filter((spec) => /\bMaren\b/.test(spec.subject))
    expect(specs.length).toBeGreaterThanOrEqual(3)
    // Lit differently in each shot: compare the skin picked, as drawn in one light.
    const skins = specs.map((spec) => style({ subject: spec.subject, seed: spec.seed })?.skin)
    expect(new Set(skins).size).toBe(1)
  })
})
