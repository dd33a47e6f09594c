/**
 * People on a board: each in a browser context of their own (their own storage, name and
 * connection), closed when the test ends so no page lingers into the next test.
 */
import { test as base } from '@playwright/test'
import { BoardPage } from './board-page.js'

export interface People {
  /** A new person with the board open and online. */
  join(baseUrl: string, boardId: string): Promise<BoardPage>
}

export const test = base.extend<{ people: People }>({
  people: async ({ browser }, use) => {
    const contexts: Awaited<ReturnType<typeof browser.newContext>>[] = []
    await use({
      async join(baseUrl, boardId) {
        const context = await browser.newContext()
        contexts.push(context)
        const board = new BoardPage(await context.newPage(), baseUrl, boardId)
        await board.open()
        return board
      },
    })
    await Promise.all(contexts.map((context) => context.close()))
  },
})

export { expect } from '@playwright/test'
