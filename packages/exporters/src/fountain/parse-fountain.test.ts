import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { FountainElement } from './fountain-types.js'
import { parseFountain } from './parse-fountain.js'

const fixture = readFileSync(
  new URL('../../test/fixtures/the-lighthouse.fountain', import.meta.url),
  'utf8',
)
const script = parseFountain(fixture)
const ofType = <T extends FountainElement['type']>(type: T) =>
  script.elements.filter(
    (element): element is Extract<FountainElement, { type: T }> => element.type === type,
  )

describe('Fountain parser', () => {
  it('reads the title page, emphasis stripped, indented values continued', () => {
    expect(script.titlePage).toEqual([
      { key: 'Title', value: 'THE LIGHTHOUSE' },
      { key: 'Credit', value: 'Written by' },
      { key: 'Author', value: 'A. Keeper' },
      { key: 'Draft date', value: '4 March 2025' },
      { key: 'Contact', value: 'Harbour Road 1\nSkerry' },
    ])
  })

  it('finds every form of scene heading, and none inside the boneyard', () => {
    expect(ofType('scene-heading').map((element) => element.heading)).toEqual([
      {
        text: 'EXT. LIGHTHOUSE - DUSK',
        setting: 'exterior',
        location: 'LIGHTHOUSE',
        time: 'DUSK',
        sceneNumber: null,
        forced: false,
      },
      {
        text: 'INT. LIGHTHOUSE LAMP ROOM - NIGHT',
        setting: 'interior',
        location: 'LIGHTHOUSE LAMP ROOM',
        time: 'NIGHT',
        sceneNumber: '1',
        forced: false,
      },
      {
        text: "int. keeper's kitchen - moments later",
        setting: 'interior',
        location: "keeper's kitchen",
        time: 'moments later',
        sceneNumber: null,
        forced: false,
      },
      {
        text: 'INT./EXT. HARBOUR TRUCK - MOVING - GOLDEN HOUR',
        setting: 'interior-exterior',
        location: 'HARBOUR TRUCK - MOVING',
        time: 'GOLDEN HOUR',
        sceneNumber: null,
        forced: false,
      },
      {
        text: "I/E TOMAS'S BOAT - CONTINUOUS",
        setting: 'interior-exterior',
        location: "TOMAS'S BOAT",
        time: 'CONTINUOUS',
        sceneNumber: null,
        forced: false,
      },
      {
        text: 'EST. SKERRY HARBOUR - DAWN',
        setting: 'establishing',
        location: 'SKERRY HARBOUR',
        time: 'DAWN',
        sceneNumber: null,
        forced: false,
      },
      {
        text: "FLASHBACK - MAREN'S FIRST NIGHT",
        setting: null,
        location: "FLASHBACK - MAREN'S FIRST NIGHT",
        time: '',
        sceneNumber: null,
        forced: true,
      },
      {
        text: 'EXT. THE ROCK - BLUE HOUR',
        setting: 'exterior',
        location: 'THE ROCK',
        time: 'BLUE HOUR',
        sceneNumber: '12A',
        forced: false,
      },
      {
        text: 'INT LAMP ROOM - DAY',
        setting: 'interior',
        location: 'LAMP ROOM',
        time: 'DAY',
        sceneNumber: null,
        forced: false,
      },
    ])
    expect(JSON.stringify(script)).not.toContain('CELLAR')
  })

  it('reads character cues with extensions and dual dialogue, dialogue and parentheticals', () => {
    expect(ofType('character').map(({ name, extension, dual }) => [name, extension, dual])).toEqual(
      [
        ['MAREN', null, false],
        ['TOMAS', 'O.S.', false],
        ['TOMAS', null, false],
        ['MAREN', null, false],
        ['TOMAS', null, true],
        ['NARRATOR', 'V.O.', false],
      ],
    )
    expect(ofType('parenthetical').map((element) => element.text)).toEqual(['(to herself)'])
    expect(ofType('dialogue').map((element) => element.text)).toEqual([
      'Hold, old girl. Hold.',
      'Maren! The boat!',
      'The radio says it turns north.',
      'It always says that.',
      'And it never does.',
      'She was nineteen.',
    ])
    expect(ofType('lyrics').map((element) => element.text)).toEqual([
      "The keeper's song, the keeper's light",
    ])
  })

  it('reads transitions, centered text, sections, synopses, notes and page breaks', () => {
    expect(ofType('transition').map((element) => element.text)).toEqual(['CUT TO:', 'FADE OUT.'])
    expect(ofType('centered').map((element) => element.text)).toEqual(['THE END'])
    expect(ofType('section').map(({ depth, text }) => [depth, text])).toEqual([
      [1, 'ACT ONE'],
      [2, 'The storm'],
    ])
    expect(ofType('synopsis').map((element) => element.text)).toEqual([
      'The keeper learns the storm is coming.',
    ])
    expect(ofType('note').map((element) => element.text)).toEqual([
      'Check: does she hear him? Keep it ambiguous.',
    ])
    expect(ofType('page-break')).toHaveLength(1)
  })

  it('keeps action as written, forced action included, markers and escapes resolved', () => {
    const action = ofType('action').map((element) => element.text)
    expect(action).toContain(
      'A white stone tower on black basalt. Waves explode against the rocks.',
    )
    expect(action).toContain('She does not turn.')
    expect(action).toContain('A YOUNG MAREN LIGHTS THE LAMP FOR THE FIRST TIME.')
    expect(action).toContain('Maren sleeps in the chair, a *cold* cup of tea beside her.')
  })

  it('joins lines of one action paragraph and splits paragraphs at blank lines', () => {
    const { elements } = parseFountain(
      'INT. ROOM - DAY\n\nOne line,\nthe next line.\n\nAnother paragraph.\n',
    )
    expect(elements.slice(1)).toEqual([
      { type: 'action', text: 'One line,\nthe next line.' },
      { type: 'action', text: 'Another paragraph.' },
    ])
  })

  it('needs a blank line before a heading or a cue', () => {
    const { elements } = parseFountain('Action here.\nINT. NOT A HEADING\nBOB\nstill action')
    expect(elements).toEqual([
      { type: 'action', text: 'Action here.\nINT. NOT A HEADING\nBOB\nstill action' },
    ])
  })

  it('reads Windows line endings', () => {
    const { elements } = parseFountain('EXT. PIER - NIGHT\r\n\r\nRain.\r\n')
    expect(elements).toEqual([
      {
        type: 'scene-heading',
        heading: expect.objectContaining({ location: 'PIER', time: 'NIGHT' }),
      },
      { type: 'action', text: 'Rain.' },
    ])
  })
})
