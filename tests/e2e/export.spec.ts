/**
 * Every export, end to end: a person opens a board of three short shots (the middle one with a
 * previs take, so the animatic holds a real clip between two slates), picks each format in the
 * Export menu, sees the progress bar, and gets a download. Each downloaded file is then read
 * back (the MP4 decoded by ffmpeg, the PDF's text extracted, OTIO, EDL, FCPXML and CSV parsed)
 * and must add up to the sequence the board shows.
 *
 * One server and one board serve the whole file: the board is made once, through the UI, and
 * no test changes it, so each test stands alone (and runs alone with -g).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { BoardPage } from './support/board-page.js'
import { CardObject } from './support/card-object.js'
import {
  ExportMenu,
  fcpFrames,
  findAll,
  frameDifference,
  greyFrame,
  readCsv,
  readEdl,
  readFcpxml,
  readMp4,
  readOtio,
  readPdf,
  timecodeFrames,
  type Exported,
} from './support/export-files.js'
import { ServerProcess } from './support/server.js'

const BOARD_TITLE = 'Harbour Night'
/** The film's frame rate (the exporters' default; the menu offers no other). */
const FPS = 24
/** The animatic size asked for in the menu, and the sequence size FCPXML gets by default. */
const ANIMATIC = { width: 854, height: 480 }
const SEQUENCE = { width: 1280, height: 720 }
/** The shots in film order; only the middle one has a clip. */
const SHOTS = [
  { number: '1', title: 'Dockside', seconds: 1.5, clip: false },
  { number: '2', title: 'Ferry', seconds: 1, clip: true },
  { number: '3', title: 'Last light', seconds: 2, clip: false },
] as const
const TOTAL_SECONDS = SHOTS.reduce((sum, shot) => sum + shot.seconds, 0)
const TOTAL_FRAMES = Math.round(TOTAL_SECONDS * FPS)
/** Where each shot starts and ends, in frames. */
const SHOT_FRAMES = SHOTS.map((_, i) => {
  const before = SHOTS.slice(0, i).reduce((sum, shot) => sum + shot.seconds, 0)
  return { start: Math.round(before * FPS), end: Math.round((before + SHOTS[i]!.seconds) * FPS) }
})
/** Record timecode and timelines start at one hour. */
const ONE_HOUR = 3600 * FPS

let server: ServerProcess
let boardId = ''
let scratch = ''
/** The previs take's video, downloaded from the server, to compare the animatic with. */
let takeClip = ''

// Real renders and encodes on a busy two-core machine: give each test room.
test.describe.configure({ timeout: 90_000 })

test.beforeAll(async ({ browser }) => {
  test.setTimeout(150_000)
  server = await ServerProcess.start()
  scratch = await mkdtemp(join(tmpdir(), 'sceneboard-export-e2e-'))
  boardId = (await server.createBoard({ title: BOARD_TITLE })).id
  const context = await browser.newContext()
  try {
    const board = new BoardPage(await context.newPage(), server.url, boardId)
    await board.open()
    for (const shot of SHOTS) {
      const cardId = await board.addSceneCard()
      await board.selectCard(cardId)
      await board.field('title').fill(shot.title)
      await board.field('title').press('Tab')
      await board.field('durationSeconds').fill(String(shot.seconds))
      await board.field('durationSeconds').press('Tab')
      await expect(board.card(cardId).getByTestId('card-duration')).toHaveText(`${shot.seconds}s`)
      if (!shot.clip) continue
      const card = new CardObject(board.page, cardId)
      await card.generate()
      await expect(card.thumbs).toHaveCount(1)
      await expect(card.thumbs.first()).toHaveAttribute('data-status', 'succeeded', {
        timeout: 90_000,
      })
      const clipUrl = await board.page.evaluate(
        (id) =>
          (
            window as unknown as {
              __sceneboard: {
                sync: {
                  takes: { getCardTakes(id: string): ReadonlyArray<{ clip: { url: string } }> }
                }
              }
            }
          ).__sceneboard.sync.takes.getCardTakes(id)[0]!.clip.url,
        cardId,
      )
      takeClip = join(scratch, 'take.mp4')
      const response = await fetch(`${server.url}${clipUrl}`)
      expect(response.status).toBe(200)
      await writeFile(takeClip, Buffer.from(await response.arrayBuffer()))
    }
  } finally {
    await context.close()
  }
})

