/**
 * Objects in painted frames: what a user sees for a noun the planner does not know is a prop,
 * with no one standing there.
 */
import { defaultShotSpec, type ShotSpec } from '@sceneboard/shared'
import { describe, expect, it } from 'vitest'
import { createFramePainter } from '../frame-painter.js'
import { applyAffine, projectPlane } from '../projection.js'
import { setUpShot, type Shot } from '../shot-setup.js'
import { OBJECT_SIZES, objectExtent } from '../subject-objects.js'

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

/** The first and last rows where a take differs from the same take emptied: what stands in it. */
function rowsOfSubjects(shot: Shot): { first: number; last: number } {
  const row = shot.viewport.width * 4
  const full = paint(shot)
  const empty = paint(emptied(shot))
  const differs = (y: number) =>
    !full.subarray(y * row, (y + 1) * row).equals(empty.subarray(y * row, (y + 1) * row))
  const rows = [...Array(shot.viewport.height).keys()].filter(differs)
  return { first: rows[0] ?? -1, last: rows[rows.length - 1] ?? -1 }
}

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

  it('paints a typewriter close-up on nothing, filling the middle of the frame', () => {
    const shot = setUpShot(spec({ subject: 'an old typewriter', aspectRatio: '16:9' }))
    const height = shot.viewport.height
    const { first, last } = rowsOfSubjects(shot)
    // The wall above it and the floor below it are bare: no pedestal, nothing cut off.
    expect(first).toBeGreaterThan(0.03 * height)
    expect(last).toBeLessThan(0.97 * height)
    expect(last - first).toBeGreaterThan(0.7 * height)
    expect(Math.abs((first + last) / 2 - height / 2)).toBeLessThan(0.05 * height)
  })

  it('stands a vase on a table only when the words put it on one', () => {
    const onTable = spec({
      subject: 'a blue vase on a table',
      shotSize: 'full',
      aspectRatio: '16:9',
    })
    const alone = { ...onTable, subject: 'a blue vase' }
    const bottomRow = (shot: Shot) => shot.viewport.height - 1
    const withTable = setUpShot(onTable)
    const without = setUpShot(alone)
    // The vase fills the same rows; under it, the table's top and legs, or the bare floor.
    expect(rowsOfSubjects(withTable).first).toBe(rowsOfSubjects(without).first)
    expect(rowsOfSubjects(withTable).last).toBe(bottomRow(withTable))
    expect(rowsOfSubjects(without).last).toBeLessThan(0.9 * bottomRow(without))
  })

  it('stands "a vase on the table" on the named table: one table, the vase on its top', () => {
    const shot = setUpShot(
      spec({ subject: 'A table, a vase on the table', shotSize: 'medium', aspectRatio: '16:9' }),
    )
    const { width, height } = shot.viewport
    const table = shot.subjects.find((s) => s.plan.noun === 'table')
    if (!table) throw new Error('no table')
    // The same take with only the table: the vase must add nothing below the tabletop.
    const tableOnly: Shot = { ...shot, subjects: [table] }
    const both = paint(shot)
    const alone = paint(tableOnly)
    const m = projectPlane(shot.camera(0), table.track(0).depth, shot.viewport).matrix
    const tabletop = Math.ceil(applyAffine(m, 0, 0.76).y)
    const row = width * 4
    const below = (pixels: Buffer) => pixels.subarray((tabletop + 2) * row, height * row)
    expect(below(both).equals(below(alone))).toBe(true)
    // Above it, the vase is there.
    expect(both.subarray(0, tabletop * row).equals(alone.subarray(0, tabletop * row))).toBe(false)
  })

  it('paints "a desk, a lamp on the desk" as a small lamp on the desktop, lit at night', () => {
    const atTime = (timeOfDay: ShotSpec['timeOfDay']) =>
      setUpShot(
        spec({
          subject: 'a desk, a lamp on the desk',
          shotSize: 'full',
          aspectRatio: '16:9',
          timeOfDay,
        }),
      )
    const shot = atTime('midday')
    const desk = shot.subjects.find((s) => s.plan.noun === 'desk')
    if (!desk) throw new Error('no desk')
    // By day, the rows the lamp adds above the desktop (the lamp alone: unlit, it has no glow).
    const m = projectPlane(shot.camera(0), desk.track(0).depth, shot.viewport).matrix
    const row = shot.viewport.width * 4
    const both = paint(shot)
    const alone = paint({ ...shot, subjects: [desk] })
    const sameRow = (y: number) =>
      both.subarray(y * row, (y + 1) * row).equals(alone.subarray(y * row, (y + 1) * row))
    const top = [...Array(shot.viewport.height).keys()].findIndex((y) => !sameRow(y))
    const metresPerRow = 1 / (applyAffine(m, 0, 0).y - applyAffine(m, 0, 1).y)
    const lampHeight = (applyAffine(m, 0, OBJECT_SIZES.table.height).y - top) * metresPerRow
    // A desk lamp's 0.45 m, where the floor lamp would rise 1.57 m over the desk.
    expect(lampHeight).toBeGreaterThan(0.35)
    expect(lampHeight).toBeLessThan(0.55)
    expect(lampHeight).toBeLessThan(OBJECT_SIZES.lamp.height / 2)
    // At night its shade is lit: warm near-white pixels that the day's lamp does not have.
    const glowing = (pixels: Buffer) => {
      let count = 0
      for (let i = 0; i < pixels.length; i += 4) {
        if ((pixels[i] ?? 0) >= 250 && (pixels[i + 1] ?? 0) >= 235) count++
      }
      return count
    }
    const night = atTime('night')
    const nightDesk = night.subjects.filter((s) => s.plan.noun === 'desk')
    expect(
      glowing(paint(night)) - glowing(paint({ ...night, subjects: nightDesk })),
    ).toBeGreaterThan(500)
    expect(glowing(both) - glowing(alone)).toBe(0)
  })

  it('paints an over-the-shoulder close-up of a typewriter whole and clear of the head', () => {
    const shot = setUpShot(
      spec({
        subject: 'an old typewriter',
        cameraAngle: 'over-the-shoulder',
        aspectRatio: '16:9',
      }),
    )
    const { width } = shot.viewport
    const typewriter = shot.subjects[0]
    if (!typewriter?.plan.look) throw new Error('no typewriter')
    const pose = typewriter.track(0)
    const m = projectPlane(shot.camera(0), pose.depth, shot.viewport).matrix
    const { bottom, top, width: wide } = objectExtent(typewriter.plan.look)
    const low = applyAffine(m, pose.x - wide / 2, bottom)
    const high = applyAffine(m, pose.x + wide / 2, top)
    const left = Math.floor(low.x)
    const right = Math.ceil(high.x)
    expect(left).toBeGreaterThan(0)
    expect(right).toBeLessThan(width)
    // Where the typewriter is, the frame is the same without the head and shoulder in front.
    const withHead = paint(shot)
    const withoutHead = paint({ ...shot, layers: shot.layers.slice(0, -1) })
    for (let y = Math.floor(high.y); y <= Math.ceil(low.y); y++) {
      const span = (pixels: Buffer) =>
        pixels.subarray((y * width + left) * 4, (y * width + right) * 4)
      expect(span(withHead).equals(span(withoutHead)), `row ${y}`).toBe(true)
    }
  })

  it('paints a lamp close-up on its glass: the flame in the middle, the cap in frame', () => {
    const shot = setUpShot(
      spec({
        subject: 'The lamp mantle inside the great Fresnel lens',
        environment: 'a lighthouse lamp room',
        aspectRatio: '16:9',
      }),
    )
    const pixels = paint(shot)
    const { width, height } = shot.viewport
    const white: number[] = []
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const i = (y * width + x) * 4
        if (Math.min(pixels[i] ?? 0, pixels[i + 1] ?? 0, pixels[i + 2] ?? 0) >= 250) white.push(y)
      }
    }
    expect(white.length).toBeGreaterThan(20)
    const middle = white.reduce((sum, y) => sum + y, 0) / white.length
    expect(Math.abs(middle - height / 2)).toBeLessThan(0.1 * height)
    // The brass cap on top of the glass is in frame, with room above it.
    const lamp = shot.subjects[0]
    if (!lamp) throw new Error('no lamp')
    const m = projectPlane(shot.camera(0), lamp.track(0).depth, shot.viewport).matrix
    expect(applyAffine(m, 0, 1.57).y).toBeGreaterThan(0.03 * height)
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
