import { shotSpecSchema, FREE_TEXT_MAX } from '@sceneboard/shared'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { FountainImportError } from './fountain-error.js'
import { FOUNTAIN_MAX_BYTES } from './fountain-input.js'
import { importFountain } from './import-fountain.js'

const fixture = readFileSync(
  new URL('../../test/fixtures/the-lighthouse.fountain', import.meta.url),
  'utf8',
)

describe('screenplay import', () => {
  const { title, cards } = importFountain(fixture)

  it('makes one card a scene, in order, titled with its heading', () => {
    expect(title).toBe('THE LIGHTHOUSE')
    expect(cards.map((card) => card.title)).toEqual([
      'EXT. LIGHTHOUSE - DUSK',
      'INT. LIGHTHOUSE LAMP ROOM - NIGHT',
      "int. keeper's kitchen - moments later",
      'INT./EXT. HARBOUR TRUCK - MOVING - GOLDEN HOUR',
      "I/E TOMAS'S BOAT - CONTINUOUS",
      'EST. SKERRY HARBOUR - DAWN',
      "FLASHBACK - MAREN'S FIRST NIGHT",
      'EXT. THE ROCK - BLUE HOUR',
      'INT LAMP ROOM - DAY',
    ])
    expect(cards.map((card) => card.sceneNumber)).toEqual([
      null,
      '1',
      null,
      null,
      null,
      null,
      null,
      '12A',
      null,
    ])
  })

  it('gives every card a spec that passes the schema', () => {
    for (const card of cards) expect(shotSpecSchema.safeParse(card.spec).success).toBe(true)
    expect(new Set(cards.map((card) => card.spec.seed)).size).toBe(cards.length)
  })

  it('maps INT./EXT. and the location into the environment', () => {
    expect(cards.map((card) => card.spec.environment)).toEqual([
      'exterior, a lighthouse',
      'interior, a lighthouse lamp room',
      "interior, keeper's kitchen",
      'interior and exterior, a harbour truck, moving',
      "interior and exterior, Tomas's boat",
      'exterior, a skerry harbour',
      "flashback, Maren's first night",
      'exterior, the rock',
      'interior, a lamp room',
    ])
  })

  it('maps the time of day, carrying it through CONTINUOUS and MOMENTS LATER', () => {
    expect(cards.map((card) => card.spec.timeOfDay)).toEqual([
      'dusk',
      'night',
      'night',
      'golden-hour',
      'golden-hour',
      'dawn',
      '',
      'blue-hour',
      '',
    ])
    expect(cards[5]?.spec.shotSize).toBe('extreme-wide') // EST. is an establishing shot
  })

  it('takes the characters seen speaking as the subject, not voices off', () => {
    expect(cards[1]?.spec.subject).toBe('Maren')
    expect(cards[2]?.spec.subject).toBe('Tomas and Maren')
    expect(cards[6]?.spec.subject).toBe('')
  })

  it('joins the action lines into the action and the dialogue into the notes', () => {
    expect(cards[0]?.spec.action).toBe(
      'A white stone tower on black basalt. Waves explode against the rocks. The lamp turns, slowly.',
    )
    expect(cards[1]?.spec.action).toBe(
      'MAREN, sixties, yellow oilskin, winds the clockwork of the great lamp. She does not turn.',
    )
    expect(cards[1]?.spec.notes).toBe(
      'MAREN: (to herself) Hold, old girl. Hold.\nTOMAS: Maren! The boat!\nNote: Check: does she hear him? Keep it ambiguous.',
    )
    expect(cards[6]?.spec.notes).toBe(
      "NARRATOR: She was nineteen. The keeper's song, the keeper's light",
    )
    expect(cards[0]?.spec.durationSeconds).toBe(4)
  })

  it('caps long action at the schema limit and lengthens talky scenes', () => {
    const words = Array.from({ length: 800 }, (_, i) => `word${i}`).join(' ')
    const speech = Array.from({ length: 100 }, () => 'talk').join(' ')
    const [card] = importFountain(`EXT. FIELD - DAY\n\n${words}\n\nBOB\n${speech}\n`).cards
    expect(card?.spec.action.length).toBeLessThanOrEqual(FREE_TEXT_MAX)
    expect(card?.spec.action.endsWith('…')).toBe(true)
    expect(card?.spec.durationSeconds).toBe(40)
  })

  it.each([
    ['empty', '   \n\n', 'empty', 400],
    ['binary', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]), 'binary', 415],
    ['not UTF-8', new Uint8Array([0x49, 0x4e, 0x54, 0x2e, 0xff, 0xfe]), 'binary', 415],
    ['over 1 MB', 'a'.repeat(FOUNTAIN_MAX_BYTES + 1), 'too-large', 413],
    ['without a heading', 'Just some prose.\n\nMore prose.', 'no-scenes', 422],
  ] as const)('refuses a script that is %s', (_, input, code, status) => {
    try {
      importFountain(input)
      expect.fail('expected a FountainImportError')
    } catch (error) {
      expect(error).toBeInstanceOf(FountainImportError)
      expect(error).toMatchObject({ code, status })
    }
  })

  it('reads UTF-8 bytes with a byte order mark', () => {
    const bytes = new TextEncoder().encode('\uFEFFEXT. CAFÉ - NIGHT\n\nRain.\n')
    expect(importFountain(bytes).cards[0]?.spec.environment).toBe('exterior, a café')
  })
})