test.afterAll(async () => {
  await server?.stop()
  if (scratch) await rm(scratch, { recursive: true, force: true })
})

/** Opens the board and checks it shows the film the expectations below are made from. */
async function openBoard(page: Page): Promise<ExportMenu> {
  const board = new BoardPage(page, server.url, boardId)
  await board.open()
  await expect(board.sequenceItems).toHaveCount(SHOTS.length)
  const numbers = await board.sequenceItems.evaluateAll((items) =>
    items.map((item) => item.getAttribute('data-shot-number')),
  )
  expect(numbers).toEqual(SHOTS.map((shot) => shot.number))
  await expect(page.getByTestId('sequence-runtime')).toHaveText(`${TOTAL_SECONDS}s`)
  return new ExportMenu(page, scratch)
}

/** The menu showed its progress bar for `label`, then says the file was downloaded. */
async function expectProgressThenDone(menu: ExportMenu, exported: Exported, label: string) {
  expect(exported.progress.length, 'the progress bar showed').toBeGreaterThan(0)
  for (const seen of exported.progress) {
    expect(seen.label).toContain(`Exporting ${label}`)
    expect(seen.value).toBeGreaterThanOrEqual(0)
    expect(seen.value).toBeLessThanOrEqual(1)
  }
  const values = exported.progress.map((seen) => seen.value)
  expect(values).toEqual([...values].sort((a, b) => a - b))
  await expect(menu.done).toBeVisible()
  await expect(menu.progress).toHaveCount(0)
  await expect(menu.error).toHaveCount(0)
}

test('the MP4 animatic lasts the sequence, at its size and rate, with the clip between slates', async ({
  page,
}) => {
  const menu = await openBoard(page)
  await menu.chooseAnimaticSize(`${ANIMATIC.width}x${ANIMATIC.height}`)
  await menu.setBurnIns({ shotNumbers: true, timecode: false })
  const exported = await menu.export('mp4')
  await expectProgressThenDone(menu, exported, 'MP4 animatic')
  expect(exported.download.suggestedFilename()).toBe(`${BOARD_TITLE}.mp4`)

  const facts = await readMp4(exported.path)
  expect(facts.codec).toBe('h264')
  expect(facts.width).toBe(ANIMATIC.width)
  expect(facts.height).toBe(ANIMATIC.height)
  expect(facts.fps).toBe(FPS)
  expect(Math.abs(facts.frames - TOTAL_FRAMES)).toBeLessThanOrEqual(1)

  // The middle shot is the previs take itself: its frames match the take's, and not a slate's.
  const [before, clip, after] = SHOT_FRAMES.map((shot) => shot.start + 6)
  const animaticFrame = await greyFrame(exported.path, clip!)
  const sameTake = frameDifference(animaticFrame, await greyFrame(takeClip, 6))
  expect(sameTake).toBeLessThan(12)
  for (const slate of [before!, after!]) {
    const slateFrame = await greyFrame(exported.path, slate)
    expect(frameDifference(animaticFrame, slateFrame)).toBeGreaterThan(sameTake + 10)
  }
})

test('the PDF storyboard has the chosen panels a page, the title and every shot', async ({
  page,
}) => {
  const menu = await openBoard(page)
  await menu.choosePanelsPerPage(2)
  const exported = await menu.export('pdf')
  await expectProgressThenDone(menu, exported, 'PDF storyboard')
  expect(exported.download.suggestedFilename()).toBe(`${BOARD_TITLE}.pdf`)

  const pdf = await readPdf(exported.bytes)
  expect(pdf.pages).toBe(Math.ceil(SHOTS.length / 2))
  pdf.text.forEach((text, i) => {
    expect(text).toContain(BOARD_TITLE)
    expect(text).toContain(`Page ${i + 1} of ${pdf.pages}`)
  })
  const all = pdf.text.join('\n')
  expect(all).toContain(`${SHOTS.length} shots`)
  for (const [i, shot] of SHOTS.entries()) {
    const page = pdf.text[Math.floor(i / 2)]!
    expect(page).toMatch(new RegExp(`(^|\\s)${shot.number}\\s+${shot.title}`))
  }
})

