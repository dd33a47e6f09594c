import { expect, test } from '@playwright/test'
import { ServerProcess } from './support/server.js'

let server: ServerProcess

test.beforeEach(async () => {
  server = await ServerProcess.start()
})

test.afterEach(async () => {
  await server.stop()
})

test('the home page creates a board and lists it', async ({ page }) => {
  await page.goto(server.url)
  await page.getByTestId('new-board').click()
  await expect(page).toHaveURL(/\/b\/[A-Za-z0-9_-]+$/)
  await expect(page.getByTestId('connection-state')).toHaveAttribute('data-state', 'online')
  await page.goto(server.url)
  await expect(page.getByTestId('board-row')).toHaveCount(1)
})

test('the sample film opens with its cards in sequence', async ({ page }) => {
  await page.goto(server.url)
  await page.getByTestId('sample-board').click()
  await expect(page).toHaveURL(/\/b\//)
  const items = page.getByTestId('sequence-item')
  await expect.poll(() => items.count()).toBeGreaterThanOrEqual(6)
  await expect(page.getByTestId('scene-card').first()).toBeVisible()
})

test('an unknown board says so', async ({ page }) => {
  await page.goto(`${server.url}/b/no-such-board`)
  await expect(page.getByText(/not found/i)).toBeVisible()
})
