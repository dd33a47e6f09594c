/**
 * Aircraft: an airliner or a helicopter flies unless the words land it, framed up in the sky when
 * it is the subject and seen high in the frame when someone watches it; a helicopter's rotors
 * turn even while it waits.
 */
import { defaultShotSpec } from '@sceneboard/shared'
import { describe, expect, it } from 'vitest'
import { createFramePainter } from './frame-painter.js'
import { createRandom } from './random.js'
import { setUpShot } from './shot-setup.js'
import { planSubjects } from './subjects.js'

const plan = (subject: string, action = '') => planSubjects(subject, action, createRandom(1))
const aircraftOf = (subject: string, action: string) =>
  plan(subject, action).find((p) => p.kind === 'vehicle')

describe('aircraft', () => {
  it('fly unless the words land them', () => {
    expect(aircraftOf('a plane', 'flies over the city')).toMatchObject({
      noun: 'plane',
      airborne: true,
      motion: { kind: 'fly' },
    })
    expect(aircraftOf('a helicopter', 'hovers over the forest')?.airborne).toBe(true)
    expect(aircraftOf('a jet', 'lands on the runway')?.airborne).toBeUndefined()
    expect(aircraftOf('a helicopter', 'waits on the helipad')?.airborne).toBeUndefined()
    // A car is no aircraft.
    expect(aircraftOf('a car', 'drives over the bridge')?.airborne).toBeUndefined()
  })

  it('are framed in the sky as the subject, and seen high in the frame when watched', () => {
    const flying = setUpShot(defaultShotSpec({ subject: 'a plane', action: 'flies over the city' }))
    const plane = flying.subjects.find((s) => s.plan.kind === 'vehicle')
    expect(plane?.track(1).altitude).toBe(40)
    const watched = setUpShot(
      defaultShotSpec({
        subject: 'a man',
        action: 'watches a plane fly overhead',
        environment: 'a field',
        shotSize: 'wide',
      }),
    )
    const seen = watched.subjects.find((s) => s.plan.kind === 'vehicle')
    expect(seen?.plan.watched).toBe(true)
    // Higher than the man's head, and than a bird would wheel over him.
    expect(seen?.track(1).altitude).toBeGreaterThan(watched.framing.aimHeight + 3)
    const landed = setUpShot(defaultShotSpec({ subject: 'a plane', action: 'lands on the runway' }))
    expect(landed.subjects[0]?.track(1).altitude).toBe(0)
  })

  it("turn a helicopter's rotors while it waits", () => {
    const shot = setUpShot(
      defaultShotSpec({
        subject: 'a helicopter',
        action: 'waits on the helipad',
        durationSeconds: 1,
      }),
    )
    const painter = createFramePainter(shot)
    expect(painter.animated).toBe(true)
    painter.paint(0)
    const first = Buffer.from(painter.pixels())
    painter.paint(5)
    expect(painter.pixels().equals(first)).toBe(false)
  })
})
