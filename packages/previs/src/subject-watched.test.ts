import { describe, expect, it } from 'vitest'
import { applyAffine, projectPlane } from './projection.js'
import { createRandom } from './random.js'
import { sampleSpec } from './test-support/sample-spec.js'
import { setUpShot } from './shot-setup.js'
import { readSubjectText } from './subject-text.js'
import { watchedSubjects } from './subject-watched.js'
import { planSubjects, type SubjectPlan } from './subjects.js'

const plan = (subject: string, action: string) => planSubjects(subject, action, createRandom(1))
const watched = (subject: string, action: string) =>
  watchedSubjects(action, readSubjectText(subject)).map((w) => `${w.entity.kind}:${w.entity.noun}`)
const byNoun = (plans: SubjectPlan[], noun: string) => {
  const found = plans.find((p) => p.noun === noun)
  if (!found) throw new Error(`no ${noun} in ${plans.map((p) => p.noun).join(', ')}`)
  return found
}

describe('what the action watches, finds or follows', () => {
  it('is a subject of its own', () => {
    expect(
      watched('Maren', 'watches the trawler sail into the harbour and raises the mug'),
    ).toEqual(['boat:trawler'])
    expect(watched('the beam', 'sweeps the water and finds the trawler, which turns away')).toEqual(
      ['boat:trawler'],
    )
    expect(watched('a detective', 'follows a man in a grey coat')).toEqual(['person:man'])
    expect(watched('a girl', 'stares at the horses')).toEqual(['animal:horse'])
    expect(watched('a boy', 'spots a taxi and waves')).toEqual(['vehicle:taxi'])
    expect(watched('a woman', 'looks up at a helicopter')).toEqual(['vehicle:helicopter'])
  })

  it('stands beside the subjects and moves with them when the subject acts on it', () => {
    const fed = plan('an old man on a park bench', 'feeds the pigeons')
    const pigeons = fed.filter((p) => p.noun === 'pigeon')
    expect(pigeons.length).toBeGreaterThanOrEqual(2)
    for (const pigeon of pigeons) {
      // On the ground by the bench, not in the air or far off.
      expect(pigeon.standsOn).toBe(0)
      expect(Math.abs(pigeon.depthOffset)).toBeLessThan(1)
      expect(pigeon.watched).toBeUndefined()
    }
    const chase = plan('a dog', 'chases a cat')
    expect(chase.map((p) => `${p.noun}:${p.motion.kind}`)).toEqual(['dog:run', 'cat:run'])
    expect(byNoun(chase, 'cat').x).toBeGreaterThan(byNoun(chase, 'dog').x)
    const walk = plan('a woman', 'walks her dog along the beach')
    expect(walk.map((p) => `${p.noun}:${p.motion.kind}`)).toEqual(['woman:walk', 'dog:walk'])
    expect(plan('a farmer', 'leads his horse to the barn').map((p) => p.noun)).toEqual([
      'farmer',
      'horse',
    ])
    const hug = plan('a woman', 'hugs her son')
    expect(byNoun(hug, 'son').depthOffset).toBe(byNoun(hug, 'woman').depthOffset)
    // Standing still, the two face each other.
    expect(byNoun(hug, 'son').facing).toBe(-byNoun(hug, 'woman').facing)
    expect(watched('a detective', 'talks to a stranger in a grey coat')).toEqual([
      'person:stranger',
    ])
    // Brushing, saluting, helping, calling, letting off the lead, throwing something for.
    for (const [subject, action, actedOn] of [
      ['a woman', 'brushes her horse', 'animal:horse'],
      ['a soldier', 'salutes the captain', 'person:captain'],
      ['a nurse', 'helps an old man across the road', 'person:man'],
      ['a man', 'calls his dog', 'animal:dog'],
      ['a girl', 'lets her dog off the lead', 'animal:dog'],
      ['an old man', 'throws a stick for his dog', 'animal:dog'],
      ['a farmer', 'ploughs the field with his horse', 'animal:horse'],
    ] as const) {
      expect(watched(subject, action), action).toEqual([actedOn])
    }
  })

  it('walks behind whoever leads it, and ahead of whoever herds it', () => {
    const moves = (plans: SubjectPlan[]) => plans.map((p) => `${p.noun}:${p.motion.kind}`)
    // Leading is going somewhere: both walk, the horse a pace behind, whichever way they go.
    const led = plan('a farmer', 'leads his horse to the barn')
    expect(moves(led)).toEqual(['farmer:walk', 'horse:walk'])
    expect(byNoun(led, 'horse').x).toBeLessThan(byNoun(led, 'farmer').x)
    expect(byNoun(led, 'horse').facing).toBe(byNoun(led, 'farmer').facing)
    const leftward = plan('a man leading his horse', 'leads his horse across the yard to the left')
    expect(moves(leftward)).toEqual(['man:walk', 'horse:walk'])
    expect(byNoun(leftward, 'horse').x).toBeGreaterThan(byNoun(leftward, 'man').x)
    // Herded animals go on ahead; driving cattle is herding on foot, not driving a car.
    const herded = plan('a shepherd', 'herds the goats down the hill')
    expect(byNoun(herded, 'goat').x).toBeGreaterThan(byNoun(herded, 'shepherd').x)
    const driven = plan('a cowboy', 'drives the cattle across the plain')
    expect(byNoun(driven, 'cowboy').kind).toBe('person')
    expect(driven.filter((p) => p.noun === 'cattle')).toHaveLength(5)
    expect(driven.every((p) => p.motion.kind === 'walk')).toBe(true)
    expect(plan('a woman', 'drives to town').map((p) => p.noun)).toEqual(['car'])
  })

  it('pushes a pram ahead, its handle at the hands, whichever way they go', () => {
    const moves = (plans: SubjectPlan[]) => plans.map((p) => `${p.noun}:${p.motion.kind}`)
    const named = plan('a mother pushing a pram', 'walks along the promenade')
    expect(moves(named)).toEqual(['mother:walk', 'pram:walk'])
    expect(byNoun(named, 'pram').x - byNoun(named, 'mother').x).toBeCloseTo(0.8, 6)
    const leftward = plan('a woman', 'pushes a pram along the street to the left')
    expect(moves(leftward)).toEqual(['woman:walk', 'pram:walk'])
    expect(byNoun(leftward, 'pram').x - byNoun(leftward, 'woman').x).toBeCloseTo(-0.8, 6)
    expect(byNoun(leftward, 'pram').facing).toBe(-1)
    // Standing by it, nobody pushes it anywhere; other things after a verb stay props.
    expect(moves(plan('a mother with a pram', 'waits at the corner'))).toEqual([
      'mother:still',
      'pram:still',
    ])
    expect(plan('a man pushing a crate', '').map((p) => p.noun)).toEqual(['man'])
  })

  it('pushes a wheelbarrow or a trolley ahead the same way, at the reach of its handles', () => {
    const moves = (plans: SubjectPlan[]) => plans.map((p) => `${p.noun}:${p.motion.kind}`)
    const farmer = plan('a farmer pushes a wheelbarrow', 'walks across the farmyard')
    expect(moves(farmer)).toEqual(['farmer:walk', 'wheelbarrow:walk'])
    // The grips a forearm ahead of the farmer, 0.58 m back from the lifted barrow's middle.
    expect(byNoun(farmer, 'wheelbarrow').x - byNoun(farmer, 'farmer').x).toBeCloseTo(0.88, 6)
    const shopper = plan('a woman', 'pushes a shopping trolley down the aisle')
    expect(moves(shopper)).toEqual(['woman:walk', 'trolley:walk'])
    expect(byNoun(shopper, 'trolley').x - byNoun(shopper, 'woman').x).toBeCloseTo(0.77, 6)
    const vendor = plan('a street vendor', 'pushes his cart through the market')
    expect(moves(vendor)).toEqual(['vendor:walk', 'cart:walk'])
    // A wheelbarrow standing by is no bird wheeling overhead; gulls still wheel.
    expect(moves(plan('a gardener with a wheelbarrow', ''))).toEqual([
      'gardener:still',
      'wheelbarrow:still',
    ])
    expect(moves(plan('two gulls', 'wheel over the harbour'))).toEqual(['gull:fly', 'gull:fly'])
  })

  it('is what goes by meanwhile, moving as its words say, while the subject keeps still', () => {
    for (const [action, noun, kind] of [
      ['waits as a train speeds past', 'train', 'drive'],
      ['waits as a car speeds past', 'car', 'drive'],
      ['sits on the pier while the boats sail out', 'boat', 'sail'],
    ] as const) {
      const plans = plan('a woman', action)
      // The woman waits; she is no car for the words of what goes by.
      expect(plans[0]?.kind, action).toBe('person')
      expect(plans[0]?.motion.kind, action).toBe('still')
      const passing = byNoun(plans, noun)
      expect(passing.watched, action).toBe(true)
      expect(passing.motion.kind, action).toBe(kind)
    }
    // "as she walks home" is hers.
    expect(plan('a woman', 'smiles as she walks home')[0]?.motion.kind).toBe('walk')
  })

  it('is nothing when it is a thing, or already named', () => {
    expect(watched('a woman', 'watches the sunset')).toEqual([])
    expect(watched('a keeper', 'looks at her pocket watch')).toEqual([])
    expect(watched('a woman and a dog', 'the woman watches the dog')).toEqual([])
    expect(watched('a man', 'watches, waiting')).toEqual([])
    expect(watched('a man', 'walks along the pier')).toEqual([])
    expect(watched('a woman', 'feeds the fire')).toEqual([])
  })

  it('stands further back, moving as the words after it say, while the watcher keeps still', () => {
    const plans = plan('a woman on the pier', 'watches a ship sail away to the left')
    const woman = byNoun(plans, 'woman')
    const ship = byNoun(plans, 'ship')
    expect(ship.depthOffset).toBeGreaterThan(woman.depthOffset + 5)
    expect(woman.motion.kind).toBe('still')
    expect(ship.motion.kind).toBe('sail')
    expect(ship.facing).toBe(-1)
    expect(ship.motion.towardCamera).toBe(-1)
    // The shot is still framed on the one who watches.
    expect(woman.framed).toBe(true)
    expect(ship.framed).toBe(false)
  })

  it('keeps still what the words do not move, and lets the watcher move on their own', () => {
    const plans = plan('a runner', 'runs along the beach and spots a dog')
    expect(byNoun(plans, 'runner').motion.kind).toBe('run')
    expect(byNoun(plans, 'dog').motion.kind).toBe('still')
  })

  it('puts the trawler in the sample film where the keeper watches it (shot 7)', () => {
    const spec = sampleSpec(7)
    const plans = plan(spec.subject, spec.action)
    expect(plans.map((p) => p.kind)).toEqual(['person', 'boat'])
    expect(byNoun(plans, 'trawler').motion.kind).toBe('sail')
  })

  it('is brought nearer when it would stand out of the frame (the beam finds the trawler, shot 6)', () => {
    const shot = setUpShot(sampleSpec(6))
    const trawler = shot.subjects.find((s) => s.plan.noun === 'trawler')
    if (!trawler) throw new Error('no trawler')
    const middle = shot.durationSeconds / 2
    const pose = trawler.track(middle)
    const m = projectPlane(shot.camera(middle), pose.depth, shot.viewport).matrix
    const foot = applyAffine(m, pose.x, 0).y / shot.viewport.height
    expect(foot).toBeGreaterThanOrEqual(0.12)
    expect(foot).toBeLessThanOrEqual(0.95)
    // It stood as far back as the plan put it, looking down, it would be over the top of the frame.
    const planned = byNoun(shot.plan.subjects, 'trawler').depthOffset
    expect(trawler.plan.depthOffset).toBeLessThan(planned)
    // At eye level, as far back as planned.
    const level = setUpShot({ ...sampleSpec(6), cameraAngle: 'eye-level' })
    const there = level.subjects.find((s) => s.plan.noun === 'trawler')
    expect(there?.plan.depthOffset).toBe(planned)
  })
})
