/**
 * Creating a board: its content (empty, or the sample film), written into a fresh Y.Doc with the
 * shared board initialisation and stored under a new random id. Boards are only ever created
 * here, never by a browser, so no two clients race to write the first page.
 */
import {
  buildSampleBoard,
  initializeBoardDoc,
  isSceneCard,
  newBoardId,
  readBoardTitle,
  type BoardContent,
} from '@sceneboard/shared'
import * as Y from 'yjs'
import { BoardExistsError, type BoardStorage } from '../storage/board-storage.js'

export const DEFAULT_BOARD_TITLE = 'Untitled board'
export const BOARD_TEMPLATES = ['sample'] as const
export type BoardTemplate = (typeof BOARD_TEMPLATES)[number]

export interface NewBoardRequest {
  title?: string
  template?: BoardTemplate
}

export function boardContent(request: NewBoardRequest): BoardContent {
  if (request.template === 'sample') {
    const sample = buildSampleBoard()
    return { ...sample, title: request.title ?? sample.title }
  }
  return { title: request.title ?? DEFAULT_BOARD_TITLE, records: [], sequence: [] }
}

/** Stores a new board and returns its id. */
export async function createBoard(
  storage: BoardStorage,
  request: NewBoardRequest,
  now: number = Date.now(),
): Promise<string> {
  const content = boardContent(request)
  const doc = new Y.Doc()
  initializeBoardDoc(doc, content, now)
  const board = {
    title: readBoardTitle(doc),
    cardCount: content.records.filter((record) => isSceneCard(record)).length,
    createdAt: now,
    snapshot: Y.encodeStateAsUpdate(doc),
  }
  doc.destroy()
  // 57^12 ids make a collision all but impossible; a few retries make it harmless.
  for (let attempt = 0; attempt < 5; attempt++) {
    const id = newBoardId()
    try {
      await storage.createBoard({ id, ...board })
      return id
    } catch (error) {
      if (!(error instanceof BoardExistsError)) throw error
    }
  }
  throw new Error('no free board id found')
}
