/**
 * Every export, end to end: a person opens a board of three short shots (the middle one with a
 * previs take, so the animatic holds a real clip between two slates; the first two in a scene
 * inside an act), picks each format in the Export menu, sees the progress bar, and gets a
 * download. Each downloaded file is then read back (the MP4 decoded by ffmpeg, the PDF's text
 * extracted, OTIO, EDL, FCPXML and CSV parsed, editor packages unzipped) and must add up to the
 * sequence the board shows.
 *
 * One server and one board serve the whole file: the board is made once, through the UI, and
 * no test changes it, so each test stands alone (and runs alone with -g).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
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
  packageEntryOf,
  readCsv,
  readEdl,
  readFcpxml,
  readMp4,
  readOtio,
  readPackage,
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
/** The scene of the first two shots: a frame named for it inside a frame naming the act. */
const SCENE = { act: 'Act one', name: 'The harbour', shown: 'Act one · The harbour' }
/** The shots in film order; only the middle one has a clip; the last is in no scene. */
const SHOTS = [
  { number: '1', title: 'Dockside', seconds: 1.5, clip: false, scene: SCENE.shown },
  { number: '2', title: 'Ferry', seconds: 1, clip: true, scene: SCENE.shown },
  { number: '3', title: 'Last light', seconds: 2, clip: false, scene: '' },
] as const
/** The board title as the exporters name files inside a package. */
const FILE_STEM = 'harbour-night'
/** The packaged clip: named for its shot (position, number, title). */
const PACKAGED_CLIP = 'media/002_2_ferry.mp4'
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
    const cardIds: string[] = []
    for (const shot of SHOTS) {
      const cardId = await board.addSceneCard()
      cardIds.push(cardId)
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
    await frameScene(board, cardIds.slice(0, 2))
  } finally {
    await context.close()
  }
})

test.afterAll(async () => {
  await server?.stop()
  if (scratch) await rm(scratch, { recursive: true, force: true })
})

/**
 * Puts cards in a scene on the canvas, as a person drawing frames would: a frame named for the
 * scene around them, inside a frame naming the act. The sequence strip then names the scene.
 */
async function frameScene(board: BoardPage, cardIds: string[]): Promise<void> {
  interface Bounds {
    x: number
    y: number
    w: number
    h: number
  }
  interface TestEditor {
    getShapePageBounds(id: string): Bounds | undefined
    createShape(shape: {
      id: string
      type: 'frame'
      x: number
      y: number
      parentId?: string
      props: { w: number; h: number; name: string }
    }): void
    reparentShapes(ids: string[], parentId: string): void
  }
  await board.page.evaluate(
    ({ ids, scene }) => {
      const { editor } = (window as unknown as { __sceneboard: { editor: TestEditor } })
        .__sceneboard
      const boxes = ids.map((id) => editor.getShapePageBounds(id)!)
      const left = Math.min(...boxes.map((box) => box.x))
      const top = Math.min(...boxes.map((box) => box.y))
      const right = Math.max(...boxes.map((box) => box.x + box.w))
      const bottom = Math.max(...boxes.map((box) => box.y + box.h))
      const [pad, actId, sceneId] = [40, 'shape:e2e-act', 'shape:e2e-scene']
      const act = { w: right - left + 4 * pad, h: bottom - top + 4 * pad }
      editor.createShape({
        ...{ id: actId, type: 'frame', x: left - 2 * pad, y: top - 2 * pad },
        props: { ...act, name: scene.act },
      })
      editor.createShape({
        ...{ id: sceneId, type: 'frame', parentId: actId, x: pad, y: pad },
        props: { w: act.w - 2 * pad, h: act.h - 2 * pad, name: scene.name },
      })
      editor.reparentShapes(ids, sceneId)
    },
    { ids: cardIds, scene: SCENE },
  )
  await expect(board.page.getByTestId('sequence-scene-label')).toHaveText([SCENE.shown])
}

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
  // the scene's name is printed on its own line over each of its shots
  const lines = all.split('\n').map((line) => line.trim())
  expect(lines.filter((line) => line === SCENE.shown)).toHaveLength(
    SHOTS.filter((shot) => shot.scene === SCENE.shown).length,
  )
})

