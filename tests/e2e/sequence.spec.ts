/**
 * The sequence, end to end in two browsers. Scenes: the sample's scenes (frames on the canvas)
 * band the strip; the board's numbering style (1A / 1.1) reaches every card, tile and slate;
 * cards grouped into a new scene come together in the film for everyone; a renamed scene is
 * renamed everywhere; ungrouping keeps the cards; the setting survives a reload. One undo takes
 * a grouping back whole (its frame and its order), one redo brings it again. A reorder in the
 * strip (keys or a drag) is undone and redone for everyone with the editor's keys, with the focus
 * in the strip too, while a text field there keeps its own undo. The player goes to the
 * browser's full screen. Durations typed in the strip reach everyone, each an undo step of its
 * own.
 */
import type { Page } from '@playwright/test'
import { BoardPage } from './support/board-page.js'
import { expect, test } from './support/people.js'
import { ServerProcess } from './support/server.js'

let server: ServerProcess

test.beforeEach(async () => {
  server = await ServerProcess.start()
})

test.afterEach(async () => {
  await server.stop()
})

interface TestEditor {
  select(...ids: string[]): void
  getShape(id: string): { props: { name?: string } } | undefined
  updateShape(partial: { id: string; type: string; props: { name: string } }): void
  getCurrentPageShapes(): Array<{ id: string; type: string; parentId: string }>
}

const editorOf = (page: Page) =>
  page.evaluate.bind(page) as <R, A>(fn: (arg: A) => R, arg: A) => Promise<R>

async function selectCards(page: Page, ids: string[]): Promise<void> {
  await editorOf(page)((cardIds: string[]) => {
    const { editor } = (window as unknown as { __sceneboard: { editor: TestEditor } }).__sceneboard
    editor.select(...cardIds)
  }, ids)
}

async function frames(page: Page): Promise<Array<{ id: string; name: string }>> {
  return editorOf(page)(() => {
    const { editor } = (window as unknown as { __sceneboard: { editor: TestEditor } }).__sceneboard
    return editor
      .getCurrentPageShapes()
      .filter((shape) => shape.type === 'frame')
      .map((shape) => ({ id: shape.id, name: editor.getShape(shape.id)?.props.name ?? '' }))
  }, null)
}

/** Right-clicks a card's face and picks `item` in the canvas's menu. */
async function fromCardMenu(board: BoardPage, cardId: string, item: string): Promise<void> {
  const face = await board.card(cardId).boundingBox()
  await board.page.mouse.click(face!.x + face!.width / 2, face!.y + 8, { button: 'right' })
  await board.page.getByRole('menuitem', { name: item }).click()
}

function tile(board: BoardPage, cardId: string) {
  return board.page.locator(`[data-testid="sequence-item"][data-card-id="${cardId}"]`)
}

async function shotNumbers(board: BoardPage): Promise<string[]> {
  return board.sequenceItems.evaluateAll((items) =>
    items.map((item) => item.getAttribute('data-shot-number') ?? ''),
  )
}

