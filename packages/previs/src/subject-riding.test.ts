/**
 * Riding: a person on horseback sits in the saddle, goes where the horse goes, and a shot of them
 * frames the rider with the horse under them.
 */
import { defaultShotSpec } from '@sceneboard/shared'
import { describe, expect, it } from 'vitest'
import { createCanvas } from './canvas.js'
import { css } from './color.js'
import { drawFigure, figureStyle } from './paint/figures.js'
import { drawVehicle } from './paint/vehicles.js'
import { createRandom } from './random.js'
import { setUpShot } from './shot-setup.js'
import { ridingSaid } from './subject-riding.js'
import { animalBuild, personScale } from './subject-words.js'
import { planSubjects, type SubjectPlan } from './subjects.js'

const plan = (subject: string, action = '') => planSubjects(subject, action, createRandom(1))

describe('riding', () => {
  it('is said with riding words or a person on a horse', () => {
    expect(ridingSaid('a cowboy rides his horse across the plain')).toBe(true)
    expect(ridingSaid('a knight on horseback')).toBe(true)
    expect(ridingSaid('a woman on a white horse')).toBe(true)
    expect(ridingSaid('a girl feeds her horse')).toBe(false)
    expect(ridingSaid('a man beside a horse')).toBe(false)
  })

  it('puts the rider in the saddle, going where the horse goes', () => {
    for (const [subject, action, gait] of [
      ['a cowboy', 'rides his horse across the plain', 'walk'],
      ['a knight on a white horse', 'gallops into battle', 'run'],
    ] as const) {
      const [rider, horse, ...more] = plan(subject, action)
      expect(more).toEqual([])
      expect(rider?.kind).toBe('person')
      expect(horse?.kind).toBe('animal')
      expect(rider?.seat).toBe('saddle')
      expect(rider?.standsOn).toBeGreaterThan(0.8)
      expect(Math.abs((rider?.x ?? 0) - (horse?.x ?? 9))).toBeLessThan(0.2)
      expect(rider?.motion).toEqual(horse?.motion)
      expect(horse?.motion.kind).toBe(gait)
      expect(rider?.facing).toBe(horse?.facing)
      // The pair is centred in the frame.
      expect(Math.abs(((rider?.x ?? 0) + (horse?.x ?? 0)) / 2)).toBeLessThan(0.2)
    }
  })

  it("seats a child on a pony at the child's height, hips on the saddle", () => {
    const [girl, pony] = plan('a girl on a pony', '')
    expect(pony?.noun).toBe('pony')
    expect(girl?.seat).toBe('saddle')
    // The pony's back is lower than a horse's, and the girl's hips lower from her feet.
    const saddle = 1.4 * animalBuild('pony').scale
    expect(girl?.standsOn).toBeCloseTo(saddle - 0.5 * personScale('girl'), 2)
  })

  it('puts a cyclist on the saddle of a bicycle that rolls, named or not', () => {
    for (const [subject, action, hips] of [
      // A girl is drawn at her height: her hips are lower from her feet, which hang lower.
      ['a girl', 'rides her bicycle down the lane', 0.5 * personScale('girl')],
      ['a courier', 'cycles through traffic on his bike', 0.5],
    ] as const) {
      const [rider, bicycle, ...more] = plan(subject, action)
      expect(more).toEqual([])
      expect(bicycle?.kind).toBe('vehicle')
      expect(rider?.seat).toBe('saddle')
      expect(rider?.standsOn).toBeCloseTo(0.95 - hips, 2)
      expect(bicycle?.motion.kind).toBe('drive')
      expect(rider?.motion).toEqual(bicycle?.motion)
    }
    // A knight on horseback rides a horse no phrase names.
    expect(plan('a knight on horseback', 'gallops').map((p) => `${p.kind}:${p.noun}`)).toEqual([
      'person:knight',
      'animal:horse',
    ])
  })

  it("seats a motorcyclist named in the words in place of the motorcycle's own rider", () => {
    for (const [subject, action] of [
      ['a man', 'rides a motorcycle down the highway'],
      ['a biker on a motorbike', ''],
    ] as const) {
      const [rider, motorcycle] = plan(subject, action)
      expect(rider?.seat).toBe('saddle')
      expect(rider?.standsOn).toBeCloseTo(0.31, 2)
      expect(motorcycle?.ridden).toBe(true)
    }
    // Alone, a motorcycle keeps its own rider.
    expect(plan('a motorcycle', 'speeds past')[0]?.ridden).toBeUndefined()
    // Drawn ridden, it leaves its own rider out: nothing above the tank and the bars.
    const top = (ridden: boolean) => {
      const canvas = createCanvas(300, 300)
      const ctx = canvas.getContext('2d')
      ctx.setTransform(100, 0, 0, -100, 150, 250)
      const style = figureStyle(createRandom(1), 'vehicle', (m) => css(m), {
        backlit: false,
        lampsLit: false,
      })
      drawVehicle(ctx, style, 'motorcycle', 0, ridden)
      const alpha = ctx.getImageData(0, 0, 300, 300).data
      for (let y = 0; y < 300; y++) {
        for (let x = 0; x < 300; x++)
          if ((alpha[(y * 300 + x) * 4 + 3] as number) > 128) return (250 - y) / 100
      }
      return 0
    }
    expect(top(false)).toBeGreaterThan(1.6)
    expect(top(true)).toBeLessThan(1.1)
  })

  it("pedals: a cyclist's legs go round as the bicycle rolls, and rest when it stands", () => {
    const legs = (motion: SubjectPlan['motion'], phase: number) => {
      const canvas = createCanvas(200, 300)
      const ctx = canvas.getContext('2d')
      ctx.setTransform(100, 0, 0, -100, 100, 250)
      const style = figureStyle(createRandom(1), 'person', (m) => css(m), {
        backlit: false,
        lampsLit: false,
      })
      drawFigure(ctx, { kind: 'person', noun: 'girl', motion, seat: 'saddle' }, style, phase)
      return ctx.getImageData(0, 150, 200, 150).data
    }
    const differing = (a: Uint8ClampedArray, b: Uint8ClampedArray) => {
      let count = 0
      for (let i = 3; i < a.length; i += 4) if (a[i] !== b[i]) count++
      return count
    }
    const rolling = { kind: 'drive' as const, speed: 5, towardCamera: 0 }
    expect(differing(legs(rolling, 0), legs(rolling, 0.25))).toBeGreaterThan(300)
    const standing = { kind: 'still' as const, speed: 0, towardCamera: 0 }
    expect(differing(legs(standing, 0), legs(standing, 0.25))).toBe(0)
  })

  it('still turns someone who drives into a car that drives', () => {
    expect(plan('a woman', 'drives through town').map((p) => `${p.noun}:${p.motion.kind}`)).toEqual(
      ['car:drive'],
    )
    const [car, truck] = plan('she', 'drives away and sees a truck')
    expect(car?.motion.kind).toBe('drive')
    expect(truck?.motion.kind).toBe('still')
  })

  it('moves the horse only when the words ride somewhere', () => {
    expect(plan('a knight on a white horse', 'waits').map((p) => p.motion.kind)).toEqual([
      'still',
      'still',
    ])
    expect(plan('a knight on a white horse', 'waits')[0]?.seat).toBe('saddle')
  })

  it('leaves people on their feet beside a horse or a bicycle they do not ride', () => {
    expect(plan('a girl', 'feeds her horse').map((p) => p.seat)).toEqual([undefined, undefined])
    expect(plan('a man beside his bicycle').map((p) => p.seat)).toEqual([undefined, undefined])
  })

  it("frames a rider's head in a medium shot, the horse under them", () => {
    const shot = setUpShot(
      defaultShotSpec({
        subject: 'a knight on a white horse',
        action: 'waits',
        shotSize: 'medium',
        durationSeconds: 1,
      }),
    )
    const rider = shot.subjects[0]
    if (!rider) throw new Error('no rider')
    const eyes = rider.track(0).altitude + 1.22
    const frameHeight = (shot.viewport.height * shot.framing.subjectDistance) / shot.framing.focalPx
    const top = shot.framing.aimHeight + frameHeight / 2
    const bottom = shot.framing.aimHeight - frameHeight / 2
    expect(eyes).toBeLessThan(top - 0.15 * frameHeight)
    expect(eyes).toBeGreaterThan(bottom + 0.5 * frameHeight)
    expect(shot.framing.holdHeight).toBeCloseTo(eyes, 1)
  })
})

describe('riding cattle', () => {
  it('puts a rodeo rider on the bull, going where it goes', () => {
    for (const [subject, action] of [
      ['a cowboy', 'rides a bull at the rodeo'],
      ['a boy on an ox', 'crosses the field'],
    ] as const) {
      const plans = plan(subject, action)
      const rider = plans.find((p) => p.kind === 'person')
      const mount = plans.find((p) => p.kind === 'animal')
      expect(mount?.ridden, subject).toBe(true)
      expect(rider?.seat, subject).toBe('saddle')
      expect(rider?.motion, subject).toEqual(mount?.motion)
      expect(Math.abs((rider?.x ?? 0) - (mount?.x ?? 9)), subject).toBeLessThan(0.2)
    }
  })
})