test('the OpenTimelineIO clips add up to the sequence', async ({ page }) => {
  const menu = await openBoard(page)
  const exported = await menu.export('otio')
  await expectProgressThenDone(menu, exported, 'OpenTimelineIO')
  expect(exported.download.suggestedFilename()).toBe(`${BOARD_TITLE}.otio`)

  const timeline = readOtio(exported.bytes)
  expect(timeline.name).toBe(BOARD_TITLE)
  expect(timeline.clips).toHaveLength(SHOTS.length)
  for (const [i, clip] of timeline.clips.entries()) {
    expect(clip.rate).toBe(FPS)
    expect(clip.frames).toBe(SHOT_FRAMES[i]!.end - SHOT_FRAMES[i]!.start)
    expect(clip.name).toContain(SHOTS[i]!.title)
    expect(clip.reference).toMatch(SHOTS[i]!.clip ? /^ExternalReference\./ : /^MissingReference\./)
  }
  expect(timeline.clips.reduce((sum, clip) => sum + clip.frames, 0)).toBe(TOTAL_FRAMES)
})

test('the EDL has one event a shot, its record timecodes end to end', async ({ page }) => {
  const menu = await openBoard(page)
  const exported = await menu.export('edl')
  await expectProgressThenDone(menu, exported, 'EDL')
  expect(exported.download.suggestedFilename()).toBe(`${BOARD_TITLE}.edl`)

  const edl = readEdl(exported.bytes)
  expect(edl.title).toBe(BOARD_TITLE)
  expect(edl.fcm).toBe('NON-DROP FRAME')
  expect(edl.events.map((event) => event.number)).toEqual(['001', '002', '003'])
  let at = ONE_HOUR
  for (const [i, event] of edl.events.entries()) {
    expect(timecodeFrames(event.recordIn, FPS)).toBe(at)
    const out = timecodeFrames(event.recordOut, FPS)
    expect(out - at).toBe(SHOT_FRAMES[i]!.end - SHOT_FRAMES[i]!.start)
    expect(event.reel === 'BL').toBe(!SHOTS[i]!.clip)
    at = out
  }
  expect(at - ONE_HOUR).toBe(TOTAL_FRAMES)
})

test('the FCPXML parses and its spine adds up to the sequence', async ({ page }) => {
  const menu = await openBoard(page)
  const exported = await menu.export('fcpxml')
  await expectProgressThenDone(menu, exported, 'FCPXML')
  expect(exported.download.suggestedFilename()).toBe(`${BOARD_TITLE}.fcpxml`)

  const { root, sequence, spine } = readFcpxml(exported.bytes)
  expect(root.name).toBe('fcpxml')
  expect(findAll(root, 'project')[0]?.attributes.name).toBe(BOARD_TITLE)
  const format = findAll(root, 'format').find(
    (candidate) => candidate.attributes.id === sequence.attributes.format,
  )
  expect(format?.attributes).toMatchObject({
    frameDuration: `1/${FPS}s`,
    width: String(SEQUENCE.width),
    height: String(SEQUENCE.height),
  })
  let offset = 0
  for (const item of spine.children) {
    expect(fcpFrames(item.attributes.offset, FPS)).toBe(offset)
    offset += fcpFrames(item.attributes.duration, FPS)
  }
  expect(offset).toBe(TOTAL_FRAMES)
  expect(fcpFrames(sequence.attributes.duration, FPS)).toBe(TOTAL_FRAMES)
  expect(spine.children.map((item) => item.name)).toEqual(
    SHOTS.map((shot) => (shot.clip ? 'asset-clip' : 'gap')),
  )
})

test('the shot list exports as a CSV with one row per card', async ({ page }) => {
  const menu = await openBoard(page)
  const exported = await menu.export('csv')
  await expectProgressThenDone(menu, exported, 'Shot list (CSV)')
  expect(exported.download.suggestedFilename()).toBe(`${BOARD_TITLE}.csv`)
  // The menu names the file the browser saved.
  await expect(menu.done).toHaveText(`Downloaded ${BOARD_TITLE}.csv`)

  const [header, ...rows] = readCsv(exported.bytes)
  expect(header!.slice(0, 3).map((cell) => cell.toLowerCase())).toEqual([
    'shot',
    'title',
    'duration (s)',
  ])
  expect(rows).toHaveLength(SHOTS.length)
  for (const [i, row] of rows.entries()) {
    expect(row).toHaveLength(header!.length)
    expect(row.slice(0, 3)).toEqual([SHOTS[i]!.number, SHOTS[i]!.title, String(SHOTS[i]!.seconds)])
  }
})
