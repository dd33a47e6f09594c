/** Hats from the words: said of someone, or their calling's; their colour; and the framing. */
import { defaultShotSpec } from '@sceneboard/shared'
import { describe, expect, it } from 'vitest'
import { hex } from './color.js'
import { applyAffine, projectPlane } from './projection.js'
import { createRandom } from './random.js'
import { setUpShot, type Shot } from './shot-setup.js'
import { HAT_TOPS } from './subject-hats.js'
import { planSubjects } from './subjects.js'

const plan = (subject: string, action = '') => planSubjects(subject, action, createRandom(1))
const hat = (subject: string) => plan(subject)[0]?.hat
const kind = (subject: string) => hat(subject)?.kind

describe('a hat said of someone', () => {
  it('reads the kind from the hat word and the word before it', () => {
    expect(kind('a man in a bowler hat')).toBe('bowler')
    expect(kind('a man in a top hat')).toBe('top')
    expect(kind('a woman wearing a cowboy hat')).toBe('stetson')
    expect(kind('a girl in a straw hat')).toBe('sunhat')
    expect(kind('a boy in a woolly hat')).toBe('beanie')
    expect(kind('a worker in a hard hat')).toBe('hardhat')
    expect(kind('a man with a fedora')).toBe('brimmed')
    expect(kind('a man in a hat')).toBe('brimmed')
    expect(kind('a woman in a beret')).toBe('beret')
    expect(kind("a keeper, yellow oilskin, sou'wester")).toBe('souwester')
    expect(kind('a cyclist in a helmet')).toBe('helmet')
    expect(kind("a cook in a chef's hat")).toBe('toque')
    expect(kind('a thief in a balaclava')).toBe('balaclava')
    expect(kind('a robber wearing a ski mask')).toBe('balaclava')
    expect(kind('a man in a space helmet')).toBe('spacehelmet')
    // After "and", what follows is worn too.
    expect(kind('a detective in a trench coat and fedora')).toBe('brimmed')
    expect(plan('a detective in a trench coat and fedora')).toHaveLength(1)
  })

  it('colours the hat, not the clothes, with the colour said of the hat', () => {
    const [man] = plan('a man with a black hat')
    expect(man?.hat).toEqual({ kind: 'brimmed', colour: hex('#23232a') })
    expect(man?.colour).toBeUndefined()
    const [boy] = plan('a boy wearing a red baseball cap')
    expect(boy?.hat?.kind).toBe('cap')
    expect(boy?.hat?.colour).toEqual(hex('#b3302b'))
    // The coat's colour is still the clothes'.
    const [woman] = plan('a woman in a blue coat and a white hat')
    expect(woman?.colour).toEqual(hex('#2f5d9c'))
  })

  it('puts up a hood in the clothes\u2019 colour for a hooded figure or a hooded cloak', () => {
    expect(hat('a hooded figure')).toEqual({ kind: 'hood', colour: null })
    const [monk] = plan('a monk in a brown hooded cloak')
    expect(monk?.hat).toEqual({ kind: 'hood', colour: null })
    expect(monk?.colour).toEqual(hex('#6e4a2f'))
  })

  it('does not take a hat for a person, nor a person for a hat', () => {
    expect(plan('a man in a cowboy hat')).toHaveLength(1)
    expect(plan('a man, cowboy hat').map((p) => p.noun)).toEqual(['man'])
  })
})

describe("a calling's hat", () => {
  it('dresses callings in the hat they are known by', () => {
    expect(kind('a cowboy')).toBe('stetson')
    expect(kind('the sheriff')).toBe('stetson')
    expect(kind('a soldier')).toBe('helmet')
    expect(kind('a firefighter')).toBe('firehelmet')
    expect(kind('a police officer')).toBe('peaked')
    expect(kind('a construction worker')).toBe('hardhat')
    expect(kind('a chef')).toBe('toque')
    expect(kind('a king')).toBe('crown')
    expect(kind('a witch')).toBe('pointed')
    expect(kind('a pirate')).toBe('tricorn')
    expect(kind('two gunslingers')).toBe('stetson')
    expect(kind('a fireman')).toBe('firehelmet')
    expect(kind('a policewoman')).toBe('peaked')
    expect(kind('an astronaut')).toBe('spacehelmet')
    expect(hat('a nun')).toEqual({ kind: 'hood', colour: hex('#17161a') })
    // Everyone in a group of them.
    expect(plan('three soldiers').map((p) => p.hat?.kind)).toEqual(['helmet', 'helmet', 'helmet'])
  })

  it('gives no hat where none is said or known, or bareheaded', () => {
    expect(hat('a man')).toBeUndefined()
    expect(hat('a worker')).toBeUndefined()
    expect(hat('a detective')).toBeUndefined()
    expect(hat('a bareheaded cowboy')).toBeUndefined()
  })

  it('takes the hat said over the calling\u2019s', () => {
    expect(kind('a cowboy in a bowler hat')).toBe('bowler')
  })
})