test('scenes are numbered 1A, 1B for everyone, and can be ungrouped and grouped anew', async ({
  people,
}) => {
  const { id } = await server.createBoard({ template: 'sample' })
  const a = await people.join(server.url, id)
  const b = await people.join(server.url, id)
  await expect(a.sequenceItems).toHaveCount(7)
  const order = await a.sequenceOrder()
  // The sample film comes in three scenes, each a frame on the canvas and a band in the strip.
  await expect(b.page.getByTestId('sequence-scene-label')).toHaveText([
    'Dusk at the rock',
    'The storm',
    'Morning',
  ])

  // A picks scene letters: B's strip and cards follow.
  await a.page.getByTestId('shot-numbering').selectOption('scene-letter')
  await expect.poll(() => shotNumbers(b)).toEqual(['1A', '1B', '2A', '2B', '2C', '2D', '3A'])
  await expect(b.card(order[3]!)).toHaveAttribute('data-shot-number', '2B')
  await expect(b.page.getByTestId('shot-numbering')).toHaveValue('scene-letter')

  // A ungroups the storm: its frame goes, its cards stay, a run of loose cards still counts.
  const storm = (await frames(a.page)).find((frame) => frame.name === 'The storm')!
  await selectCards(a.page, [storm.id])
  await a.page.getByTestId('ungroup-scene').click()
  await expect
    .poll(async () => (await frames(b.page)).map((frame) => frame.name).sort())
    .toEqual(['Dusk at the rock', 'Morning'])
  await expect(b.page.getByTestId('sequence-scene-label')).toHaveText([
    'Dusk at the rock',
    'Morning',
  ])
  await expect.poll(() => shotNumbers(b)).toEqual(['1A', '1B', '2A', '2B', '2C', '2D', '3A'])

  // A groups shots 3 and 5 into a new scene: it is named for its number, shot 5 follows shot 3.
  await selectCards(a.page, [order[2]!, order[4]!])
  await a.page.getByTestId('group-scene').click()
  const gathered = [order[0], order[1], order[2], order[4], order[3], order[5], order[6]]
  await expect.poll(() => b.sequenceOrder()).toEqual(gathered)
  await expect(b.page.getByTestId('sequence-scene-label')).toHaveText([
    'Dusk at the rock',
    'Scene 2',
    'Morning',
  ])
  await expect.poll(() => shotNumbers(b)).toEqual(['1A', '1B', '2A', '2B', '3A', '3B', '4A'])

  // B renames the new scene on the canvas; A sees the new name over the shots.
  const added = (await frames(b.page)).find((frame) => frame.name === 'Scene 2')!
  await editorOf(b.page)((frameId: string) => {
    const { editor } = (window as unknown as { __sceneboard: { editor: TestEditor } }).__sceneboard
    editor.updateShape({ id: frameId, type: 'frame', props: { name: 'The lamp' } })
  }, added.id)
  await expect(a.page.getByTestId('sequence-scene-label')).toHaveText([
    'Dusk at the rock',
    'The lamp',
    'Morning',
  ])

  // The setting is the board's: it is there after a reload, with dots this time.
  await b.page.getByTestId('shot-numbering').selectOption('scene-dot')
  await a.page.reload()
  await expect(a.connection).toHaveAttribute('data-state', 'online')
  await expect.poll(() => shotNumbers(a)).toEqual(['1.1', '1.2', '2.1', '2.2', '3.1', '3.2', '4.1'])

  // B ungroups the new scene: the cards keep their new order, numbers follow.
  await selectCards(b.page, [added.id])
  await b.page.getByTestId('ungroup-scene').click()
  await expect.poll(() => shotNumbers(a)).toEqual(['1.1', '1.2', '2.1', '2.2', '2.3', '2.4', '3.1'])
  expect(await a.sequenceOrder()).toEqual(gathered)
})

test('the player shows scene numbers on its slates and uses the browser full screen', async ({
  page,
}) => {
  const { id } = await server.createBoard({ template: 'sample' })
  const board = new BoardPage(page, server.url, id)
  await board.open()
  await expect(board.sequenceItems).toHaveCount(7)
  await page.getByTestId('shot-numbering').selectOption('scene-letter')
  await expect.poll(() => shotNumbers(board)).toEqual(['1A', '1B', '2A', '2B', '2C', '2D', '3A'])

  await page.getByTestId('play-board').click()
  await expect(page.getByTestId('player-shot')).toHaveAttribute('data-shot-number', '1A')
  await expect(page.getByTestId('player-slate')).toContainText('Shot 1A · Dusk at the rock')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await expect(page.getByTestId('player-shot')).toHaveAttribute('data-shot-number', '2A')
  await expect(page.getByTestId('player-slate')).toContainText('Shot 2A · The storm')
  await expect(page.getByTestId('player-timeline-shot').nth(2)).toHaveAttribute(
    'data-shot-number',
    '2A',
  )

  await page.getByTestId('player-fullscreen').click()
  await expect
    .poll(() => page.evaluate(() => document.fullscreenElement?.getAttribute('data-testid')))
    .toBe('player')
  await expect(page.getByTestId('player-fullscreen')).toHaveText('Exit full screen')
  // Leaving full screen the browser's way (Esc, its own controls) puts the button back.
  await page.evaluate(() => document.exitFullscreen())
  await expect(page.getByTestId('player-fullscreen')).toHaveText('Full screen')
  await expect(page.getByTestId('player')).toBeVisible()
})

