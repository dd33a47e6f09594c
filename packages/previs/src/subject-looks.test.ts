/** What the words say of how a subject looks: a person's hair and beard, an animal's coat. */
import { buildSampleBoard, type ShotSpec } from '@sceneboard/shared'
import { describe, expect, it } from 'vitest'
import { luminance } from './color.js'
import { createRandom } from './random.js'
import { planSubjects, type SubjectPlan } from './subjects.js'

const plan = (subject: string, action = '') => planSubjects(subject, action, createRandom(1))
const find = (plans: SubjectPlan[], noun: string) => {
  const found = plans.find((p) => p.noun === noun)
  if (!found) throw new Error(`no ${noun} in ${plans.map((p) => p.noun).join(', ')}`)
  return found
}

describe('hair and beards from the words', () => {
  const hair = (subject: string) => plan(subject)[0]?.hair
  const light = (subject: string) => luminance(hair(subject)?.colour ?? [0, 0, 0])

  it("colours the hair the words give, never a skin's or a coat's colour", () => {
    expect(light('a grey-haired man')).toBeGreaterThan(0.2)
    expect(hair('a grey-haired man')).toMatchObject({ bald: false, beard: null })
    expect(light('a blonde woman')).toBeGreaterThan(0.4)
    const red = hair('a red-haired girl')?.colour ?? [0, 0, 0]
    expect(red[0]).toBeGreaterThan(red[2] + 60)
    expect(hair('a woman with long red hair')?.colour).toEqual(red)
    expect(hair('a girl, red hair')?.colour).toEqual(red)
    expect(plan('a woman with long red hair')).toHaveLength(1)
    expect(hair('a brunette woman')?.colour).not.toBeNull()
    expect(light('a brunette woman')).toBeLessThan(light('a blonde woman') / 2)
    expect(light('a man with silver hair')).toBeGreaterThan(0.4)
    const blackWoman = plan('a black woman in a yellow dress')
    expect(blackWoman).toHaveLength(1)
    expect(blackWoman[0]?.colour).toEqual([224, 185, 46])
    expect(blackWoman[0]?.hair).toBeUndefined()
    expect(hair('a man in a grey coat')).toBeUndefined()
  })

  it('gives a beard where one is said, white with a white beard', () => {
    const old = hair('an old man with a white beard')
    expect(old?.beard?.kind).toBe('beard')
    expect(luminance(old?.beard?.colour ?? [0, 0, 0])).toBeGreaterThan(0.7)
    // Only the beard's colour is said: the hair is as white.
    expect(old?.colour).toEqual(old?.beard?.colour)
    expect(hair('a bearded man')).toMatchObject({ colour: null, beard: { kind: 'beard' } })
    expect(hair('a man with a moustache')?.beard?.kind).toBe('moustache')
    expect(hair('a grey-bearded man')?.beard?.colour).toEqual(hair('a grey-haired man')?.colour)
  })

  it('draws a bald man bald', () => {
    expect(hair('a bald man')).toMatchObject({ bald: true, colour: null, beard: null })
    expect(hair('a man with a shaved head')?.bald).toBe(true)
  })

  it('greys the hair of the old a little when no colour is said', () => {
    const aged = light('an elderly woman')
    expect(aged).toBeGreaterThan(0.05)
    expect(aged).toBeLessThan(light('a grey-haired woman'))
    expect(hair('an old woman')?.colour).toEqual(hair('a grandmother')?.colour)
  })

  it('keeps hair said of a name beside its description, or on a second mention', () => {
    const grey = hair('a grey-haired woman')?.colour
    expect(plan('Maren with grey hair, a keeper')).toHaveLength(1)
    expect(hair('Maren with grey hair, a keeper')?.colour).toEqual(grey)
    const people = plan('a woman, a man, the man with grey hair')
    expect(people).toHaveLength(2)
    expect(people.find((p) => p.noun === 'man')?.hair?.colour).toEqual(grey)
    expect(people.find((p) => p.noun === 'woman')?.hair).toBeUndefined()
  })

  it("reads the sample keeper's grey braid", () => {
    const spec = (buildSampleBoard().records as { type?: string; props?: { spec?: ShotSpec } }[])
      .map((record) => record.props?.spec)
      .find((s) => s?.subject.includes('grey braid')) as ShotSpec
    const [keeper] = plan(spec.subject)
    expect(keeper?.noun).toBe('keeper')
    expect(keeper?.hair?.colour).toBeDefined()
    expect(keeper?.hair?.colour).toEqual(hair('a grey-haired woman')?.colour)
  })

  it('says nothing of hair where the words do not', () => {
    for (const subject of ['a man', 'a woman in a red coat', 'Maren with a storm lantern']) {
      expect(hair(subject)).toBeUndefined()
    }
    expect(plan('a man with round glasses')[0]?.hair).toBeUndefined()
  })
})

describe('animal coats from the words', () => {
  const coat = (subject: string) => plan(subject)[0]?.colour
  it('colours an animal its coat', () => {
    expect(luminance(coat('a black dog') ?? [255, 255, 255])).toBeLessThan(0.15)
    expect(luminance(coat('a white horse') ?? [0, 0, 0])).toBeGreaterThan(0.8)
    const ginger = coat('a ginger cat') ?? [0, 0, 0]
    expect(ginger[0]).toBeGreaterThan(ginger[2] + 60)
    expect(plan('a brown bear')[0]).toMatchObject({ kind: 'animal', noun: 'bear' })
    expect(coat('a brown bear')).toBeDefined()
    const grey = coat('a grey wolf') ?? [0, 0, 0]
    expect(Math.max(...grey) - Math.min(...grey)).toBeLessThan(10)
    // On a table too.
    expect(find(plan('a table, a black cat on the table'), 'cat').colour).toEqual(
      coat('a black dog'),
    )
  })

  it('leaves an animal no colour is said of as it was', () => {
    for (const subject of ['a dog', 'a horse', 'a cat', 'a wolf', 'a man with a dog']) {
      expect(plan(subject).every((p) => p.colour === undefined)).toBe(true)
    }
  })
})
