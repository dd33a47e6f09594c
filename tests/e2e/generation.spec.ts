/**
 * Clips on cards, end to end: two people on one board, the real server with its job queue and
 * the offline previs renderer, files dropped on cards and on the canvas.
 */
import type { Page } from '@playwright/test'
import { BoardPage } from './support/board-page.js'
import { CardObject } from './support/card-object.js'
import { mediaFiles } from './support/media-files.js'
import { REFUSAL_MESSAGE, RefusingProvider } from './support/refusing-provider.js'
import { expect, test, type People } from './support/people.js'
import { ServerProcess } from './support/server.js'

// Real renders, uploads read by ffmpeg and two browsers: give each test room on a busy machine.
test.describe.configure({ timeout: 120_000 })

let server: ServerProcess

test.beforeEach(async () => {
  server = await ServerProcess.start()
})

test.afterEach(async () => {
  await server.stop()
})

async function twoPeople(people: People, boardId: string): Promise<[BoardPage, BoardPage]> {
  const pages: BoardPage[] = []
  for (const name of ['Ada Director', 'Bo Editor']) {
    const board = await people.join(server.url, boardId)
    await board.setName(name)
    pages.push(board)
  }
  return pages as [BoardPage, BoardPage]
}

/** A card with a short shot (1 s keeps the render quick), selected in A's inspector. */
async function shortShot(a: BoardPage): Promise<string> {
  const cardId = await a.addSceneCard()
  await a.selectCard(cardId)
  await a.field('subject').fill('a lighthouse keeper in a yellow oilskin')
  await a.field('cameraMovement').selectOption('dolly-in')
  await a.field('durationSeconds').fill('1')
  await a.field('durationSeconds').press('Tab')
  await expect(a.card(cardId).getByTestId('card-duration')).toHaveText('1s')
  return cardId
}

/** Records every take status and progress the card shows, however briefly. */
async function watchProgress(page: Page, cardId: string): Promise<void> {
  await page.evaluate((id) => {
    const seen: Array<{ status: string; progress: number }> = []
    ;(window as unknown as { __progressSeen: typeof seen }).__progressSeen = seen
    const record = () => {
      const card = document.querySelector(`[data-testid="scene-card"][data-card-id="${id}"]`)
      const bar = card?.querySelector('[data-testid="take-progress"]')
      if (!bar) return
      seen.push({
        status: bar.getAttribute('data-status') ?? '',
        progress: Number(bar.getAttribute('data-progress')),
      })
    }
    new MutationObserver(record).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-status', 'data-progress'],
    })
  }, cardId)
}

function progressSeen(page: Page): Promise<Array<{ status: string; progress: number }>> {
  return page.evaluate(
    () =>
      (window as unknown as { __progressSeen: Array<{ status: string; progress: number }> })
        .__progressSeen,
  )
}

test('A generates on a card; B sees the progress, then plays the clip', async ({ people }) => {
  const { id } = await server.createBoard({ title: 'Generate' })
  const [a, b] = await twoPeople(people, id)
  const cardId = await shortShot(a)
  await watchProgress(b.page, cardId)

  const cardA = new CardObject(a.page, cardId)
  const cardB = new CardObject(b.page, cardId)
  await cardA.generate()

  await expect(cardB.thumbs).toHaveCount(1)
  await expect(cardB.thumbs.first()).toHaveAttribute('data-status', 'succeeded', {
    timeout: 45_000,
  })
  const seen = await progressSeen(b.page)
  expect(seen.length).toBeGreaterThan(0)
  expect(seen.every(({ status }) => status === 'queued' || status === 'running')).toBe(true)
  await expect(cardB.progress).toHaveCount(0)

  await cardB.play()
  const playing = await cardB.expectPlaying()
  expect(new URL(playing.src).pathname).toMatch(/^\/clips\/[0-9a-f]{64}\.mp4$/)

  // Who asked, and from what: the take's details in B's inspector.
  await b.selectCard(cardId)
  await b.page.getByTestId('inspector-tab-takes').click()
  const details = b.page.getByTestId('take-details')
  await expect(details.getByTestId('take-detail-requested')).toContainText('Ada Director')
  await expect(details.getByTestId('take-detail-prompt')).toContainText(
    /a lighthouse keeper in a yellow oilskin/i,
  )
  await expect(details.getByTestId('take-detail-provider')).toContainText(/previs/i)
})