test("a shot's duration typed in the strip reaches everyone; nonsense is refused", async ({
  people,
}) => {
  const { id } = await server.createBoard({ template: 'sample' })
  const a = await people.join(server.url, id)
  const b = await people.join(server.url, id)
  await expect(a.sequenceItems).toHaveCount(7)
  await expect(b.page.getByTestId('sequence-runtime')).toHaveText('37s')
  const first = a.sequenceItems.first()
  await expect(first.getByTestId('sequence-item-duration')).toHaveText('6s')

  await first.getByTestId('sequence-item-duration').click()
  const input = first.getByTestId('sequence-item-duration-input')
  await input.fill('90')
  await expect(input).toHaveAttribute('aria-invalid', 'true')
  await expect(input).toHaveAttribute('title', /from 1 to 60 seconds/)
  await input.press('Escape')
  await expect(first.getByTestId('sequence-item-duration')).toHaveText('6s')

  await first.getByTestId('sequence-item-duration').click()
  await input.fill('2.5')
  await input.press('Enter')
  await expect(b.sequenceItems.first().getByTestId('sequence-item-duration')).toHaveText('2.5s')
  await expect(b.page.getByTestId('sequence-runtime')).toHaveText('33.5s')
  const cardId = (await a.sequenceOrder())[0]!
  await b.selectCard(cardId)
  await expect(b.field('durationSeconds')).toHaveValue('2.5')
})

test("the canvas's right-click menu groups the selected card into a scene", async ({ people }) => {
  const { id } = await server.createBoard({ title: 'Loose cards' })
  const board = await people.join(server.url, id)
  const first = await board.addSceneCard()
  const second = await board.addSceneCard()
  await expect(board.page.getByTestId('sequence-scene-label')).toHaveCount(0)

  await board.selectCard(second)
  const face = await board.card(second).boundingBox()
  await board.page.mouse.click(face!.x + face!.width / 2, face!.y + 8, { button: 'right' })
  await board.page.getByRole('menuitem', { name: 'Group as scene' }).click()
  await expect(board.page.getByTestId('sequence-scene-label')).toHaveText(['Scene 2'])
  await expect.poll(() => shotNumbers(board)).toEqual(['1', '2'])
  expect(await board.sequenceOrder()).toEqual([first, second])
})

test('one undo takes back a grouping, frame and order, for everyone; one redo brings it again', async ({
  people,
}) => {
  const { id } = await server.createBoard({ template: 'sample' })
  const a = await people.join(server.url, id)
  const b = await people.join(server.url, id)
  await expect(a.sequenceItems).toHaveCount(7)
  const order = await a.sequenceOrder()
  const sceneNames = async (page: Page) => (await frames(page)).map((frame) => frame.name).sort()
  const sampleScenes = ['Dusk at the rock', 'Morning', 'The storm']
  const gathered = [order[0], order[1], order[2], order[4], order[3], order[5], order[6]]

  // A takes shots 3 and 5 out of the storm into a scene of their own: shot 5 follows shot 3.
  await selectCards(a.page, [order[2]!, order[4]!])
  await fromCardMenu(a, order[4]!, 'Group as scene')
  await expect.poll(() => b.sequenceOrder()).toEqual(gathered)
  await expect.poll(() => sceneNames(b.page)).toEqual([...sampleScenes, 'Scene 2'].sort())

  // Undo: the new frame is gone and the film is in its old order, for A and for B.
  await a.page.keyboard.press('ControlOrMeta+z')
  await expect.poll(() => sceneNames(a.page)).toEqual(sampleScenes)
  await expect.poll(() => a.sequenceOrder()).toEqual(order)
  await expect.poll(() => b.sequenceOrder()).toEqual(order)
  await expect.poll(() => sceneNames(b.page)).toEqual(sampleScenes)

  // Redo: both again.
  await a.page.keyboard.press('ControlOrMeta+Shift+z')
  await expect.poll(() => sceneNames(b.page)).toEqual([...sampleScenes, 'Scene 2'].sort())
  await expect.poll(() => b.sequenceOrder()).toEqual(gathered)
  await expect.poll(() => a.sequenceOrder()).toEqual(gathered)

  // Ungroup leaves the order alone, and so do its undo and redo.
  const added = (await frames(a.page)).find((frame) => frame.name === 'Scene 2')!
  await selectCards(a.page, [added.id])
  await fromCardMenu(a, order[2]!, 'Ungroup scene')
  await expect.poll(() => sceneNames(b.page)).toEqual(sampleScenes)
  await a.page.keyboard.press('ControlOrMeta+z')
  await expect.poll(() => sceneNames(b.page)).toEqual([...sampleScenes, 'Scene 2'].sort())
  await a.page.keyboard.press('ControlOrMeta+Shift+z')
  await expect.poll(() => sceneNames(b.page)).toEqual(sampleScenes)
  expect(await a.sequenceOrder()).toEqual(gathered)
  expect(await b.sequenceOrder()).toEqual(gathered)
})

