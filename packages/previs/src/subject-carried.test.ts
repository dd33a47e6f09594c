/**
 * Small things named after "with", "holding", "carrying" and the like, or that the action has a
 * person hold, are in that person's hand: carried, not planned as subjects of their own. Big
 * things (a dog, a horse, a car, a child) stay beside them.
 */
import { describe, expect, it } from 'vitest'
import { createRandom } from './random.js'
import { sampleSpec } from './test-support/sample-spec.js'
import { readActionCarried } from './subject-carried.js'
import { planSubjects, type SubjectPlan } from './subjects.js'

const plan = (subject: string, action = '', raining = false) =>
  planSubjects(subject, action, createRandom(1), { raining })

/** The only subject planned, which must be a person. */
function onePerson(plans: SubjectPlan[]): SubjectPlan {
  expect(plans.map((p) => `${p.kind}:${p.noun}`)).toHaveLength(1)
  const [person] = plans
  expect(person?.kind).toBe('person')
  return person as SubjectPlan
}

describe('the sample film', () => {
  it("puts the storm lantern in Maren's hand and the matches in the other (shot 5)", () => {
    const { subject, action } = sampleSpec(5)
    expect(subject).toBe('Maren with a storm lantern and a box of matches')
    const maren = onePerson(plan(subject, action))
    expect(maren.carries).toEqual([
      { noun: 'lantern', shape: 'lantern', hand: 'near', pose: 'low' },
      { noun: 'matches', shape: 'matchbox', hand: 'far', pose: 'low' },
    ])
    expect(maren.motion.kind).toBe('walk')
  })

  it('has her raise the tin mug of tea (shot 7)', () => {
    const { subject, action } = sampleSpec(7)
    expect(subject).toBe('Maren on the gallery rail with a tin mug of tea')
    // She watches the trawler sail in: it is there too, further back, and carries nothing.
    const [maren, trawler, ...more] = plan(subject, action)
    expect(more).toEqual([])
    expect(maren?.kind).toBe('person')
    expect(trawler?.kind).toBe('boat')
    expect(trawler?.carries).toBeUndefined()
    expect(maren?.carries).toEqual([{ noun: 'mug', shape: 'cup', hand: 'near', pose: 'raised' }])
  })

  it('has her look at her pocket watch (shot 2), not watch a trawler (shot 7)', () => {
    const { subject, action } = sampleSpec(2)
    expect(onePerson(plan(subject, action)).carries).toMatchObject([
      { noun: 'watch', pose: 'chest' },
    ])
    expect(readActionCarried(sampleSpec(7).action).map((thing) => thing.noun)).toEqual(['mug'])
  })
})

