/**
 * Page object for one scene card's clip area, takes and Generate, in a person's words. Files are
 * dropped with a DataTransfer built in the page, as a browser builds it for a real drop.
 */
import { expect, type JSHandle, type Locator, type Page } from '@playwright/test'
import type { MediaFile } from './media-files.js'

export class CardObject {
  constructor(
    readonly page: Page,
    readonly cardId: string,
  ) {}

  get root(): Locator {
    return this.page.locator(`[data-testid="scene-card"][data-card-id="${this.cardId}"]`)
  }

  get clipArea(): Locator {
    return this.root.getByTestId('card-clip-area')
  }

  get video(): Locator {
    return this.root.getByTestId('card-video')
  }

  get progress(): Locator {
    return this.root.getByTestId('take-progress')
  }

  get failure(): Locator {
    return this.root.getByTestId('take-failure')
  }

  get thumbs(): Locator {
    return this.root.getByTestId('take-thumb')
  }

  async generate(): Promise<void> {
    await this.root.getByTestId('card-generate').click()
  }

  async play(): Promise<void> {
    await this.root.getByTestId('clip-play').click()
  }

  /** Waits until the card's video has played past its start, and returns what it plays. */
  async expectPlaying(): Promise<{ src: string; time: number; readyState: number }> {
    let state = { src: '', time: 0, readyState: 0 }
    await expect
      .poll(
        async () => {
          state = await this.video.evaluate((element: HTMLVideoElement) => ({
            src: element.currentSrc,
            time: element.currentTime,
            readyState: element.readyState,
          }))
          return state.time > 0 && state.readyState >= 2
        },
        { timeout: 20_000 },
      )
      .toBe(true)
    return state
  }

  private async dataTransfer(file: {
    name: string
    mime: string
    base64: string
  }): Promise<JSHandle> {
    return this.page.evaluateHandle(({ name, mime, base64 }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
      const transfer = new DataTransfer()
      transfer.items.add(new File([bytes], name, { type: mime }))
      return transfer
    }, file)
  }

  /** Drags `file` over the card and drops it there. */
  async dropFile(file: Pick<MediaFile, 'name' | 'mime' | 'base64'>): Promise<void> {
    const dataTransfer = await this.dataTransfer(file)
    await this.root.dispatchEvent('dragenter', { dataTransfer })
    await this.root.dispatchEvent('dragover', { dataTransfer })
    await this.root.dispatchEvent('drop', { dataTransfer })
  }
}
