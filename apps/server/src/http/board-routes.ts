/**
 * The boards API:
 *   GET    /api/boards       -> 200 {boards: BoardSummaryJson[]}, most recently changed first
 *   POST   /api/boards       -> 201 {id, url}; body {title?: string, template?: "sample"}
 *   GET    /api/boards/:id   -> 200 BoardSummaryJson | 404
 *   DELETE /api/boards/:id   -> 204 | 404 (live clients of the board are closed with 4404)
 * A malformed id answers 400; a bad body 400 with zod's field errors; a non-JSON body 415.
 */
import { BOARD_TITLE_MAX, CLOSE_CODES, boardIdSchema } from '@sceneboard/shared'
import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { BOARD_TEMPLATES, createBoard } from '../boards/new-board.js'
import type { BoardStorage, BoardSummary } from '../storage/board-storage.js'
import type { SyncServer } from '../sync/sync-server.js'
import { HttpError } from './errors.js'

export interface BoardSummaryJson {
  id: string
  title: string
  /** Path of the board in the web app: `/b/<id>`. */
  url: string
  /** ISO 8601 times. */
  updatedAt: string
  createdAt: string
  cardCount: number
}

const createBoardBody = z
  .object({
    title: z
      .string()
      .trim()
      .max(BOARD_TITLE_MAX, `at most ${BOARD_TITLE_MAX} characters`)
      .optional(),
    template: z.enum(BOARD_TEMPLATES).optional(),
  })
  .strict()

export function boardUrl(id: string): string {
  return `/b/${id}`
}

function toJson(summary: BoardSummary): BoardSummaryJson {
  return {
    id: summary.id,
    title: summary.title,
    url: boardUrl(summary.id),
    updatedAt: new Date(summary.updatedAt).toISOString(),
    createdAt: new Date(summary.createdAt).toISOString(),
    cardCount: summary.cardCount,
  }
}

function parseBoardId(params: unknown): string {
  const parsed = boardIdSchema.safeParse((params as { id?: unknown }).id)
  if (!parsed.success) {
    throw new HttpError(
      400,
      'invalid_board_id',
      parsed.error.issues[0]?.message ?? 'invalid board id',
    )
  }
  return parsed.data
}

export function registerBoardRoutes(
  app: FastifyInstance,
  storage: BoardStorage,
  sync: SyncServer,
): void {
  app.get('/api/boards', async () => ({ boards: (await storage.listBoards()).map(toJson) }))

  app.post('/api/boards', async (request, reply) => {
    const parsed = createBoardBody.safeParse(request.body ?? {})
    if (!parsed.success) {
      throw new HttpError(
        400,
        'invalid_request',
        'the board request is not valid',
        z.flattenError(parsed.error),
      )
    }
    const id = await createBoard(storage, {
      title: parsed.data.title || undefined,
      template: parsed.data.template,
    })
    return reply.code(201).send({ id, url: boardUrl(id) })
  })

  app.get('/api/boards/:id', async (request) => {
    const id = parseBoardId(request.params)
    const summary = await storage.getSummary(id)
    if (!summary) throw new HttpError(404, 'board_not_found', `there is no board ${id}`)
    return toJson(summary)
  })

  app.delete('/api/boards/:id', async (request, reply) => {
    const id = parseBoardId(request.params)
    if (!(await storage.exists(id)))
      throw new HttpError(404, 'board_not_found', `there is no board ${id}`)
    sync.closeRoom(id, CLOSE_CODES.boardNotFound, 'board deleted')
    await storage.deleteBoard(id)
    return reply.code(204).send()
  })
}