test('the OpenTimelineIO package holds the timeline and the take, which its clips add up around', async ({
  page,
}) => {
  const menu = await openBoard(page)
  // "Include clips (ZIP)" is on unless this browser said otherwise
  await menu.open()
  await expect(menu.includeClips).toBeChecked()
  const exported = await menu.export('otio')
  await expectProgressThenDone(menu, exported, 'OpenTimelineIO')
  expect(exported.download.suggestedFilename()).toBe(`${BOARD_TITLE}.otio.zip`)
  await expect(menu.done).toHaveText(`Downloaded ${BOARD_TITLE}.otio.zip`)

  const { entries, timeline: file } = await readPackage(exported.path)
  expect(file.name).toBe(`${FILE_STEM}.otio`)
  expect([...entries.keys()].sort()).toEqual([`${FILE_STEM}.otio`, 'media/', PACKAGED_CLIP])
  const timeline = readOtio(file.data)
  expect(timeline.name).toBe(BOARD_TITLE)
  expect(timeline.clips).toHaveLength(SHOTS.length)
  for (const [i, clip] of timeline.clips.entries()) {
    expect(clip.rate).toBe(FPS)
    expect(clip.frames).toBe(SHOT_FRAMES[i]!.end - SHOT_FRAMES[i]!.start)
    expect(clip.name).toContain(SHOTS[i]!.title)
    expect(clip.reference).toMatch(SHOTS[i]!.clip ? /^ExternalReference\./ : /^MissingReference\./)
  }
  expect(timeline.clips.reduce((sum, clip) => sum + clip.frames, 0)).toBe(TOTAL_FRAMES)
  // the clip's reference is a file in the package, and that file is the take's clip itself
  const withClip = timeline.clips.filter((clip) => clip.target !== null)
  expect(withClip.map((clip) => packageEntryOf(clip.target!))).toEqual([PACKAGED_CLIP])
  expect(entries.get(PACKAGED_CLIP)!.data.equals(await readFile(takeClip))).toBe(true)
})

test('the EDL, without its clips, has one event a shot, its record timecodes end to end', async ({
  page,
}) => {
  let menu = await openBoard(page)
  // The timeline alone: the choice is remembered in this browser.
  await menu.setIncludeClips(false)
  menu = await openBoard(page)
  await menu.open()
  await expect(menu.includeClips).not.toBeChecked()
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

test('the FCPXML package parses, its spine adds up to the sequence and its asset is in it', async ({
  page,
}) => {
  const menu = await openBoard(page)
  const exported = await menu.export('fcpxml')
  await expectProgressThenDone(menu, exported, 'FCPXML')
  expect(exported.download.suggestedFilename()).toBe(`${BOARD_TITLE}.fcpxml.zip`)

  const { entries, timeline } = await readPackage(exported.path)
  expect(timeline.name).toBe(`${FILE_STEM}.fcpxml`)
  const { root, sequence, spine } = readFcpxml(timeline.data)
  // the one asset points at the packaged take by a relative URL
  const sources = findAll(root, 'media-rep').map((rep) => rep.attributes.src ?? '')
  expect(sources).toEqual([`./${PACKAGED_CLIP}`])
  expect(entries.get(packageEntryOf(sources[0]!))!.data.equals(await readFile(takeClip))).toBe(true)
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
  expect(header!.slice(0, 4).map((cell) => cell.toLowerCase())).toEqual([
    'shot',
    'scene',
    'title',
    'duration (s)',
  ])
  expect(rows).toHaveLength(SHOTS.length)
  for (const [i, row] of rows.entries()) {
    const shot = SHOTS[i]!
    expect(row).toHaveLength(header!.length)
    expect(row.slice(0, 4)).toEqual([shot.number, shot.scene, shot.title, String(shot.seconds)])
  }
})
