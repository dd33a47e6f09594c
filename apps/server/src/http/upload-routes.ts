/**
 * Uploads: the raw file is the request body (its Content-Type is only advisory: the type is read
 * from the content), streamed to disk, at most MAX_UPLOAD_BYTES.
 *
 *   POST /api/boards/:id/media
 *     -> 201 {url, mime, kind, bytes, width, height, durationMs, fps, posterUrl}
 *     for tldraw image and video assets on the canvas.
 *   POST /api/boards/:id/cards/:cardId/takes?name=<fileName>
 *     -> 201 {take}: a succeeded take with origin {kind: 'upload', fileName} on the card, selected
 *     when the card has no selected take. Who dropped it: `x-requester-name` / `x-requester-id`
 *     headers (URI-encoded) or `requesterName` / `requesterId` query parameters.
 *
 * Refusals: 400 invalid_board_id, 404 board_not_found, 404 card_not_found, 400 empty_file,
 * 413 file_too_large, 415 unsupported_media_type ("this file is not an image or a video we can
 * play").
 */
import { randomBytes } from 'node:crypto'
import type { Requester, Take } from '@sceneboard/shared'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { z } from 'zod'
import {
  UnsupportedMediaError,
  ingestUpload,
  toClip,
  type IngestedMedia,
} from '../media/media-ingest.js'
import { MediaTooLargeError, type MediaStore } from '../media/media-store.js'
import type { BoardStorage } from '../storage/board-storage.js'
import type { BoardTakes } from '../takes/board-takes.js'
import { HttpError } from './errors.js'
import { existingBoardId, parseInput } from './parse-request.js'

export interface UploadDeps {
  storage: BoardStorage
  media: MediaStore
  takes: BoardTakes
  maxUploadBytes: number
}

const FILE_NAME_MAX = 500
const REQUESTER_FIELD_MAX = 200

const takeQuery = z.object({
  name: z.string().max(2000).optional(),
  requesterName: z.string().optional(),
  requesterId: z.string().optional(),
})

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name]
  if (typeof value !== 'string') return undefined
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

/** Who sent the request, from headers or the query; empty when it does not say. */
export function requesterOf(request: FastifyRequest, query: z.infer<typeof takeQuery>): Requester {
  const name = header(request, 'x-requester-name') ?? query.requesterName ?? ''
  const id = header(request, 'x-requester-id') ?? query.requesterId ?? ''
  return { id: id.slice(0, REQUESTER_FIELD_MAX), name: name.slice(0, REQUESTER_FIELD_MAX) }
}

async function receiveUpload(deps: UploadDeps, request: FastifyRequest): Promise<IngestedMedia> {
  const declared = Number(request.headers['content-length'])
  const tooLarge = () =>
    new HttpError(
      413,
      'file_too_large',
      `the file is larger than the upload limit of ${deps.maxUploadBytes} bytes`,
      { limit: deps.maxUploadBytes },
    )
  if (Number.isFinite(declared) && declared > deps.maxUploadBytes) throw tooLarge()
  const body = request.body as NodeJS.ReadableStream | undefined
  try {
    return await ingestUpload(
      deps.media,
      (body ?? []) as AsyncIterable<Uint8Array>,
      deps.maxUploadBytes,
    )
  } catch (error) {
    if (error instanceof MediaTooLargeError) throw tooLarge()
    if (error instanceof UnsupportedMediaError) {
      throw error.reason === 'empty'
        ? new HttpError(400, 'empty_file', 'the file is empty')
        : new HttpError(415, 'unsupported_media_type', error.message)
    }
    throw error
  }
}

function uploadTake(
  cardId: string,
  media: IngestedMedia,
  fileName: string,
  requestedBy: Requester,
  spec: Take['spec'],
): Take {
  const now = Date.now()
  return {
    id: `take:${randomBytes(12).toString('base64url')}`,
    cardId,
    jobId: null,
    status: 'succeeded',
    progress: 1,
    error: null,
    provider: 'upload',
    model: '',
    seed: null,
    spec,
    prompt: '',
    adjustments: [],
    origin: { kind: 'upload', fileName: fileName.slice(0, FILE_NAME_MAX) },
    requestedBy,
    createdAt: now,
    finishedAt: now,
    clip: toClip(media),
  }
}

export function registerUploadRoutes(app: FastifyInstance, deps: UploadDeps): void {
  // Uploads take any body as a stream; the JSON parsers of the rest of the API do not apply.
  void app.register(async (scope) => {
    scope.removeAllContentTypeParsers()
    scope.addContentTypeParser('*', (_request, payload, done) => done(null, payload))
    // A refused upload may not have been read (too large, unknown board): rather than reading
    // and discarding up to MAX_UPLOAD_BYTES, the answer closes the connection.
    scope.addHook('onSend', async (_request, reply) => {
      if (reply.statusCode >= 400) reply.header('connection', 'close')
    })

    scope.post('/api/boards/:id/media', async (request, reply) => {
      await existingBoardId(deps.storage, request.params)
      const media = await receiveUpload(deps, request)
      return reply.code(201).send(media)
    })

    scope.post('/api/boards/:id/cards/:cardId/takes', async (request, reply) => {
      const boardId = await existingBoardId(deps.storage, request.params)
      const cardId = (request.params as { cardId: string }).cardId
      const query = parseInput(takeQuery, request.query, 'the query is not valid', z.flattenError)
      const info = cardId.startsWith('shape:') ? await deps.takes.card(boardId, cardId) : null
      if (!info) {
        throw new HttpError(404, 'card_not_found', `board ${boardId} has no scene card ${cardId}`)
      }
      const media = await receiveUpload(deps, request)
      const take = uploadTake(
        cardId,
        media,
        query.name ?? '',
        requesterOf(request, query),
        info.card.props.spec,
      )
      const written = await deps.takes.write(boardId, take, { create: true, select: true })
      if (!written.written) {
        throw new HttpError(404, 'card_not_found', `board ${boardId} has no scene card ${cardId}`)
      }
      return reply.code(201).send({ take })
    })
  })
}
