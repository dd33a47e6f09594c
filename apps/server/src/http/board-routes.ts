/**
 * The boards API:
 *   GET    /api/boards       -> 200 {boards: BoardSummaryJson[]}, most recently changed first
 *   POST   /api/boards       -> 201 {id, url}; body {title?: string, template?: "sample"}
 *   GET    /api/boards/:id   -> 200 BoardSummaryJson | 404
 *   DELETE /api/boards/:id   -> 204 | 404 (live clients of the board are closed with 4404)
 * A malformed id answers 400; a bad body 400 with zod's field errors; a non-JSON body 415.
 */
import { BOARD_TITLE_MAX, CLOSE_CODES } from '@sceneboard/shared'
import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { BOARD_TEMPLATES, createBoard } from '../boards/new-board.js'
import type { BoardStorage, BoardSummary } from '../storage/board-storage.js'
import type { SyncServer } from '../sync/sync-server.js'
import { boardNotFound, existingBoardId, parseBoardId, parseInput } from './parse-request.js'

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

export function registerBoardRoutes(
  app: FastifyInstance,
  storage: BoardStorage,
  sync: SyncServer,
): void {
  app.get('/api/boards', async () => ({ boards: (await storage.listBoards()).map(toJson) }))

  app.post('/api/boards', async (request, reply) => {
    const body = parseInput(
      createBoardBody,
      request.body ?? {},
      'the board request is not valid',
      z.flattenError,
    )
    const id = await createBoard(storage, {
      title: body.title || undefined,
      template: body.template,
    })
    return reply.code(201).send({ id, url: boardUrl(id) })
  })

  app.get('/api/boards/:id', async (request) => {
    const id = parseBoardId(request.params)
    const summary = await storage.getSummary(id)
    if (!summary) throw boardNotFound(id)
    return toJson(summary)
  })

  app.delete('/api/boards/:id', async (request, reply) => {
    const id = await existingBoardId(storage, request.params)
    sync.closeRoom(id, CLOSE_CODES.boardNotFound, 'board deleted')
    await storage.deleteBoard(id)
    return reply.code(204).send()
  })
}