describe('what a person carries', () => {
  it('carries small things named after "with", "holding", "carrying", "clutching", "gripping"', () => {
    for (const [subject, noun] of [
      ['a man with a lantern', 'lantern'],
      ['a woman holding an umbrella', 'umbrella'],
      ['a boy carrying a basket', 'basket'],
      ['a girl clutching a letter', 'letter'],
      ['a soldier gripping a rifle', 'rifle'],
      ['a man, holding a torch', 'torch'],
      ['an old woman with a red umbrella', 'umbrella'],
    ] as const) {
      expect(onePerson(plan(subject)).carries?.map((thing) => thing.noun)).toEqual([noun])
    }
    expect(plan('an old woman with a red umbrella')[0]?.carries?.[0]?.colour).toEqual([179, 48, 43])
  })

  it('carries a suitcase while walking', () => {
    const man = onePerson(plan('a man carrying a suitcase walks'))
    expect(man.carries).toEqual([
      { noun: 'suitcase', shape: 'suitcase', hand: 'near', pose: 'low' },
    ])
    expect(man.motion.kind).toBe('walk')
  })

  it('keeps big things beside the person: a dog, a horse, a car, a child', () => {
    for (const [subject, kinds] of [
      ['a man with a dog', ['person:man', 'animal:dog']],
      ['a woman with a horse', ['person:woman', 'animal:horse']],
      ['a man with a car', ['person:man', 'vehicle:car']],
      ['a woman with a child', ['person:woman', 'person:child']],
      ['a woman holding a child', ['person:woman', 'person:child']],
    ] as const) {
      const plans = plan(subject)
      expect(plans.map((p) => `${p.kind}:${p.noun}`)).toEqual(kinds)
      expect(plans.every((p) => p.carries === undefined)).toBe(true)
    }
    const [man, dog] = plan('a man with a dog and a lantern')
    expect(man?.carries?.map((thing) => thing.noun)).toEqual(['lantern'])
    expect(dog?.kind).toBe('animal')
  })

  it('goes on carrying things listed after a comma, but not a dog or another person', () => {
    const carries = (subject: string) => plan(subject).map((p) => p.carries?.map((t) => t.noun))
    expect(carries('Maren with a storm lantern, a map')).toEqual([['lantern', 'map']])
    expect(carries('a man with a lantern, a dog')).toEqual([['lantern'], undefined])
    expect(carries('a soldier with a rifle, a woman with an umbrella')).toEqual([
      ['rifle'],
      ['umbrella'],
    ])
    // What he wears after the comma still dresses him.
    const [man, ...more] = plan('a man with a lantern, red scarf')
    expect(more).toEqual([])
    expect(man?.colour).toBeDefined()
  })

  it('carries a soft toy, while a real animal stays beside', () => {
    for (const [subject, noun] of [
      ['a little girl with a teddy bear', 'bear'],
      ['a boy clutching a stuffed rabbit', 'rabbit'],
      ['a child with a doll', 'doll'],
    ] as const) {
      const child = onePerson(plan(subject))
      expect(child.carries, subject).toEqual([{ noun, shape: 'toy', hand: 'near', pose: 'low' }])
    }
    expect(plan('a girl with a bear').map((p) => `${p.kind}:${p.noun}`)).toEqual([
      'person:girl',
      'animal:bear',
    ])
  })

  it('carries nothing big or of its own: a crate, a table; a thing after a comma stands alone', () => {
    expect(plan('a man with a crate')[0]?.carries).toBeUndefined()
    expect(plan('a woman, a lantern').map((p) => p.kind)).toEqual(['person', 'object'])
    expect(plan('a table with a lamp').map((p) => p.carries)).toEqual([undefined])
  })

  it('takes what the action has the person hold, raise or use', () => {
    for (const [action, noun, pose] of [
      ['holds a lantern', 'lantern', 'low'],
      ['carries a suitcase down the road', 'suitcase', 'low'],
      ['raises the mug', 'mug', 'raised'],
      ['drinks from a cup', 'cup', 'raised'],
      ['checks her pocket watch', 'watch', 'chest'],
      ['holds up the lantern', 'lantern', 'raised'],
      ['reads a letter by the window', 'letter', 'chest'],
      ['draws her sword', 'sword', 'raised'],
      ['draws a revolver', 'revolver', 'raised'],
      ['plants a flag', 'flag', 'low'],
      ['waves a banner', 'banner', 'raised'],
    ] as const) {
      expect(onePerson(plan('a woman', action)).carries).toMatchObject([{ noun, pose }])
    }
    expect(plan('a woman', 'walks towards the camera')[0]?.carries).toBeUndefined()
    expect(plan('a woman', 'watches the sea')[0]?.carries).toBeUndefined()
    expect(plan('a woman', 'draws the curtains')[0]?.carries).toBeUndefined()
    // A thing the subject names of its own stays where it stands.
    expect(plan('a suitcase left of a woman', 'she lifts the suitcase')[1]?.carries).toBeUndefined()
  })

  it('holds one thing in each hand, a thing held up in the hand towards the camera', () => {
    const things = onePerson(plan('a man with a lantern and a map and a bag')).carries
    expect(things?.map((thing) => [thing.noun, thing.hand])).toEqual([
      ['lantern', 'near'],
      ['map', 'far'],
    ])
    const raised = onePerson(plan('a woman with a lantern and a mug', 'raises the mug')).carries
    expect(raised?.map((thing) => [thing.noun, thing.hand, thing.pose])).toEqual([
      ['mug', 'near', 'raised'],
      ['lantern', 'far', 'low'],
    ])
  })

  it('holds an umbrella up in the rain or under it, and carries it furled otherwise', () => {
    const pose = (subject: string, action = '', raining = false) =>
      onePerson(plan(subject, action, raining)).carries?.[0]?.pose
    expect(pose('a woman holding an umbrella')).toBe('low')
    expect(pose('a woman holding an umbrella', '', true)).toBe('overhead')
    expect(pose('a woman holding an umbrella', 'waits in the rain')).toBe('overhead')
    expect(pose('a man under a black umbrella')).toBe('overhead')
    expect(pose('a woman', 'opens her umbrella')).toBe('overhead')
    expect(pose('a lady with a parasol')).toBe('overhead')
    expect(pose('a woman', 'walks under a red umbrella')).toBe('overhead')
    // Two under one umbrella: one of them holds it over both; under umbrellas, each their own.
    const umbrellas = (subject: string, action: string) =>
      plan(subject, action).map((p) => p.carries?.filter((t) => t.shape === 'umbrella').length ?? 0)
    expect(umbrellas('a couple', 'kiss under an umbrella')).toEqual([1, 0])
    expect(umbrellas('two girls', 'shelter under umbrellas')).toEqual([1, 1])
  })

  it('puts a lit cigarette by the face of whoever smokes or lights one', () => {
    const held = (subject: string, action = '') => onePerson(plan(subject, action)).carries?.[0]
    expect(held('a detective', 'lights a cigarette')).toMatchObject({
      shape: 'cigarette',
      pose: 'raised',
      lit: true,
    })
    expect(held('a man', 'sits and smokes')).toMatchObject({ shape: 'cigarette', pose: 'raised' })
    expect(held('a woman smoking a cigar')?.shape).toBe('cigarette')
    expect(held('a man with an unlit cigarette')).toMatchObject({ shape: 'cigarette', lit: false })
    // Smoke that is not smoking.
    expect(held('a man', 'walks through the smoking ruins')).toBeUndefined()
  })

  it('lights a lantern, a torch or a candle as the words say, else after dark', () => {
    const lit = (subject: string, action = '') => onePerson(plan(subject, action)).carries?.[0]?.lit
    expect(lit('a man with a lantern')).toBeUndefined()
    expect(lit('a man with a lit lantern')).toBe(true)
    expect(lit('a man holding a burning torch')).toBe(true)
    expect(lit('a man with an unlit lantern')).toBe(false)
    expect(lit('a girl with a candle', 'walks into the darkness')).toBe(true)
    expect(lit('a girl with a candle', 'blows out the candle')).toBe(false)
    expect(lit('a girl with a mug', 'walks into the darkness')).toBeUndefined()
  })

  it('gives every member of a count what the words give them', () => {
    const soldiers = plan('two soldiers with rifles')
    expect(soldiers.map((p) => p.carries?.map((thing) => thing.noun))).toEqual([
      ['rifle'],
      ['rifle'],
    ])
  })

  it('gives a musician named by their instrument that instrument, played', () => {
    const held = (subject: string, action = '') =>
      plan(subject, action).map((p) => p.carries?.map((t) => `${t.shape}:${t.pose}`) ?? [])
    expect(held('a guitarist')).toEqual([['guitar:chest']])
    expect(held('a fiddler')).toEqual([['violin:raised']])
    expect(held('a trumpeter')).toEqual([['horn:raised']])
    expect(held('a singer')).toEqual([['microphone:raised']])
    // A band: a singer, a guitar, a bass and a drummer with no hand free.
    expect(held('a rock band', 'plays on stage')).toEqual([
      ['microphone:raised'],
      ['guitar:chest'],
      ['guitar:chest'],
      [],
    ])
    // What the words give wins; a guitar named is played too; others carry none.
    expect(held('a singer with a lantern')).toEqual([['lantern:low']])
    expect(held('a man with a guitar')).toEqual([['guitar:chest']])
    expect(held('a drummer')).toEqual([[]])
    expect(held('a man')).toEqual([[]])
  })

  it('puts a rod in the hands of whoever fishes, and holds a tray up', () => {
    const held = (subject: string, action = '') =>
      plan(subject, action).map((p) => p.carries?.map((t) => `${t.shape}:${t.pose}`) ?? [])
    expect(held('an old fisherman', 'casts his line from the pier')).toEqual([['rod:chest']])
    expect(held('a boy', 'fishes off the rocks')).toEqual([['rod:chest']])
    expect(held('a fisherman', 'mends his nets on the quay')).toEqual([[]])
    expect(held('a waiter', 'carries a tray of drinks')).toEqual([['tray:raised']])
  })

  it('reads "a bunch of flowers" as the flowers and "a mug of tea" as the mug', () => {
    expect(onePerson(plan('a boy with a bunch of flowers')).carries).toMatchObject([
      { shape: 'flowers' },
    ])
    expect(onePerson(plan('a man with a photo of his dog')).carries).toMatchObject([
      { shape: 'letter' },
    ])
  })
})