test('a reorder made with Alt+Arrow in the strip is undone and redone for everyone, focus in the strip', async ({
  people,
}) => {
  const { id } = await server.createBoard({ template: 'sample' })
  const a = await people.join(server.url, id)
  const b = await people.join(server.url, id)
  await expect(a.sequenceItems).toHaveCount(7)
  const order = await a.sequenceOrder()
  const last = order[6]!
  const moved = [...order.slice(0, 5), last, order[5]]

  // A moves the last shot one place earlier with the keyboard; the tile keeps the focus.
  await tile(a, last).focus()
  await a.page.keyboard.press('Alt+ArrowLeft')
  await expect.poll(() => b.sequenceOrder()).toEqual(moved)
  await expect(tile(a, last)).toBeFocused()

  // Undo with the focus still on the tile: the old order, for A and for B.
  await a.page.keyboard.press('ControlOrMeta+z')
  await expect.poll(() => a.sequenceOrder()).toEqual(order)
  await expect.poll(() => b.sequenceOrder()).toEqual(order)

  // Redo with the focus on the tile's duration button, a control of its own in the strip.
  await tile(a, last).getByTestId('sequence-item-duration').focus()
  await a.page.keyboard.press('ControlOrMeta+Shift+z')
  await expect.poll(() => a.sequenceOrder()).toEqual(moved)
  await expect.poll(() => b.sequenceOrder()).toEqual(moved)

  // In the duration field, Ctrl+Z takes back typing, not the reorder.
  await tile(a, last).getByTestId('sequence-item-duration').click()
  const input = tile(a, last).getByTestId('sequence-item-duration-input')
  await expect(input).toBeFocused()
  const seconds = await input.inputValue()
  await input.press('End')
  await a.page.keyboard.type('5')
  await expect(input).toHaveValue(`${seconds}5`)
  await a.page.keyboard.press('ControlOrMeta+z')
  await expect(input).toHaveValue(seconds)
  await input.press('Escape')
  expect(await a.sequenceOrder()).toEqual(moved)
  expect(await b.sequenceOrder()).toEqual(moved)
})

test('a reorder made by dragging in the strip is undone and redone for everyone', async ({
  people,
}) => {
  const { id } = await server.createBoard({ template: 'sample' })
  const a = await people.join(server.url, id)
  const b = await people.join(server.url, id)
  await expect(a.sequenceItems).toHaveCount(7)
  const order = await a.sequenceOrder()
  const dragged = [order[2], order[0], order[1], ...order.slice(3)]

  // A drags the third shot onto the left edge of the first.
  await tile(a, order[2]!).dragTo(tile(a, order[0]!), { targetPosition: { x: 4, y: 10 } })
  await expect.poll(() => b.sequenceOrder()).toEqual(dragged)

  await a.page.keyboard.press('ControlOrMeta+z')
  await expect.poll(() => a.sequenceOrder()).toEqual(order)
  await expect.poll(() => b.sequenceOrder()).toEqual(order)

  await a.page.keyboard.press('ControlOrMeta+Shift+z')
  await expect.poll(() => a.sequenceOrder()).toEqual(dragged)
  await expect.poll(() => b.sequenceOrder()).toEqual(dragged)
})

test('a duration typed in the strip is an undo step of its own, apart from the change before it', async ({
  people,
}) => {
  const { id } = await server.createBoard({ template: 'sample' })
  const a = await people.join(server.url, id)
  await expect(a.sequenceItems).toHaveCount(7)
  // A new card, then straight away its duration in the strip.
  const card = await a.addSceneCard()
  await expect(a.sequenceItems).toHaveCount(8)
  const duration = tile(a, card).getByTestId('sequence-item-duration')
  const before = await duration.textContent()
  await duration.click()
  await tile(a, card).getByTestId('sequence-item-duration-input').fill('3')
  await tile(a, card).getByTestId('sequence-item-duration-input').press('Enter')
  await expect(duration).toHaveText('3s')

  // The first undo takes back the duration only; the card stays.
  await duration.focus()
  await a.page.keyboard.press('ControlOrMeta+z')
  await expect(duration).toHaveText(before!)
  expect(await a.cardIds()).toContain(card)
  // The next takes back the new card.
  await a.page.keyboard.press('ControlOrMeta+z')
  await expect.poll(() => a.cardIds()).not.toContain(card)
})