/** The screen row (px from the top) of a point this high (m) on the framed person at t = 0. */
function rowAt(shot: Shot, height: number): number {
  const subject = shot.subjects[0]
  if (!subject) throw new Error('no subject')
  const pose = subject.track(0)
  const m = projectPlane(shot.camera(0), pose.depth, shot.viewport).matrix
  return applyAffine(m, pose.x, pose.altitude + height).y
}

describe("a calling's clothes", () => {
  it('dresses a calling in its colour unless the words give one', () => {
    const clothes = (subject: string) => plan(subject)[0]?.colour
    expect(clothes('a chef')).toEqual(hex('#ece9e2'))
    expect(clothes('an astronaut')).toEqual(hex('#e4e3df'))
    expect(clothes('a soldier')).toEqual(hex('#4f5a3a'))
    expect(clothes('a police officer')).toEqual(hex('#25375e'))
    expect(clothes('a chef in a red apron')).toEqual(hex('#b3302b'))
    // An astronaut's suit and a firefighter's gear run to the gloves; a chef's hands are bare.
    expect(plan('an astronaut')[0]).toMatchObject({ uniform: true, gloved: true })
    expect(plan('a firefighter')[0]?.gloved).toBe(true)
    expect(plan('a chef')[0]?.gloved).toBeUndefined()
    expect(clothes('an officer')).toBeUndefined()
    expect(clothes('a man')).toBeUndefined()
  })

  it('dresses a garment with a colour of its own in it when none is said', () => {
    const clothes = (subject: string) => plan(subject)[0]?.colour
    expect(clothes('a detective in a trench coat and fedora')).toEqual(hex('#b39a74'))
    expect(clothes('a scientist in a lab coat')).toEqual(hex('#ece9e2'))
    expect(clothes('a man in a tuxedo')).toEqual(hex('#1d1d22'))
    // A colour said wins; a coat has no colour of its own.
    expect(clothes('a woman in a red trench coat')).toEqual(hex('#b3302b'))
    expect(clothes('a man in a coat')).toBeUndefined()
  })
})

describe('framing a tall hat', () => {
  const shot = (subject: string, shotSize: 'full' | 'medium' | 'close-up') =>
    setUpShot(defaultShotSpec({ subject, shotSize, durationSeconds: 1 }))

  it('keeps a top hat or a witch\u2019s hat in a full or medium shot, with room above it', () => {
    for (const shotSize of ['full', 'medium'] as const) {
      const bare = shot('a man', shotSize)
      const headRoom = rowAt(bare, 1.79)
      for (const [subject, top] of [
        ['a man in a top hat', HAT_TOPS.top],
        ['a witch', HAT_TOPS.pointed],
      ] as const) {
        const hatted = shot(subject, shotSize)
        expect(rowAt(hatted, top), `${subject}, ${shotSize}`).toBeGreaterThan(headRoom * 0.8)
        // Seen from the same height: the horizon and the angle do not change.
        expect(hatted.framing.shotSize).toBe(shotSize)
      }
    }
  })

  it('frames a close-up on the face whatever the hat, as a bare head', () => {
    expect(shot('a man in a top hat', 'close-up').framing).toEqual(
      shot('a man', 'close-up').framing,
    )
    // A low hat leaves every framing as it was.
    expect(shot('a boy in a baseball cap', 'medium').framing).toEqual(
      shot('a boy', 'medium').framing,
    )
  })
})
