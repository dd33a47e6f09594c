/**
 * People in boats: rowing, paddling or sitting in a boat puts a person in it, going where it goes,
 * and a take of them keeps them in it and in the frame.
 */
import { defaultShotSpec } from '@sceneboard/shared'
import { describe, expect, it } from 'vitest'
import { createRandom } from './random.js'
import { setUpShot } from './shot-setup.js'
import { readMotion } from './subject-action.js'
import { boatingSaid, PULLED_SPEED } from './subject-boating.js'
import { boatModel } from './subject-words.js'
import { planSubjects, type SubjectPlan } from './subjects.js'

const plan = (subject: string, action = '') => planSubjects(subject, action, createRandom(1))
const boatOf = (plans: SubjectPlan[]) => plans.find((p) => p.kind === 'boat')
const aboard = (plans: SubjectPlan[]) => plans.filter((p) => p.aboard)

describe('boating', () => {
  it('is said by rowing, paddling, or being in or aboard a boat', () => {
    for (const words of [
      'a fisherman rows his boat across the bay',
      'two kids paddle a canoe',
      'a woman kayaks along the coast',
      'an old man sits in a dinghy',
      'a sailor aboard the ferry',
    ]) {
      expect(boatingSaid(words), words).toBe(true)
    }
    for (const words of [
      'a row of houses',
      'they sit in the front row',
      'a man walks past a rowing boat on the sand',
      'a sailor walks along the quay',
    ]) {
      expect(boatingSaid(words), words).toBe(false)
    }
  })

  it('seats a rower in a rowing boat facing aft, moving with it at a pulling speed', () => {
    const plans = plan('a fisherman', 'rows his boat across the bay')
    const boat = boatOf(plans)
    const [rower, ...others] = aboard(plans)
    expect(others).toEqual([])
    expect(boat && boatModel(boat.noun)).toBe('rowboat')
    expect(boat?.motion).toMatchObject({ kind: 'sail', speed: PULLED_SPEED })
    expect(rower?.noun).toBe('fisherman')
    expect(rower?.seat).toBe('thwart')
    expect(rower?.aboard).toMatchObject({ aft: true, stroke: 'oars' })
    expect(rower?.facing).toBe(-(boat?.facing ?? 0))
    expect(rower?.motion).toEqual(boat?.motion)
    // Hips on the thwart, 0.3 m above the water: the feet below the waterline, in the hull.
    expect(rower?.standsOn).toBeCloseTo(0.3 - 0.5, 5)
    // In the boat, and drawn over its hull.
    expect(Math.abs((rower?.x ?? 9) - (boat?.x ?? 0))).toBeLessThan(0.3)
    expect(rower?.depthOffset).toBeLessThan(boat?.depthOffset ?? 0)
  })

  it('puts paddlers in a canoe and a kayaker in a kayak, facing and going the way it goes', () => {
    for (const [subject, action, model, stroke, count] of [
      ['two kids', 'paddle a canoe down the river', 'canoe', 'paddle', 2],
      ['a woman', 'kayaks along the coast', 'kayak', 'double-paddle', 1],
    ] as const) {
      const plans = plan(subject, action)
      const boat = boatOf(plans)
      const crew = aboard(plans)
      expect(boat && boatModel(boat.noun), subject).toBe(model)
      expect(boat?.motion.kind, subject).toBe('sail')
      expect(crew, subject).toHaveLength(count)
      for (const person of crew) {
        expect(person.aboard?.stroke).toBe(stroke)
        expect(person.facing).toBe(boat?.facing)
        expect(person.motion).toEqual(boat?.motion)
      }
      // Two in a canoe sit at either end of it.
      const xs = crew.map((person) => person.x)
      if (count === 2) expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(2.5)
    }
  })

  it('stands someone in a rowing boat, and on the deck of a decked boat, without a stroke', () => {
    const standing = plan('a man stands in a rowboat')
    const [man] = aboard(standing)
    expect(man?.seat).toBeUndefined()
    expect(man?.standsOn).toBeCloseTo(0.15, 5)
    expect(man?.aboard?.stroke).toBeNull()
    expect(boatOf(standing)?.motion.kind).toBe('still')
    const [sailor] = aboard(plan('a sailor on the deck of a trawler'))
    expect(sailor?.standsOn).toBeGreaterThan(1)
    expect(sailor?.seat).toBeUndefined()
    // Nobody sails for being a sailor.
    expect(boatOf(plan('a sailor on the deck of a trawler'))?.motion.kind).toBe('still')
  })

  it('has nobody pull a boat that drifts, and finds the rowing boat of "a rowing boat"', () => {
    const plans = plan('a couple in a rowing boat', 'drift on the lake')
    expect(boatOf(plans)?.noun).toBe('rowboat')
    const couple = aboard(plans)
    expect(couple).toHaveLength(2)
    for (const person of couple) expect(person.aboard?.stroke).toBeNull()
  })

  it('leaves ashore those who only watch a boat, and adds no boat to an animal', () => {
    const watching = plan('a fisherman', 'watches a rowboat drift past')
    expect(aboard(watching)).toEqual([])
    expect(watching[0]?.standsOn).toBeUndefined()
    expect(boatOf(plan('a dog', 'paddles in the shallows'))).toBeUndefined()
  })

  it('reads no motion in a rowing boat, a row of things or a sailor', () => {
    expect(readMotion('a man stands in a rowboat').kind).toBe('still')
    expect(readMotion('a row of houses').kind).toBe('still')
    expect(readMotion('a sailor on the quay').kind).toBe('still')
    expect(readMotion('two kayaks on the beach').kind).toBe('still')
    expect(readMotion('she kayaks along the coast').kind).toBe('sail')
    expect(readMotion('they row across the lake').kind).toBe('sail')
  })

  it('keeps a rower in the boat and in a medium shot as the take goes on', () => {
    const shot = setUpShot(
      defaultShotSpec({
        subject: 'a fisherman',
        action: 'rows his boat across the bay',
        environment: 'a bay',
        shotSize: 'medium',
        durationSeconds: 4,
      }),
    )
    expect(shot.plan.subjectsOnWater).toBe(true)
    const rower = shot.subjects.find((s) => s.plan.aboard)
    const boat = shot.subjects.find((s) => s.plan.kind === 'boat')
    const gap = (seconds: number) =>
      (rower?.track(seconds).x ?? NaN) - (boat?.track(seconds).x ?? NaN)
    for (const seconds of [0, 2, 4]) {
      expect(Number.isFinite(rower?.track(seconds).x), `at ${seconds} s`).toBe(true)
      // Facing aft, the rower still goes the boat's way: the two keep the same distance.
      expect(gap(seconds)).toBeCloseTo(gap(0), 5)
    }
    expect(boat?.track(4).x).not.toBeCloseTo(boat?.track(0).x ?? 0, 2)
  })

  it('keeps a rider in a medium shot', () => {
    const shot = setUpShot(
      defaultShotSpec({ subject: 'a cowboy', action: 'rides his horse', shotSize: 'medium' }),
    )
    for (const subject of shot.subjects) expect(Number.isFinite(subject.track(1).x)).toBe(true)
  })
})
