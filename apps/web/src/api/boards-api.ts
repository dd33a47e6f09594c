/** The HTTP API of the boards list (`/api/boards`), with the server's JSON error bodies surfaced. */
import { requestJson } from './request'

export { ApiError } from './request'

export interface BoardSummary {
  id: string
  title: string
  url: string
  updatedAt: number | string
  createdAt: number | string
  cardCount: number
}

export interface CreatedBoard {
  id: string
  url: string
}

export type NewBoardRequest = { title?: string; template?: 'sample' }

export async function listBoards(signal?: AbortSignal): Promise<BoardSummary[]> {
  const body = await requestJson<{ boards?: BoardSummary[] }>('/api/boards', { signal })
  return Array.isArray(body.boards) ? body.boards : []
}

export function createBoard(request: NewBoardRequest): Promise<CreatedBoard> {
  return requestJson<CreatedBoard>('/api/boards', {
    method: 'POST',
    body: JSON.stringify(request),
  })
}
