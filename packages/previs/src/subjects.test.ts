import { describe, expect, it } from 'vitest'
import { createRandom } from './random.js'
import { OBJECT_SIZES, supportWidth } from './subject-objects.js'
import { subjectWidth, vehicleModel } from './subject-words.js'
import { planSubjects, readMotion, type SubjectPlan } from './subjects.js'

const plan = (subject: string, action = '') => planSubjects(subject, action, createRandom(1))
const find = (plans: SubjectPlan[], noun: string) => {
  const found = plans.find((p) => p.noun === noun)
  if (!found) throw new Error(`no ${noun} in ${plans.map((p) => p.noun).join(', ')}`)
  return found
}

describe('subjects keep the spatial relations the text gives', () => {
  it('puts "a woman left of a man" to his left', () => {
    const plans = plan('a woman left of a man')
    expect(find(plans, 'woman').x).toBeLessThan(find(plans, 'man').x)
  })

  it('puts "a man to the right of a car" to its right, on the same plane', () => {
    const plans = plan('a man to the right of a car')
    expect(find(plans, 'man').x).toBeGreaterThan(find(plans, 'car').x)
    expect(find(plans, 'man').depthOffset).toBe(find(plans, 'car').depthOffset)
  })

  it('puts "a dog in front of a car" nearer the camera', () => {
    const plans = plan('a dog in front of a car')
    expect(find(plans, 'dog').depthOffset).toBeLessThan(find(plans, 'car').depthOffset)
  })

  it('puts "a boy behind a woman" further away', () => {
    const plans = plan('a boy behind a woman')
    expect(find(plans, 'boy').depthOffset).toBeGreaterThan(find(plans, 'woman').depthOffset)
  })

  it('sends "in the background" far back and "in the foreground" forward', () => {
    const plans = plan('a farmer, a horse in the background')
    expect(find(plans, 'horse').depthOffset).toBeGreaterThan(find(plans, 'farmer').depthOffset + 5)
    const front = plan('a soldier, a child in the foreground')
    expect(find(front, 'child').depthOffset).toBeLessThan(find(front, 'soldier').depthOffset)
  })

  it('reads a relation that comes first: "behind the car, a dog"', () => {
    const plans = plan('behind the car, a dog')
    expect(find(plans, 'dog').depthOffset).toBeGreaterThan(find(plans, 'car').depthOffset)
  })

  it('reads a possessive back to the previous subject: "a man with a dog to his left"', () => {
    const plans = plan('a man with a dog to his left')
    expect(find(plans, 'dog').x).toBeLessThan(find(plans, 'man').x)
  })

  it('keeps three in a row from chained relations', () => {
    const plans = plan('a girl left of a boy, a dog right of the boy')
    expect(find(plans, 'girl').x).toBeLessThan(find(plans, 'boy').x)
    expect(find(plans, 'dog').x).toBeGreaterThan(find(plans, 'boy').x)
  })

  it('places objects by the same relations: "a suitcase left of a woman"', () => {
    const plans = plan('a suitcase left of a woman')
    expect(find(plans, 'suitcase').kind).toBe('object')
    expect(find(plans, 'suitcase').x).toBeLessThan(find(plans, 'woman').x)
    const back = plan('a woman, a lamp in the background')
    expect(find(back, 'lamp').depthOffset).toBeGreaterThan(find(back, 'woman').depthOffset + 5)
    const front = plan('a chair in front of a table')
    expect(find(front, 'chair').depthOffset).toBeLessThan(find(front, 'table').depthOffset)
  })

  it('sets the shot size on the first person named after a thing, standing on the framed plane', () => {
    const umbrella = plan('a red umbrella left of a woman')
    expect(umbrella.filter((p) => p.framed).map((p) => p.noun)).toEqual(['woman'])
    const suitcase = plan('a suitcase in front of a woman')
    expect(find(suitcase, 'woman')).toMatchObject({ framed: true, depthOffset: 0 })
    expect(find(suitcase, 'suitcase').depthOffset).toBeLessThan(0)
  })

  it('sets it on the first-named subject otherwise', () => {
    expect(plan('a woman, a lamp beside her').filter((p) => p.framed)[0]?.noun).toBe('woman')
    expect(plan('two soldiers, a dog').map((p) => p.framed)).toEqual([true, true, false])
    expect(plan('a car, a dog').filter((p) => p.framed)[0]?.noun).toBe('car')
    // A person far behind or up close is part of the scene, not what the shot size is set on.
    expect(plan('a lamp, a man in the distance').filter((p) => p.framed)[0]?.noun).toBe('lamp')
  })

  it('stands an object on a table only when the words say so', () => {
    expect(plan('a vase of flowers on a table')[0]?.look?.support).toBe('table')
    expect(plan('a suitcase in the desert')[0]?.look?.support).toBeNull()
  })

  it('stands a thing on a table the text names: "A table, a vase on the table"', () => {
    for (const text of ['A table, a vase on the table', 'a table, a vase on it']) {
      const plans = plan(text)
      const table = find(plans, 'table')
      const vase = find(plans, 'vase')
      // At the table's place and depth, on its top, with no side table of its own under it.
      expect(vase).toMatchObject({ x: table.x, depthOffset: table.depthOffset })
      expect(vase.standsOn).toBe(OBJECT_SIZES.table.height)
      expect(vase.look?.support).toBeNull()
      expect(table.standsOn).toBeUndefined()
    }
    const desk = plan('a desk, a lamp on the desk')
    expect(find(desk, 'lamp')).toMatchObject({ x: find(desk, 'desk').x, standsOn: 0.76 })
    // A small lamp on the desk, not the tall one that stands on the floor.
    expect(find(desk, 'lamp').look?.shape).toBe('desk-lamp')
    expect(plan('a lamp, a desk')[0]?.look?.shape).toBe('lamp')
    // On a table nobody named, the vase gets a side table of its own.
    expect(plan('a vase on a table')[0]).toMatchObject({ look: { support: 'table' } })
    expect(plan('a vase on a table')[0]?.standsOn).toBeUndefined()
  })

  it('stands two things on one table side by side, both on its top', () => {
    const plans = plan('a table, a vase on the table, a cup on the table')
    const table = find(plans, 'table')
    const [vase, cup] = [find(plans, 'vase'), find(plans, 'cup')]
    expect(vase.x).toBeLessThan(cup.x)
    for (const thing of [vase, cup]) {
      expect(thing.standsOn).toBe(OBJECT_SIZES.table.height)
      expect(Math.abs(thing.x - table.x)).toBeLessThan(OBJECT_SIZES.table.width / 2)
    }
    expect(cup.x - vase.x).toBeGreaterThan(OBJECT_SIZES.vessel.width)
  })

  it('keeps neighbours clear of a thing and the table it stands on', () => {
    const plans = plan('a chair beside a table, a vase on the table')
    const [chair, table] = [find(plans, 'chair'), find(plans, 'table')]
    expect(Math.abs(chair.x - table.x)).toBeGreaterThan(
      (OBJECT_SIZES.chair.width + OBJECT_SIZES.table.width) / 2,
    )
    // Side tables of their own are spaced by their width, not the small vases': none overlap.
    const [first, second] = plan('two vases on a table')
    const apart = Math.abs((first?.x ?? 0) - (second?.x ?? 0))
    expect(apart).toBeGreaterThan(supportWidth('table', OBJECT_SIZES.vessel.width))
  })

  it('stands things named one after another in a row, clear of each other: "a table, a chair"', () => {
    /** Metres between the edges of two neighbours in the row. */
    const clear = (text: string, a: keyof typeof OBJECT_SIZES, b: keyof typeof OBJECT_SIZES) => {
      const [first, second] = plan(text)
      const apart = Math.abs((second?.x ?? 0) - (first?.x ?? 0))
      return apart - (OBJECT_SIZES[a].width + OBJECT_SIZES[b].width) / 2
    }
    for (const [text, a, b] of [
      ['a table, a chair', 'table', 'chair'],
      ['a chair, a table', 'chair', 'table'],
      ['a bench, a vase', 'bench', 'vessel'],
    ] as const) {
      expect(clear(text, a, b), text).toBeCloseTo(0.5, 9)
    }
    // A thing standing on the table takes no place in the row: the chair is clear of the table.
    const plans = plan('a table, a vase on the table, a chair')
    const gapToChair = find(plans, 'chair').x - find(plans, 'table').x
    expect(gapToChair).toBeCloseTo((OBJECT_SIZES.table.width + OBJECT_SIZES.chair.width) / 2 + 0.5)
  })

  it('stands people named one after another side by side, not one on another', () => {
    const [woman, man] = plan('a woman, a man')
    expect((man?.x ?? 0) - (woman?.x ?? 0)).toBeCloseTo(1.1, 9)
    const xs = plan('a man, a woman, a child').map((p) => p.x)
    expect(xs).toEqual([...xs].sort((a, b) => a - b))
    expect(new Set(xs.map((x) => x.toFixed(3))).size).toBe(3)
  })

  it('spaces a row by all of a count: "two soldiers, a nurse" keeps the nurse clear of both', () => {
    /** Metres between the centres of the nearest members of two neighbours in the row. */
    const nearest = (text: string, a: string, b: string) => {
      const plans = plan(text)
      const [as, bs] = [a, b].map((noun) => plans.filter((p) => p.noun === noun).map((p) => p.x))
      return Math.min(...(as ?? []).flatMap((x) => (bs ?? []).map((y) => Math.abs(x - y))))
    }
    // Two people 0.6 m wide stand 1.1 m apart in a row: half of each one's width plus 0.5 m.
    expect(nearest('two soldiers, a nurse', 'soldier', 'nurse')).toBeCloseTo(1.1, 9)
    expect(nearest('a nurse, three soldiers', 'nurse', 'soldier')).toBeCloseTo(1.1, 9)
    // A boy is narrower: 0.7 of a grown-up.
    expect(nearest('two soldiers, a boy', 'soldier', 'boy')).toBeCloseTo(0.5 + (0.6 + 0.42) / 2, 9)
    expect(nearest('two women, two men', 'women', 'men')).toBeCloseTo(1.1, 9)
    // A crowd spreads either way of its place: the one named next stands clear of all of it.
    expect(nearest('a crowd, a dog', 'crowd', 'dog')).toBeGreaterThan(1)
  })

  it('centres the subjects on the framed plane', () => {
    const plans = plan('a woman left of a man')
    expect(plans.reduce((sum, p) => sum + p.x, 0)).toBeCloseTo(0, 9)
  })
})

