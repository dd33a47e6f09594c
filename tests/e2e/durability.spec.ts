import { expect, test } from './support/people.js'
import { ServerProcess } from './support/server.js'

let server: ServerProcess

test.beforeEach(async () => {
  server = await ServerProcess.start()
})

test.afterEach(async () => {
  await server.stop()
})

test('the server killed and restarted, the page reloaded: everything is still there', async ({
  people,
}) => {
  const { id } = await server.createBoard({ title: 'Crash test' })
  const a = await people.join(server.url, id)
  const witness = await people.join(server.url, id)

  const first = await a.addSceneCard()
  await a.selectCard(first)
  await a.field('subject').fill('a courier on a red bicycle')
  const second = await a.addSceneCard()
  // The server stores every update before it relays it: once the witness sees the edits, they are on disk.
  await expect(witness.card(first)).toContainText(/a courier on a red bicycle/i)
  await expect(witness.card(second)).toBeVisible()

  await server.kill()
  await expect(a.connection).toHaveAttribute('data-state', 'offline')
  await expect(a.connection).toBeVisible()

  await server.launch()
  await expect(a.connection).toHaveAttribute('data-state', 'online')

  await a.page.reload()
  await expect(a.connection).toHaveAttribute('data-state', 'online')
  await expect(a.cards).toHaveCount(2)
  await expect(a.card(first)).toContainText(/a courier on a red bicycle/i)
  await expect.poll(() => a.sequenceOrder()).toEqual([first, second])
})

test('edits made while the server is down reach everyone once it is back', async ({ people }) => {
  const { id } = await server.createBoard({ title: 'Offline edits' })
  const a = await people.join(server.url, id)
  const b = await people.join(server.url, id)
  const cardId = await a.addSceneCard()
  await expect(b.card(cardId)).toBeVisible()

  await server.kill()
  await expect(a.connection).toHaveAttribute('data-state', 'offline')
  await a.selectCard(cardId)
  await a.field('environment').fill('a rain-soaked harbour at night')

  await server.launch()
  await expect(b.card(cardId)).toContainText(/rain-soaked harbour at night/i)
})
