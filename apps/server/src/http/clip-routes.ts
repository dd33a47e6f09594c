/**
 * Serving the media store: `GET|HEAD /clips/<sha256>.<ext>`.
 *
 * A name is its content, so every answer is immutable: a year of caching, the hash as ETag (a
 * matching If-None-Match answers 304). Range requests answer 206 with Content-Range (video seeks
 * need them); a range wholly past the end answers 416. Only names matching MEDIA_NAME_PATTERN
 * are looked up, and only inside the store (see FileMediaStore.open); anything else is a 404.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { MediaStore } from '../media/media-store.js'
import { MIME_BY_EXTENSION } from '../media/media-types.js'
import { parseByteRange } from './byte-range.js'
import { HttpError } from './errors.js'

export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable'

function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false
  return header.split(',').some((tag) => {
    const value = tag.trim()
    return value === '*' || value === etag || value === `W/${etag}`
  })
}

async function serveClip(store: MediaStore, request: FastifyRequest, reply: FastifyReply) {
  const name = (request.params as { name?: string }).name ?? ''
  const media = await store.open(name)
  if (!media) throw new HttpError(404, 'clip_not_found', 'there is no such clip')
  const etag = `"${media.sha256}"`
  reply
    .header('content-type', MIME_BY_EXTENSION[media.ext])
    .header('accept-ranges', 'bytes')
    .header('etag', etag)
    .header('cache-control', IMMUTABLE_CACHE)
    .header('x-content-type-options', 'nosniff')

  if (etagMatches(request.headers['if-none-match'], etag)) {
    await media.file.close()
    return reply.code(304).send()
  }
  const ifRange = request.headers['if-range']
  const rangeHeader = ifRange === undefined || ifRange === etag ? request.headers.range : undefined
  const range = parseByteRange(rangeHeader, media.size)
  if (range.kind === 'unsatisfiable') {
    await media.file.close()
    return reply
      .code(416)
      .header('content-range', `bytes */${media.size}`)
      .type('application/json')
      .send({
        error: {
          code: 'range_not_satisfiable',
          message: `the clip has ${media.size} bytes; no requested range lies inside it`,
        },
      })
  }
  const [start, end] = range.kind === 'range' ? [range.start, range.end] : [0, media.size - 1]
  if (range.kind === 'range') {
    reply.code(206).header('content-range', `bytes ${start}-${end}/${media.size}`)
  }
  reply.header('content-length', String(Math.max(0, end - start + 1)))
  if (request.method === 'HEAD' || media.size === 0) {
    await media.file.close()
    return reply.send()
  }
  return reply.send(media.file.createReadStream({ start, end, autoClose: true }))
}

export function registerClipRoutes(app: FastifyInstance, store: MediaStore): void {
  app.route({
    method: ['GET', 'HEAD'],
    url: '/clips/:name',
    handler: (request, reply) => serveClip(store, request, reply),
  })
}
