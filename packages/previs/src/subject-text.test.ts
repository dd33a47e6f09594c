import { describe, expect, it } from 'vitest'
import { VERB_FORMS } from './subject-grammar.js'
import { nounKind } from './subject-noun-phrase.js'
import { readSubjectText } from './subject-text.js'

const kinds = (text: string) => readSubjectText(text).map((e) => `${e.kind}:${e.noun}`)

describe('a noun the planner does not know is an object, never a person', () => {
  it.each([
    ['an old typewriter', 'object:typewriter'],
    ['a vase of flowers', 'object:vase'],
    ['the locked suitcase', 'object:suitcase'],
    ['a glowing orb', 'object:orb'],
    ['a red umbrella on a bench', 'object:umbrella'],
    ['The lamp mantle inside the great Fresnel lens', 'object:mantle'],
    ['an old and rusty typewriter', 'object:typewriter'],
    ['Red Umbrella On A Bench', 'object:umbrella'],
    ['an orb glowing in the dark', 'object:orb'],
  ])('%s -> %s', (text, expected) => {
    expect(kinds(text)).toEqual([expected])
  })

  it('reads the noun at the end of the phrase, past adjectives and before a verb', () => {
    expect(kinds('an old typewriter sits on a desk')).toEqual(['object:typewriter'])
    expect(kinds('a standing lamp')).toEqual(['object:lamp'])
    expect(readSubjectText('a red umbrella')[0]?.modifiers).toEqual(['red'])
  })

  it('does not make a thing from a phrase that only describes ("on a bench", "of flowers")', () => {
    expect(kinds('a woman in a yellow oilskin')).toEqual(['person:woman'])
    expect(kinds('a man holding a lantern')).toEqual(['person:man'])
    expect(kinds('Maren with a storm lantern and a box of matches')).toEqual(['person:person'])
    expect(kinds('Maren on the gallery rail with a tin mug of tea')).toEqual(['person:person'])
  })
})

describe('people stay people', () => {
  it.each([
    ['the detective', 'person:detective'],
    ['a lone figure', 'person:figure'],
    ['an old man with a lantern', 'person:man'],
    ['a courier', 'person:courier'],
    ['the lighthouse keeper', 'person:keeper'],
    ['a policeman', 'person:policeman'],
    ['a postman', 'person:person'],
    ['a tall, dark stranger', 'person:stranger'],
    ['Maria', 'person:person'],
    ['John', 'person:person'],
    ['Dr. Jones', 'person:dr'],
    ['someone', 'person:person'],
  ])('%s -> %s', (text, expected) => {
    expect(kinds(text)).toEqual([expected])
  })

  it('takes capitalised names as people, and a name beside its description as one person', () => {
    expect(kinds('Maria left of John')).toEqual(['person:person', 'person:person'])
    expect(kinds('John and Maria')).toEqual(['person:person', 'person:person'])
    expect(
      kinds('Maren, a weathered keeper in her sixties, yellow oilskin coat, grey braid'),
    ).toEqual(['person:keeper'])
  })

  it('takes what a person has on, after a comma, as no subject ("a man, cowboy hat")', () => {
    expect(kinds('a man, cowboy hat')).toEqual(['person:man'])
    expect(kinds('a man, a grey beard')).toEqual(['person:man'])
    expect(kinds('Maren, her grey braid')).toEqual(['person:person'])
    expect(readSubjectText('a woman, yellow oilskin and grey braid')).toEqual([
      {
        kind: 'person',
        noun: 'woman',
        count: 1,
        modifiers: [],
        clothes: 'yellow',
        features: [['grey', 'braid']],
      },
    ])
  })

  it('does not take a capitalised word with an article for a name', () => {
    expect(kinds('the Typewriter')).toEqual(['object:typewriter'])
  })
})

describe('relations with objects', () => {
  it('places an object relative to a person and a person relative to an object', () => {
    expect(readSubjectText('a suitcase left of a woman')).toMatchObject([
      { kind: 'object', noun: 'suitcase', relation: 'left-of', ref: 1 },
      { kind: 'person', noun: 'woman' },
    ])
    expect(readSubjectText('a man behind the counter')).toMatchObject([
      { kind: 'person', relation: 'behind', ref: 1 },
      { kind: 'object', noun: 'counter' },
    ])
  })

  it('takes "the table" named again for the table already named', () => {
    expect(kinds('a chair left of a table, a bench right of the table')).toEqual([
      'object:chair',
      'object:table',
      'object:bench',
    ])
  })

  it('keeps what a person has with them out of the relations', () => {
    expect(readSubjectText('a man with a lantern')).toEqual([
      {
        kind: 'person',
        noun: 'man',
        count: 1,
        modifiers: [],
        carries: [{ noun: 'lantern', shape: 'lantern', modifiers: [] }],
      },
    ])
    expect(readSubjectText('a man with a dog')[0]).toMatchObject({ relation: 'beside', ref: 1 })
  })
})

describe('the word lists', () => {
  it('has no verb form that is also a noun the planner knows', () => {
    expect([...VERB_FORMS].filter((word) => nounKind(word) !== null)).toEqual([])
  })
})
