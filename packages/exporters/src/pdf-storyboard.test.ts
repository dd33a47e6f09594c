import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { PDFParse } from 'pdf-parse'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { filmShot, sampleFilm } from '../test/support/sample-film.js'
import { makeTestPicture } from '../test/support/media.js'
import type { Film } from './film.js'
import { pdfStoryboard } from './pdf-storyboard.js'
import { sheetLayout, PANELS_PER_PAGE } from './pdf-layout.js'

let dir = ''

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'pdf-storyboard-'))
  await makeTestPicture(path.join(dir, 'poster.jpg'), 320, 180)
  await makeTestPicture(path.join(dir, 'still.png'), 160, 90)
  await writeFile(path.join(dir, 'broken.jpg'), 'not a picture')
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

function filmWithPosters(): Film {
  const film = sampleFilm()
  film.shots[0]!.take!.posterPath = path.join(dir, 'poster.jpg')
  film.shots[2]!.take!.posterPath = path.join(dir, 'broken.jpg')
  film.shots[3]!.take!.clip.path = path.join(dir, 'still.png')
  return film
}

async function readPdf(bytes: Buffer): Promise<{ pages: number; text: string[] }> {
  const parser = new PDFParse({ data: new Uint8Array(bytes) })
  try {
    const result = await parser.getText()
    return { pages: result.total, text: result.pages.map((page) => page.text) }
  } finally {
    await parser.destroy()
  }
}

describe('PDF storyboard', () => {
  it('puts the chosen number of panels on a page', async () => {
    const film = filmWithPosters()
    for (let i = 0; i < 7; i++) {
      film.shots.push(filmShot(`3${String.fromCharCode(65 + i)}`, `Extra ${i}`, {}, null))
    }
    expect(film.shots).toHaveLength(11)
    const counts: Record<number, number> = {}
    for (const perPage of [2, 4, 6, 9] as const) {
      const { pages } = await readPdf(await pdfStoryboard(film, { panelsPerPage: perPage }))
      counts[perPage] = pages
    }
    expect(counts).toEqual({ 2: 6, 4: 3, 6: 2, 9: 2 })
  })

  it('prints the title, date, shot numbers, durations, camera, action and notes', async () => {
    const bytes = await pdfStoryboard(filmWithPosters(), { panelsPerPage: 4 })
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
    const { pages, text } = await readPdf(bytes)
    expect(pages).toBe(1)
    const page = text[0]!
    expect(page).toContain('The Lighthouse, "director\'s cut"')
    expect(page).toContain('2025-03-04')
    expect(page).toContain('Page 1 of 1')
    for (const number of ['1A', '1B', '2A', '2B']) expect(page).toContain(number)
    expect(page).toContain('Storm — été')
    expect(page).toContain('2.5s')
    expect(page).toContain('EWS · bird')
    expect(page).toContain('turns its beam, slowly')
    expect(page).toContain('Open on the scale of the sea.')
    // shot 1B has no clip and 2A's poster is unreadable: placeholders say so
    expect(page.match(/no clip yet/g)).toHaveLength(1)
    expect(page.match(/no poster/g)).toHaveLength(1)
  })

  it("names each panel's scene on a line of its own above the shot", async () => {
    const { text } = await readPdf(await pdfStoryboard(filmWithPosters(), { panelsPerPage: 4 }))
    const lines = text[0]!.split('\n').map((line) => line.trim())
    // 1A and 1B are in "The rock" of act one, 2A in "The storm", 2B in no scene
    expect(lines.filter((line) => line === 'Act one · The rock')).toHaveLength(2)
    expect(lines.filter((line) => line === 'The storm')).toHaveLength(1)
    const storm = lines.indexOf('The storm')
    expect(lines[storm + 1]).toMatch(/2A\s+Storm — été/)
  })

  it('embeds the poster pictures it can read', async () => {
    const bytes = await pdfStoryboard(filmWithPosters(), { panelsPerPage: 4, uncompressed: true })
    const source = bytes.toString('latin1')
    expect(source.match(/\/Subtype \/Image/g)?.length).toBeGreaterThanOrEqual(2)
    expect(source).toContain('/DCTDecode') // the JPEG poster, passed through
  })

  it('numbers the pages of a long board', async () => {
    const film = sampleFilm()
    film.shots = Array.from({ length: 20 }, (_, i) =>
      filmShot(String(i + 1), `Shot ${i + 1}`, {}, null),
    )
    const { pages, text } = await readPdf(
      await pdfStoryboard(film, { panelsPerPage: 9, paper: 'letter' }),
    )
    expect(pages).toBe(3)
    expect(text[2]).toContain('Page 3 of 3')
    expect(text[2]).toContain('Shot 20')
  })

  it('prints one page for an empty board', async () => {
    const { pages, text } = await readPdf(await pdfStoryboard({ ...sampleFilm(), shots: [] }))
    expect(pages).toBe(1)
    expect(text[0]).toContain('No shots in the sequence yet.')
  })

  it('lays every grid inside the page', () => {
    for (const paper of ['a4', 'letter'] as const) {
      for (const perPage of PANELS_PER_PAGE) {
        const layout = sheetLayout(paper, perPage)
        expect(layout.panels).toHaveLength(perPage)
        for (const panel of layout.panels) {
          expect(panel.x + panel.width).toBeLessThanOrEqual(
            layout.page.width - layout.margin + 0.01,
          )
          expect(panel.y + panel.height).toBeLessThanOrEqual(layout.footer.y)
          expect(panel.width).toBeGreaterThan(100)
        }
      }
    }
  })
})