describe('counts and kinds', () => {
  it('counts numbers, plurals and group words', () => {
    expect(plan('two soldiers')).toHaveLength(2)
    expect(plan('three horses').every((p) => p.kind === 'animal')).toBe(true)
    expect(plan('a crowd')).toHaveLength(6)
    expect(plan('a group of hikers')).toHaveLength(4)
    expect(plan('a couple')).toHaveLength(2)
  })

  it('counts the people a group noun stands for, and "a family of four"', () => {
    const kinds = (subject: string) => plan(subject).map((p) => `${p.kind} ${p.noun}`)
    expect(kinds('a rock band')).toEqual(Array(4).fill('person band'))
    expect(kinds('a choir')).toEqual(Array(6).fill('person choir'))
    expect(kinds('a family of four')).toEqual(Array(4).fill('person family'))
    expect(kinds('a group of three')).toEqual(Array(3).fill('person group'))
    // A number followed by what the group is of counts those instead.
    expect(kinds('a group of three friends')).toEqual(Array(3).fill('person friend'))
    expect(kinds('a crew of sailors')).toEqual(Array(4).fill('person sailor'))
  })

  it('counts animals by the word for their herd or pack, plural however it is spelt', () => {
    const kinds = (subject: string) => plan(subject).map((p) => `${p.kind} ${p.noun}`)
    expect(kinds('a pack of wolves')).toEqual(Array(4).fill('animal wolf'))
    expect(kinds('a herd of cows')).toEqual(Array(5).fill('animal cow'))
    expect(kinds('two wolves')).toEqual(Array(2).fill('animal wolf'))
    expect(kinds('three puppies')).toEqual(Array(3).fill('animal puppy'))
    // Alone, a pack is what a hiker carries, not four of anything.
    expect(kinds('a hiker with a pack')).toEqual(['person hiker'])
  })

  it('takes a pronoun before anyone is named as the person the words then dress', () => {
    const [she, ...more] = plan('She, in a red coat', 'waits by the door')
    expect(more).toEqual([])
    expect(she?.kind).toBe('person')
    expect(she?.colour).toEqual(plan('a woman in a red coat')[0]?.colour)
    expect(plan('he, holding a lantern')[0]?.carries?.map((thing) => thing.noun)).toEqual([
      'lantern',
    ])
    expect(plan('he and his dog', 'walk').map((p) => p.kind)).toEqual(['person', 'animal'])
    // A possessive names no one: "his dog" is a dog.
    expect(plan('his dog', 'sleeps').map((p) => p.kind)).toEqual(['animal'])
  })

  it('takes a person named by their hair as a person with that hair', () => {
    const [blonde] = plan('a blonde in a red dress')
    expect(blonde?.kind).toBe('person')
    expect(blonde?.hair?.colour).toEqual(plan('a blonde woman')[0]?.hair?.colour)
    expect(blonde?.colour).toEqual(plan('a woman in a red dress')[0]?.colour)
    const [redhead] = plan('a redhead')
    expect(redhead?.kind).toBe('person')
    expect(redhead?.hair?.colour).toEqual(plan('a red-haired man')[0]?.hair?.colour)
    expect(plan('two brunettes').map((p) => p.kind)).toEqual(['person', 'person'])
    // Hair said of someone is not someone else.
    expect(plan('a woman with blonde hair').map((p) => p.noun)).toEqual(['woman'])
    expect(plan('a blonde woman').map((p) => p.noun)).toEqual(['woman'])
  })

  it('takes a toy or a likeness of a living thing, a vehicle or a boat as a thing', () => {
    for (const [text, noun] of [
      ['a teddy bear', 'bear'],
      ['a toy car', 'car'],
      ['a stuffed owl', 'owl'],
      ['a paper boat', 'boat'],
      ['two toy soldiers', 'soldier'],
    ] as const) {
      const plans = plan(text)
      expect(
        plans.every((p) => p.kind === 'object' && p.noun === noun),
        text,
      ).toBe(true)
    }
    expect(plan('a girl hugs a teddy bear')[0]?.kind).toBe('person')
    expect(plan('a brown bear')[0]?.kind).toBe('animal')
  })

  it('draws a van, a truck, a bus and a motorcycle as themselves, at their sizes', () => {
    expect(
      ['a car', 'a van', 'a lorry', 'a red bus', 'a motorbike'].map((s) => plan(s)[0]?.kind),
    ).toEqual(['vehicle', 'vehicle', 'vehicle', 'vehicle', 'vehicle'])
    expect(['taxi', 'van', 'truck', 'bus', 'scooter'].map(vehicleModel)).toEqual([
      'car',
      'van',
      'truck',
      'bus',
      'motorcycle',
    ])
    const length = (noun: string) => subjectWidth('vehicle', noun)
    expect(length('motorcycle')).toBeLessThan(length('car'))
    expect(length('car')).toBeLessThan(length('van'))
    expect(length('van')).toBeLessThan(length('truck'))
    expect(length('truck')).toBeLessThan(length('bus'))
  })

  it('draws each bird at its size: a pigeon small, an eagle about two metres across', () => {
    const span = (noun: string) => subjectWidth('bird', noun)
    expect(span('pigeon')).toBeLessThan(span('bird'))
    expect(span('crow')).toBeGreaterThan(span('pigeon'))
    expect(span('gull')).toBeGreaterThan(span('crow'))
    expect(span('eagle')).toBeGreaterThan(1.8)
    expect(span('eagle')).toBeGreaterThan(2 * span('pigeon'))
  })

  it('knows people, vehicles, animals, birds, boats and landmarks', () => {
    expect(plan('a taxi')[0]?.kind).toBe('vehicle')
    expect(plan('a wolf')[0]?.kind).toBe('animal')
    expect(plan('a seagull')[0]?.kind).toBe('bird')
    expect(plan('a small boat')[0]?.kind).toBe('boat')
    expect(plan('the old lighthouse')[0]?.kind).toBe('landmark')
  })

  it('makes an unknown noun an object with a look, never a person', () => {
    for (const text of [
      'The lamp mantle inside the great Fresnel lens',
      'a red umbrella on a bench',
      'an old typewriter',
      'a vase of flowers',
      'the locked suitcase',
      'a glowing orb',
    ]) {
      expect(plan(text).map((p) => p.kind)).toEqual(['object'])
    }
    expect(plan('The lamp mantle inside the great Fresnel lens')[0]?.look?.shape).toBe('lamp')
    expect(plan('a glowing orb')[0]?.look).toMatchObject({ shape: 'orb', glowing: true })
    expect(plan('a red umbrella on a bench')[0]?.look?.colour).toEqual([179, 48, 43])
    expect(plan('two suitcases')).toHaveLength(2)
  })

  it('keeps people people: person words, names, and someone holding a thing', () => {
    for (const text of ['the detective', 'Maria', 'John', 'a lone figure']) {
      expect(plan(text).map((p) => p.kind)).toEqual(['person'])
    }
    expect(plan('an old man with a lantern').map((p) => p.kind)).toEqual(['person'])
  })

  it('makes a named character a person, and an empty subject nobody', () => {
    expect(plan('Maren')).toMatchObject([{ kind: 'person' }])
    expect(plan('Maren, a keeper in a yellow oilskin')).toHaveLength(1)
    expect(plan('')).toEqual([])
  })
})

