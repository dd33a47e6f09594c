import { describe, expect, it } from 'vitest'
import { sampleFilm } from '../test/support/sample-film.js'
import { CSV_SHOT_LIST_COLUMNS, csvShotList } from './csv-shot-list.js'

/** A small RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (char === '"') {
        quoted = false
      } else {
        field += char
      }
    } else if (char === '"') {
      if (field !== '') throw new Error(`quote inside an unquoted field at ${i}`)
      quoted = true
    } else if (char === ',') {
      row.push(field)
      field = ''
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      i++
    } else if (char === '\n' || char === '\r') {
      throw new Error(`bare line break at ${i}: lines must end in CRLF`)
    } else {
      field += char
    }
  }
  if (quoted) throw new Error('unterminated quoted field')
  if (field !== '' || row.length > 0) throw new Error('last line must end in CRLF')
  return rows
}

describe('CSV shot list', () => {
  it('round-trips every shot through an RFC 4180 reader', () => {
    const film = sampleFilm()
    const text = csvShotList(film, { bom: false, neutralizeFormulas: false })
    const rows = parseCsv(text)
    expect(rows[0]).toEqual([...CSV_SHOT_LIST_COLUMNS])
    expect(rows).toHaveLength(film.shots.length + 1)
    for (const row of rows) expect(row).toHaveLength(CSV_SHOT_LIST_COLUMNS.length)
    expect(rows[1]).toEqual([
      '1A',
      'Act one · The rock',
      'The rock',
      '4',
      'EWS',
      "bird's-eye",
      'crane down',
      '24mm',
      'A white lighthouse',
      'turns its beam, slowly',
      'a basalt headland',
      'last cold light',
      'previs',
      'take:1A',
      'shot-one.mp4',
    ])
    const cell = (row: number, column: (typeof CSV_SHOT_LIST_COLUMNS)[number]) =>
      rows[row]?.[CSV_SHOT_LIST_COLUMNS.indexOf(column)]
    // a line break and quotes inside a field survive
    expect(cell(2, 'Action')).toBe('winds the clockwork\nand says "hold"')
    expect(rows[2]?.slice(-3)).toEqual(['', '', ''])
    expect(cell(3, 'Title')).toBe('Storm — été')
    expect(cell(3, 'Duration (s)')).toBe('6')
    expect(cell(3, 'Clip file')).toBe('storm wave.mp4')
    expect(cell(4, 'Duration (s)')).toBe('1.25')
  })

  it("names each shot's scene right after its number, with its act, empty outside every scene", () => {
    const rows = parseCsv(csvShotList(sampleFilm(), { bom: false }))
    expect(rows[0]?.slice(0, 4)).toEqual(['Shot', 'Scene', 'Title', 'Duration (s)'])
    expect(rows.slice(1).map((row) => row[1])).toEqual([
      'Act one · The rock',
      'Act one · The rock',
      'The storm',
      '',
    ])
  })

  it('starts with a UTF-8 byte order mark unless told not to', () => {
    const film = sampleFilm()
    expect(csvShotList(film).startsWith('\uFEFFShot,Scene,Title,')).toBe(true)
    expect(csvShotList(film, { bom: false }).startsWith('Shot,Scene,Title,')).toBe(true)
    const bytes = new TextEncoder().encode(csvShotList(film))
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  })

  it('keeps a card starting with = from running as a spreadsheet formula', () => {
    const rows = parseCsv(csvShotList(sampleFilm(), { bom: false }))
    const action = CSV_SHOT_LIST_COLUMNS.indexOf('Action')
    expect(rows[3]?.[action]).toBe("'=SUM(A1) waves")
    expect(rows[1]?.[action]).toBe('turns its beam, slowly')
  })

  it('writes only the header for an empty film', () => {
    const film = { ...sampleFilm(), shots: [] }
    expect(parseCsv(csvShotList(film, { bom: false }))).toEqual([[...CSV_SHOT_LIST_COLUMNS]])
  })
})
