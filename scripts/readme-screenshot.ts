/**
 * Regenerates docs/screenshot.png for the README: a real server on a free port with a temporary
 * data folder, the sample film opened in Chromium and numbered by scene, the second shot selected.
 * Run: node --import tsx scripts/readme-screenshot.ts (after `pnpm run build`).
 */
import { chromium } from '@playwright/test'
import { resolve } from 'node:path'
import { ServerProcess } from '../tests/e2e/support/server.js'

const server = await ServerProcess.start()
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
})
try {
  const { id } = await server.createBoard({ template: 'sample' })
  const page = await browser.newPage({
    viewport: { width: 1440, height: 900 },
    deviceScaleFactor: 1,
  })
  await page.goto(`${server.url}/b/${id}`)
  await page.getByTestId('connection-state').and(page.locator('[data-state="online"]')).waitFor()
  await page.getByTestId('user-name').fill('Maren')
  await page.getByTestId('user-name').press('Enter')
  // Render previs takes for the first three shots, as a person clicking Generate would.
  const cards = page.getByTestId('scene-card')
  for (let i = 0; i < 3; i++) await cards.nth(i).getByTestId('card-generate').click()
  for (let i = 0; i < 3; i++) {
    await cards
      .nth(i)
      .locator('[data-testid="take-thumb"][data-status="succeeded"]')
      .first()
      .waitFor({ timeout: 120_000 })
  }
  await page.getByTestId('shot-numbering').selectOption('scene-letter')
  await page.getByTestId('sequence-item').nth(1).click()
  await page.getByTestId('inspector').waitFor()
  await page.mouse.move(720, 420)
  await page.screenshot({ path: resolve(import.meta.dirname, '../docs/screenshot.png') })
  console.log('wrote docs/screenshot.png')
} finally {
  await browser.close()
  await server.stop()
}