describe('action moves the subjects', () => {
  it('reads walking, running, driving, sailing and flying', () => {
    expect(readMotion('she walks home').kind).toBe('walk')
    expect(readMotion('sprinting for the train').kind).toBe('run')
    expect(readMotion('drives off').kind).toBe('drive')
    expect(readMotion('sails past').kind).toBe('sail')
    expect(readMotion('flies over the roofs').kind).toBe('fly')
    expect(readMotion('waits by the door').kind).toBe('still')
  })

  it('takes a motion someone watches as not their own', () => {
    const watching = 'watches the trawler sail into the harbour and raises the mug to it'
    expect(readMotion(watching).kind).toBe('still')
    expect(readMotion('stares at the dogs running past').kind).toBe('still')
    // A new clause is theirs again.
    expect(readMotion('sees the bus, and runs for it').kind).toBe('run')
    expect(readMotion('sees the bus and runs for it').kind).toBe('run')
  })

  it('reads no motion into things named for one', () => {
    expect(readMotion('a trawler with one green running light').kind).toBe('still')
    expect(readMotion('an old man with a walking stick waits').kind).toBe('still')
  })

  it('moves each kind its own way when the words only say it moves', () => {
    const heading =
      'a trawler with one green running light pitches through black swells, heading straight for the rocks'
    expect(readMotion(heading, ['boat']).kind).toBe('sail')
    expect(readMotion('heads for home', ['person']).kind).toBe('walk')
    expect(readMotion('moves along the road', ['vehicle']).kind).toBe('drive')
    expect(readMotion('heads for home', ['object']).kind).toBe('still')
    expect(readMotion('the prisms going dark', ['object', 'person']).kind).toBe('still')
  })

  it('reads the direction: left, towards the camera, away', () => {
    expect(readMotion('walks to the left').direction).toBe(-1)
    expect(readMotion('walks').direction).toBe(1)
    expect(readMotion('runs towards the camera').towardCamera).toBe(1)
    expect(readMotion('walks away').towardCamera).toBe(-1)
  })

  it('makes walkers walk and a car drive, faster when running', () => {
    const walker = plan('a man', 'walks along')[0]
    const runner = plan('a man', 'runs')[0]
    expect(walker?.motion.kind).toBe('walk')
    expect(runner?.motion.speed).toBeGreaterThan(walker?.motion.speed as number)
    const scene = plan('a dog right of a car', 'the car drives away slowly')
    expect(find(scene, 'car').motion.kind).toBe('drive')
    expect(find(scene, 'dog').motion.kind).toBe('still')
  })

  it('puts a driver in a car when nothing else could drive', () => {
    expect(plan('a woman', 'drives through town')[0]?.kind).toBe('vehicle')
  })

  it('turns only a person into a car: a lighthouse, a horse or a boat stays what it is', () => {
    // The sample board's first shot: "roll" is a driving word, but nothing here drives.
    const lighthouse = plan(
      'A white stone lighthouse on a black basalt headland',
      'turning its beam slowly as storm clouds roll in from the sea',
    )
    expect(lighthouse).toHaveLength(1)
    expect(lighthouse[0]).toMatchObject({ kind: 'landmark', noun: 'lighthouse' })
    expect(lighthouse[0]?.motion.kind).toBe('still')
    expect(plan('a horse', 'rolls in the grass')[0]?.kind).toBe('animal')
    expect(plan('a fishing boat', 'rolls in the swell')[0]?.kind).toBe('boat')
  })

  it('leaves objects where they are, whatever the action says', () => {
    expect(plan('the locked suitcase', 'walks to the left')[0]?.motion.kind).toBe('still')
    expect(plan('a glowing orb', 'drives away')[0]).toMatchObject({
      kind: 'object',
      motion: { kind: 'still' },
    })
    const scene = plan('a suitcase left of a woman', 'she walks away')
    expect(find(scene, 'woman').motion.kind).toBe('walk')
    expect(find(scene, 'suitcase').motion.kind).toBe('still')
    expect(plan('a suitcase right of a taxi', 'drives off')[1]?.motion.kind).toBe('drive')
  })

  it('moves a group together, so their relations hold', () => {
    const plans = plan('a woman left of a man', 'they walk to the left')
    expect(plans.every((p) => p.motion.kind === 'walk' && p.facing === -1)).toBe(true)
  })

  it('turns people standing still to face each other, or the thing beside them', () => {
    const talk = plan('a woman, a man', 'they talk')
    expect(find(talk, 'woman').x).toBeLessThan(find(talk, 'man').x)
    expect(find(talk, 'woman').facing).toBe(1)
    expect(find(talk, 'man').facing).toBe(-1)
    const argue = plan('a woman left of a man', 'they argue')
    expect([find(argue, 'woman').facing, find(argue, 'man').facing]).toEqual([1, -1])
    const waiting = plan('a suitcase left of a woman', 'she waits')
    expect(find(waiting, 'woman').facing).toBe(-1)
    // Far behind is not beside: a man in the background does not turn her.
    expect(find(plan('a woman, a man in the background'), 'woman').facing).toBe(1)
  })

  it("reads the colour of what a person wears, and a vehicle's paint", () => {
    const colour = (subject: string, noun: string) => find(plan(subject), noun).colour ?? null
    expect(colour('Maren, a weathered keeper in a yellow oilskin', 'keeper')).not.toBeNull()
    expect(colour('a man wearing a red coat', 'man')).toEqual(colour('a red car', 'car'))
    expect(colour('a woman in red, a man', 'woman')).not.toBeNull()
    expect(colour('a woman in red, a man', 'man')).toBeNull()
    // Where someone is, or stands on, is not what they wear.
    expect(colour('a man on a red carpet', 'man')).toBeNull()
    expect(colour('a man in a blue car', 'man')).toBeNull()
    expect(colour('a man in a blue car', 'car')).not.toBeNull()
    expect(colour('a man', 'man')).toBeNull()
  })

  it('dresses a person in a garment added after a comma, which is no subject of its own', () => {
    const yellow = [224, 185, 46]
    const red = [179, 48, 43]
    // The sample board's second shot.
    const keeper = plan('Maren, a weathered keeper in her sixties, yellow oilskin coat, grey braid')
    expect(keeper.map((p) => `${p.kind}:${p.noun}`)).toEqual(['person:keeper'])
    expect(keeper[0]?.colour).toEqual(yellow)
    const scarf = plan('a woman, red scarf')
    expect(scarf.map((p) => `${p.kind}:${p.noun}`)).toEqual(['person:woman'])
    expect(scarf[0]?.colour).toEqual(red)
    expect(plan('a woman, her red scarf')).toMatchObject([{ noun: 'woman', colour: red }])
    expect(plan('a man with a red scarf')).toMatchObject([{ noun: 'man', colour: red }])
    expect(plan('a man in his forties, black leather jacket')).toMatchObject([
      { noun: 'man', colour: [35, 35, 42] },
    ])
    expect(plan('two soldiers, green uniforms').map((p) => p.colour)).toEqual([
      [62, 122, 74],
      [62, 122, 74],
    ])
  })

  it('still starts a new subject after a comma when the phrase names no garment', () => {
    expect(plan('a woman, a man').map((p) => `${p.kind}:${p.noun}`)).toEqual([
      'person:woman',
      'person:man',
    ])
    expect(plan('a woman, a dog').map((p) => `${p.kind}:${p.noun}`)).toEqual([
      'person:woman',
      'animal:dog',
    ])
    expect(plan('a red umbrella, a woman').map((p) => p.kind)).toEqual(['object', 'person'])
    expect(plan('a woman, red scarf, a dog').map((p) => p.kind)).toEqual(['person', 'animal'])
  })

  it('never takes the colour of hair, a beard or skin for the clothes', () => {
    const beard = plan('a man, grey beard')
    expect(beard.map((p) => `${p.kind}:${p.noun}`)).toEqual(['person:man'])
    expect(beard[0]?.colour).toBeUndefined()
    expect(plan('a man, a grey beard')).toHaveLength(1)
    expect(plan('a man, a grey beard')[0]?.colour).toBeUndefined()
    expect(plan('a man, grey beard, blue coat')[0]?.colour).toEqual([47, 93, 156])
    expect(plan('a grey-haired man')[0]?.colour).toBeUndefined()
    expect(plan('a black woman in a yellow dress')[0]?.colour).toEqual([224, 185, 46])
  })

  it('keeps the first colour said of what someone wears', () => {
    const yellow = [224, 185, 46]
    expect(plan('a keeper in a yellow oilskin, red scarf')[0]?.colour).toEqual(yellow)
    expect(plan('a keeper, yellow oilskin, red scarf')[0]?.colour).toEqual(yellow)
    expect(plan('a woman in a green field, yellow coat')[0]?.colour).toEqual(yellow)
    expect(plan('a keeper, Maren, yellow oilskin')[0]?.colour).toEqual(yellow)
  })

  it('leaves alone whoever walks, stands alone or is one of a group', () => {
    expect(plan('a woman')[0]?.facing).toBe(1)
    const walking = plan('a woman, a man', 'they walk to the left')
    expect(walking.every((p) => p.facing === -1)).toBe(true)
    const couple = plan('a couple')
    expect(couple.map((p) => p.facing)).toEqual([1, -1])
  })
})