test('a generation canceled while rendering ends canceled for everyone', async ({ people }) => {
  const { id } = await server.createBoard({ title: 'Cancel' })
  const [a, b] = await twoPeople(people, id)
  const cardId = await shortShot(a)
  // A long shot, so there is time to cancel it before it finishes.
  await a.field('durationSeconds').fill('40')
  await a.field('durationSeconds').press('Tab')
  const cardA = new CardObject(a.page, cardId)
  const cardB = new CardObject(b.page, cardId)
  await cardA.generate()
  await expect(cardB.progress).toBeVisible()
  await cardA.progress.getByTestId('take-cancel').click()
  await expect(cardB.thumbs.first()).toHaveAttribute('data-status', 'canceled', {
    timeout: 30_000,
  })
  await expect(cardB.progress).toHaveCount(0)
  await expect(cardB.video).toHaveCount(0)
})

test('a failed generation shows the reason and Retry to everyone', async ({ people }) => {
  const provider = await RefusingProvider.start()
  try {
    await server.stop()
    server = await ServerProcess.start({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: provider.url })
    const { id } = await server.createBoard({ title: 'Failure' })
    const [a, b] = await twoPeople(people, id)
    const cardId = await shortShot(a)
    const footer = a.page.getByTestId('inspector-generate')
    await footer.getByTestId('generate-provider').selectOption('openai-videos')
    await footer.getByTestId('generate-submit').click()

    const cardB = new CardObject(b.page, cardId)
    await expect(cardB.failure).toBeVisible({ timeout: 30_000 })
    await expect(cardB.failure.getByTestId('take-failure-reason')).toHaveText(REFUSAL_MESSAGE)
    await expect(cardB.thumbs.first()).toHaveAttribute('data-status', 'failed')

    // Retry sends the same spec, provider and model again: a second take, refused again.
    const failedTake = await cardB.failure.getAttribute('data-take-id')
    await cardB.failure.getByTestId('take-retry').click()
    await expect(cardB.thumbs).toHaveCount(2)
    await expect(cardB.failure).not.toHaveAttribute('data-take-id', failedTake!, {
      timeout: 30_000,
    })
    await expect(cardB.failure.getByTestId('take-failure-reason')).toHaveText(REFUSAL_MESSAGE)
    expect(provider.requests).toBeGreaterThanOrEqual(2)
  } finally {
    await provider.stop()
  }
})

test('a generation the server refuses shows its reason on the card', async ({ people }) => {
  const { id } = await server.createBoard({ title: 'Refused' })
  const [a] = await twoPeople(people, id)
  const cardId = await shortShot(a)
  // The request as a stale or tampered client would send it: a provider the server lacks.
  await a.page.route('**/api/jobs', async (route) => {
    const body = route.request().postDataJSON() as Record<string, unknown>
    await route.continue({ postData: JSON.stringify({ ...body, provider: 'no-such-provider' }) })
  })
  await new CardObject(a.page, cardId).generate()
  const error = a.card(cardId).getByTestId('card-generate-error')
  await expect(error).toBeVisible()
  await expect(error).toContainText('no-such-provider')
  await expect(error).not.toContainText('The server answered')
  await expect(a.inspector.getByTestId('generate-error')).toContainText('no-such-provider')
})

test('a file dropped on a card becomes a take for everyone; a wrong file is refused', async ({
  people,
}) => {
  const { mp4 } = await mediaFiles()
  const { id } = await server.createBoard({ title: 'Drops' })
  const [a, b] = await twoPeople(people, id)
  const cardId = await a.addSceneCard()
  const cardA = new CardObject(a.page, cardId)
  const cardB = new CardObject(b.page, cardId)

  await cardA.dropFile(mp4)
  // The server reads the file (type, size, poster) before the take appears: allow it time.
  await expect(cardB.thumbs).toHaveCount(1, { timeout: 30_000 })
  await expect(cardB.thumbs.first()).toHaveAttribute('data-status', 'succeeded')
  await cardB.play()
  const playing = await cardB.expectPlaying()
  expect(new URL(playing.src).pathname).toMatch(/^\/clips\/[0-9a-f]{64}\.mp4$/)

  await cardA.dropFile({ name: 'notes.txt', mime: 'text/plain', base64: btoa('not a video') })
  const refusal = a.card(cardId).getByTestId('upload-error')
  await expect(refusal).toContainText('notes.txt was not added', { timeout: 30_000 })
  await expect(refusal).toContainText(/not an image or a video/i)
  await expect(cardA.thumbs).toHaveCount(1)
})

