/**
 * Objects in painted frames: what a user sees for a noun the planner does not know is a prop,
 * with no one standing there.
 */
import { defaultShotSpec, type ShotSpec } from '@sceneboard/shared'
import { describe, expect, it } from 'vitest'
import { createFramePainter } from '../frame-painter.js'
import { setUpShot, type Shot } from '../shot-setup.js'

const WIDTH = 720

const spec = (overrides: Partial<ShotSpec>) =>
  defaultShotSpec({
    environment: 'a quiet study room',
    shotSize: 'close-up',
    aspectRatio: '1:1',
    durationSeconds: 1,
    seed: 7,
    ...overrides,
  })

const paint = (shot: Shot, frame = 0) => {
  const painter = createFramePainter(shot)
  painter.paint(frame)
  return Buffer.from(painter.pixels())
}

/** The same take with nobody and nothing in it. */
const emptied = (shot: Shot): Shot => ({ ...shot, subjects: [] })

/** The same take with a person standing where each subject stands. */
const peopled = (shot: Shot): Shot => ({
  ...shot,
  subjects: shot.subjects.map((s) => ({
    ...s,
    plan: { ...s.plan, kind: 'person', look: undefined },
  })),
})

/** Rows [from, to) of a square frame differ between two paintings. */
const rowsDiffer = (a: Buffer, b: Buffer, from: number, to: number) =>
  !a.subarray(from * WIDTH * 4, to * WIDTH * 4).equals(b.subarray(from * WIDTH * 4, to * WIDTH * 4))

describe('an unknown noun is painted as a prop', () => {
  it('hands the painter an object, where "an old man" gets a person', () => {
    expect(
      setUpShot(spec({ subject: 'an old typewriter' })).subjects.map((s) => s.plan.kind),
    ).toEqual(['object'])
    expect(setUpShot(spec({ subject: 'an old man' })).subjects.map((s) => s.plan.kind)).toEqual([
      'person',
    ])
  })

  it('paints the typewriter close-up with the room above it clear, where a person would fill it', () => {
    const shot = setUpShot(spec({ subject: 'an old typewriter' }))
    const object = paint(shot)
    const empty = paint(emptied(shot))
    const person = paint(peopled(shot))
    expect(object.equals(empty)).toBe(false) // something is there
    // The top of the frame is the wall above the object; a person there would be head and body.
    expect(rowsDiffer(object, empty, 0, 30)).toBe(false)
    expect(rowsDiffer(person, empty, 0, 30)).toBe(true)
  })

  it('paints "an old typewriter" and "an old man" close-ups differently for the same seed', () => {
    const typewriter = paint(setUpShot(spec({ subject: 'an old typewriter' })))
    const man = paint(setUpShot(spec({ subject: 'an old man' })))
    expect(typewriter.equals(man)).toBe(false)
  })

  it('paints the same frames for the same spec and seed', () => {
    const lamp = spec({
      subject: 'The lamp mantle inside the great Fresnel lens',
      environment: 'a lighthouse lamp room',
      cameraMovement: 'dolly-in',
    })
    expect(paint(setUpShot(lamp), 12).equals(paint(setUpShot(lamp), 12))).toBe(true)
  })

  it('keeps an object still when the action says it walks', () => {
    const shot = setUpShot(
      spec({ subject: 'the locked suitcase', action: 'walks to the left', shotSize: 'full' }),
    )
    expect(paint(shot, 0).equals(paint(shot, 23))).toBe(true)
  })
})