describe('dancing', () => {
  it('steps where they stand, facing each other, while a dance down the street goes somewhere', () => {
    const couple = plan('a couple', 'dance in the rain')
    expect(couple.map((p) => `${p.motion.kind}:${p.dances}`)).toEqual(['still:true', 'still:true'])
    expect(couple[0]?.facing).toBe(-(couple[1]?.facing ?? 0))
    expect(plan('a man', 'dances down the street').map((p) => p.dances)).toEqual([undefined])
    expect(plan('a man', 'waits in the rain').map((p) => p.dances)).toEqual([undefined])
  })
})

describe('ball games', () => {
  it('put a ball at the players feet', () => {
    const nouns = (subject: string, action: string) =>
      plan(subject, action).map((p) => `${p.kind}:${p.noun}:${p.look?.shape ?? ''}`)
    expect(nouns('two kids', 'play football in the park')).toEqual([
      'person:kid:',
      'person:kid:',
      'object:ball:ball',
    ])
    expect(nouns('a boy', 'kicks the ball against the wall')).toEqual([
      'person:boy:',
      'object:ball:ball',
    ])
    // One ball, even when the words name it; and no ball without a game.
    expect(nouns('a boy and a ball', 'plays football')).toEqual(['person:boy:', 'object:ball:ball'])
    expect(nouns('a boy', 'plays the guitar')).toEqual(['person:boy:'])
    expect(nouns('a glowing orb', '')).toEqual(['object:orb:orb'])
  })
})
