import { expect, test, type Page } from '@playwright/test'
import { BoardPage } from './support/board-page.js'
import { ServerProcess } from './support/server.js'

let server: ServerProcess

test.beforeEach(async () => {
  server = await ServerProcess.start()
})

test.afterEach(async () => {
  await server.stop()
})

test('the style panel shows for drawn shapes and drawing tools, not for scene cards or nothing', async ({
  page,
}) => {
  const { id } = await server.createBoard({ title: 'Styles' })
  const board = new BoardPage(page, server.url, id)
  await board.open()
  const stylePanel = page.locator('.tlui-style-panel')
  const cardId = await board.addSceneCard()
  await expect(board.inspector).toBeVisible()
  await expect(stylePanel).toHaveCount(0)
  // With nothing selected and the select tool, the panel would style no shape at all.
  await page.keyboard.press('Escape')
  await page.mouse.click(60, 400) // empty board, clear of the card
  await expect.poll(() => selectedCount(page)).toBe(0)
  await expect(stylePanel).toHaveCount(0)
  // The rectangle tool styles the next shape, and the rectangle drawn beside the card takes
  // colours and fills: the panel is there for both.
  await page.keyboard.press('r')
  await expect(stylePanel).toBeVisible()
  await page.mouse.move(120, 160)
  await page.mouse.down()
  await page.mouse.move(260, 260, { steps: 6 })
  await page.mouse.up()
  await expect(stylePanel).toBeVisible()
  await board.selectCard(cardId)
  await expect(stylePanel).toHaveCount(0)
})

/** How many shapes the board's editor has selected. */
function selectedCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    const sb = (
      window as unknown as { __sceneboard: { editor: { getSelectedShapeIds(): string[] } } }
    ).__sceneboard
    return sb.editor.getSelectedShapeIds().length
  })
}