test('a picture picked for a card becomes a still take', async ({ people }) => {
  const { png } = await mediaFiles()
  const { id } = await server.createBoard({ title: 'Picker' })
  const [a, b] = await twoPeople(people, id)
  const cardId = await a.addSceneCard()
  await a.card(cardId).getByTestId('take-upload-input').setInputFiles(png.path)
  const still = b.card(cardId).getByTestId('card-still')
  await expect(still).toBeVisible({ timeout: 30_000 })
  expect(await still.getAttribute('src')).toMatch(/^\/clips\/[0-9a-f]{64}\.png$/)
})

test('an image dropped on the canvas is stored on the server, not in the board', async ({
  people,
}) => {
  const { png } = await mediaFiles()
  const { id } = await server.createBoard({ title: 'Canvas image' })
  const [a, b] = await twoPeople(people, id)
  const dataTransfer = await a.page.evaluateHandle(({ name, mime, base64 }) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
    const transfer = new DataTransfer()
    transfer.items.add(new File([bytes], name, { type: mime }))
    return transfer
  }, png)
  await a.page
    .locator('.tl-canvas')
    .dispatchEvent('drop', { dataTransfer, clientX: 700, clientY: 400 })

  const imageSources = (page: Page) =>
    page.evaluate(() => {
      type Shape = { type: string; props: Record<string, unknown> }
      const { editor } = (
        window as unknown as {
          __sceneboard: {
            editor: {
              getCurrentPageShapes(): Shape[]
              getAsset(id: string): { props: Record<string, unknown> } | undefined
            }
          }
        }
      ).__sceneboard
      return editor
        .getCurrentPageShapes()
        .filter((shape) => shape.type === 'image')
        .map((shape) => {
          const assetId = (shape.props as { assetId: string | null }).assetId
          const asset = assetId ? editor.getAsset(assetId) : undefined
          return String(asset?.props.src ?? '')
        })
    })
  await expect
    .poll(() => imageSources(b.page), { timeout: 30_000 })
    .toEqual([expect.stringMatching(/^\/clips\//)])
  expect((await imageSources(a.page))[0]).not.toMatch(/^data:/)
  await expect(b.page.locator('.tl-image')).toBeVisible()
})

test('the sample film opens fitted: every card in view', async ({ page }) => {
  const { id } = await server.createBoard({ template: 'sample' })
  const board = new BoardPage(page, server.url, id)
  await board.open()
  const canvas = await page.locator('.tl-canvas').boundingBox()
  await expect(board.cards).toHaveCount(7)
  await expect
    .poll(async () => {
      const boxes = await board.cards.evaluateAll((cards) =>
        cards.map((card) => card.getBoundingClientRect().toJSON() as DOMRect),
      )
      return boxes.every(
        (box) =>
          box.top >= canvas!.y &&
          box.left >= canvas!.x &&
          box.bottom <= canvas!.y + canvas!.height &&
          box.right <= canvas!.x + canvas!.width,
      )
    })
    .toBe(true)
})

test('the strip generates every shot without a take, after asking', async ({ people }) => {
  const { id } = await server.createBoard({ title: 'Generate the rest' })
  const [a, b] = await twoPeople(people, id)
  const cards: string[] = []
  for (const subject of ['a lighthouse on a headland', 'a keeper climbing stairs', 'a trawler']) {
    const cardId = await a.addSceneCard()
    await a.selectCard(cardId)
    await a.field('subject').fill(subject)
    await a.field('durationSeconds').fill('1')
    await a.field('durationSeconds').press('Tab')
    await expect(a.card(cardId).getByTestId('card-duration')).toHaveText('1s')
    cards.push(cardId)
  }
  // The middle shot is generated on its own first: it is not generated again.
  const middle = new CardObject(a.page, cards[1]!)
  await middle.generate()
  await expect(middle.thumbs.first()).toHaveAttribute('data-status', 'succeeded', {
    timeout: 45_000,
  })

  const open = a.page.getByTestId('generate-missing')
  await expect(open).toHaveText(/Generate 2 shots without takes/)
  await open.click()
  await expect(a.page.getByTestId('generate-missing-question')).toHaveText(
    /Generate 2 shots with Previs/i,
  )
  await a.page.getByTestId('generate-missing-start').click()

  for (const cardId of [cards[0]!, cards[2]!]) {
    const seenByB = new CardObject(b.page, cardId)
    await expect(seenByB.thumbs).toHaveCount(1)
    await expect(seenByB.thumbs.first()).toHaveAttribute('data-status', 'succeeded', {
      timeout: 45_000,
    })
  }
  await expect(new CardObject(b.page, cards[1]!).thumbs).toHaveCount(1)
  // Every shot has a take now: nothing is left to generate, for either person.
  await expect(open).toHaveCount(0)
  await expect(b.page.getByTestId('generate-missing')).toHaveCount(0)
})
