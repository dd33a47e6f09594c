/** The HTTP API of the boards list (`/api/boards`), with the server's JSON error bodies surfaced. */

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

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

async function requestJson<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response
  try {
    response = await fetch(path, {
      ...init,
      headers: { accept: 'application/json', ...(init?.body ? { 'content-type': 'application/json' } : {}) },
    })
  } catch {
    throw new ApiError('The Sceneboard server could not be reached. Is it running?', 0)
  }
  const body: unknown = await response.json().catch(() => null)
  if (!response.ok) {
    throw new ApiError(errorMessage(body) ?? `The server answered ${response.status}.`, response.status)
  }
  return body as T
}

function errorMessage(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined
  const { message, error } = body as { message?: unknown; error?: unknown }
  if (typeof message === 'string' && message) return message
  if (typeof error === 'string' && error) return error
  return undefined
}

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
