import type { BoardPage } from './support/board-page.js'
import { expect, test, type People } from './support/people.js'
import { ServerProcess } from './support/server.js'

let server: ServerProcess

test.beforeEach(async () => {
  server = await ServerProcess.start()
})

test.afterEach(async () => {
  await server.stop()
})

async function twoPeople(people: People, boardId: string): Promise<[BoardPage, BoardPage]> {
  return [await people.join(server.url, boardId), await people.join(server.url, boardId)]
}

test('a card created in A appears in B', async ({ people }) => {
  const { id } = await server.createBoard({ title: 'Two people' })
  const [a, b] = await twoPeople(people, id)
  const cardId = await a.addSceneCard()
  await expect(b.card(cardId)).toBeVisible()
  await expect(b.card(cardId)).toHaveAttribute('data-shot-number', '1')
  await expect(b.sequenceItems).toHaveCount(1)
})

test('a shot description typed in B appears in A', async ({ people }) => {
  const { id } = await server.createBoard({ title: 'Typing' })
  const [a, b] = await twoPeople(people, id)
  const cardId = await a.addSceneCard()
  await b.selectCard(cardId)
  await b.field('subject').fill('a lighthouse keeper in a yellow oilskin')
  await b.field('cameraMovement').selectOption('dolly-in')
  await expect(a.card(cardId)).toContainText('a lighthouse keeper in a yellow oilskin')
  await expect(a.card(cardId)).toContainText(/dolly in/i)
})

test("A's cursor and name show in B", async ({ people }) => {
  const { id } = await server.createBoard({ title: 'Cursors' })
  const [a, b] = await twoPeople(people, id)
  await a.setName('Ada Director')
  await a.page.mouse.move(500, 400)
  await a.page.mouse.move(620, 430, { steps: 5 })
  await expect(b.page.locator('.tl-collaborator__cursor')).toBeVisible()
  await expect(b.page.locator('.tl-nametag')).toContainText('Ada Director')
})

test('the sequence reordered in A reorders in B', async ({ people }) => {
  const { id } = await server.createBoard({ title: 'Order' })
  const [a, b] = await twoPeople(people, id)
  const first = await a.addSceneCard()
  const second = await a.addSceneCard()
  const third = await a.addSceneCard()
  await expect.poll(() => b.sequenceOrder()).toEqual([first, second, third])
  const thirdTile = a.page.locator(`[data-testid="sequence-item"][data-card-id="${third}"]`)
  const firstTile = a.page.locator(`[data-testid="sequence-item"][data-card-id="${first}"]`)
  await thirdTile.dragTo(firstTile, { targetPosition: { x: 4, y: 10 } })
  await expect.poll(() => a.sequenceOrder()).toEqual([third, first, second])
  await expect.poll(() => b.sequenceOrder()).toEqual([third, first, second])
  await expect(b.card(third)).toHaveAttribute('data-shot-number', '1')
})
