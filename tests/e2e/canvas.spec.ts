import { expect, test } from '@playwright/test'
import { BoardPage } from './support/board-page.js'
import { ServerProcess } from './support/server.js'

let server: ServerProcess

test.beforeEach(async () => {
  server = await ServerProcess.start()
})

test.afterEach(async () => {
  await server.stop()
})

test('scene cards alone show no style panel; a drawn shape shows it', async ({ page }) => {
  const { id } = await server.createBoard({ title: 'Styles' })
  const board = new BoardPage(page, server.url, id)
  await board.open()
  const stylePanel = page.locator('.tlui-style-panel')
  const cardId = await board.addSceneCard()
  await expect(board.inspector).toBeVisible()
  await expect(stylePanel).toHaveCount(0)
  // A rectangle drawn beside the card takes colours and fills: the panel is there for it.
  await page.keyboard.press('Escape')
  await page.keyboard.press('r')
  await page.mouse.move(120, 160)
  await page.mouse.down()
  await page.mouse.move(260, 260, { steps: 6 })
  await page.mouse.up()
  await expect(stylePanel).toBeVisible()
  await board.selectCard(cardId)
  await expect(stylePanel).toHaveCount(0)
})
