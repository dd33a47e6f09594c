/**
 * Page object for a board: what a person sees and does on /b/<boardId>, in their words.
 * Setup that is not under test may go through `window.__sceneboard` (the editor and the sync).
 */
import { expect, type Locator, type Page } from '@playwright/test'

export class BoardPage {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
    readonly boardId: string,
  ) {}

  async open(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/b/${this.boardId}`)
    await expect(this.connection).toHaveAttribute('data-state', 'online')
    await this.page.waitForFunction(() =>
      Boolean((window as { __sceneboard?: unknown }).__sceneboard),
    )
  }

  get connection(): Locator {
    return this.page.getByTestId('connection-state')
  }

  get cards(): Locator {
    return this.page.getByTestId('scene-card')
  }

  card(cardId: string): Locator {
    return this.page.locator(`[data-testid="scene-card"][data-card-id="${cardId}"]`)
  }

  get sequenceItems(): Locator {
    return this.page.getByTestId('sequence-item')
  }

  get inspector(): Locator {
    return this.page.getByTestId('inspector')
  }

  field(name: string): Locator {
    return this.inspector.getByTestId(`spec-${name}`)
  }

  async sequenceOrder(): Promise<string[]> {
    return this.sequenceItems.evaluateAll((items) =>
      items.map((item) => item.getAttribute('data-card-id') ?? ''),
    )
  }

  /** Adds a card with the top bar's button and returns its id (the new card is selected). */
  async addSceneCard(): Promise<string> {
    const before = await this.cardIds()
    await this.page.getByTestId('add-scene').click()
    await expect.poll(async () => (await this.cardIds()).length).toBe(before.length + 1)
    const after = await this.cardIds()
    return after.find((id) => !before.includes(id))!
  }

  async cardIds(): Promise<string[]> {
    return this.page.evaluate(() => {
      const sb = (
        window as unknown as {
          __sceneboard: { editor: { getCurrentPageShapes(): Array<{ id: string; type: string }> } }
        }
      ).__sceneboard
      return sb.editor
        .getCurrentPageShapes()
        .filter((shape) => shape.type === 'scene-card')
        .map((shape) => shape.id)
    })
  }

  /** Selects a card through the sequence strip, as a person would, and waits for the inspector. */
  async selectCard(cardId: string): Promise<void> {
    await this.page.locator(`[data-testid="sequence-item"][data-card-id="${cardId}"]`).click()
    await expect(this.inspector).toBeVisible()
  }

  async setName(name: string): Promise<void> {
    const field = this.page.getByTestId('user-name')
    await field.fill(name)
    await field.press('Enter')
  }
}
