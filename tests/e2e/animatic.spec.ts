/**
 * The animatic, end to end: the sample film played from the top bar, slates for shots without
 * clips, moving between shots from the keyboard and the timeline, and closing with Escape or the
 * Close button.
 */
import { expect, test } from '@playwright/test'
import { BoardPage } from './support/board-page.js'
import { CardObject } from './support/card-object.js'
import { mediaFiles } from './support/media-files.js'
import { ServerProcess } from './support/server.js'

let server: ServerProcess

test.beforeEach(async () => {
  server = await ServerProcess.start()
})

test.afterEach(async () => {
  await server.stop()
})

test('the sample film plays as slates, shot by shot, and Escape closes the player', async ({
  page,
}) => {
  const { id } = await server.createBoard({ template: 'sample' })
  const board = new BoardPage(page, server.url, id)
  await board.open()
  await expect(board.sequenceItems.first()).toBeVisible()

  await page.getByTestId('play-board').click()
  const player = page.getByTestId('player')
  await expect(player).toBeVisible()
  await expect(page.getByTestId('player-shot')).toHaveAttribute('data-shot-number', '1')
  await expect(page.getByTestId('player-slate')).toBeVisible()
  await expect(page.getByTestId('player-slate')).toContainText('Shot 1')
  const shots = await board.sequenceItems.count()
  await expect(page.getByTestId('player-timeline-shot')).toHaveCount(shots)

  await page.keyboard.press('ArrowRight')
  await expect(page.getByTestId('player-shot')).toHaveAttribute('data-shot-number', '2')
  await expect(page.getByTestId('player-slate')).toContainText('Shot 2')
  const second = await board.sequenceItems.nth(1).getAttribute('data-card-id')
  await expect(board.card(second!)).toHaveAttribute('data-playing', 'true')

  await page.getByTestId('player-timeline-shot').nth(2).click()
  await expect(page.getByTestId('player-shot')).toHaveAttribute('data-shot-number', '3')
  await page.keyboard.press('ArrowLeft')
  await expect(page.getByTestId('player-shot')).toHaveAttribute('data-shot-number', '2')

  await page.keyboard.press('Escape')
  await expect(player).toBeHidden()
  await expect(page.locator('[data-testid="scene-card"][data-playing]')).toHaveCount(0)
})

test('the Close button closes the player and the board is as before', async ({ page }) => {
  const { id } = await server.createBoard({ template: 'sample' })
  const board = new BoardPage(page, server.url, id)
  await board.open()
  const shots = await board.sequenceItems.count()
  expect(shots).toBeGreaterThan(0)

  await page.getByTestId('play-board').click()
  await expect(page.getByTestId('player')).toBeVisible()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByTestId('player-shot')).toHaveAttribute('data-shot-number', '2')
  await page.getByTestId('player-close').click()
  await expect(page.getByTestId('player')).toBeHidden()
  await expect(page.locator('[data-testid="scene-card"][data-playing]')).toHaveCount(0)
  await expect(board.sequenceItems).toHaveCount(shots)
  // It opens again from the top.
  await page.getByTestId('play-board').click()
  await expect(page.getByTestId('player-shot')).toHaveAttribute('data-shot-number', '1')
})

test('a screenplay pasted into the import dialog adds its scenes', async ({ page }) => {
  const { id } = await server.createBoard({ template: 'sample' })
  const board = new BoardPage(page, server.url, id)
  await board.open()
  await expect(board.sequenceItems.first()).toBeVisible()
  const before = await board.sequenceItems.count()

  await page.getByTestId('export-menu').click()
  await page.getByTestId('import-screenplay').click()
  await page
    .getByTestId('import-text')
    .fill('INT. KITCHEN - NIGHT\n\nAda opens the fridge.\n\nEXT. ROOF - DAWN\n\nBo waits.\n')
  await page.getByTestId('import-submit').click()
  await expect(page.getByTestId('import-result')).toHaveText('Added 2 scenes')
  await expect(board.sequenceItems).toHaveCount(before + 2)
})

test('a card with a clip plays its video in the animatic', async ({ page }) => {
  test.setTimeout(120_000)
  const { mp4 } = await mediaFiles()
  const { id } = await server.createBoard({ template: 'sample' })
  const board = new BoardPage(page, server.url, id)
  await board.open()
  const cardId = await board.sequenceItems.first().getAttribute('data-card-id')
  const card = new CardObject(page, cardId!)
  await card.dropFile(mp4)
  await expect(card.thumbs).toHaveCount(1, { timeout: 30_000 })
  await expect(card.thumbs.first()).toHaveAttribute('data-status', 'succeeded')

  await page.getByTestId('play-board').click()
  await expect(page.getByTestId('player-shot')).toHaveAttribute('data-shot-number', '1')
  await expect(page.getByTestId('player-slate')).toHaveCount(0)
  const active = page.locator('[data-testid="player-video"][data-active]')
  await expect(active).toHaveCount(1)
  await expect
    .poll(() => active.evaluate((video: HTMLVideoElement) => video.currentTime), {
      timeout: 15_000,
    })
    .toBeGreaterThan(0.2)
  await page.keyboard.press('ArrowRight')
  await expect(page.getByTestId('player-slate')).toContainText('Shot 2')
})
