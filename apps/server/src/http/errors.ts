/**
 * Every HTTP error leaves the server as JSON `{error: {code, message, details?}}`, whether a route
 * refused the request, fastify could not parse it, or no route matched.
 */
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify'

export interface ErrorBody {
  error: { code: string; message: string; details?: unknown }
}

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message)
    this.name = 'HttpError'
  }
}

export function errorBody(code: string, message: string, details?: unknown): ErrorBody {
  return { error: details === undefined ? { code, message } : { code, message, details } }
}

function sendError(
  reply: FastifyReply,
  status: number,
  code: string,
  message: string,
  details?: unknown,
) {
  return reply
    .code(status)
    .type('application/json')
    .send(errorBody(code, message, details))
}

/** Fastify's own request errors, in the API's words. */
const FASTIFY_ERRORS: Record<string, { code: string; message: string }> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'unsupported_media_type',
    message: 'send the request body as JSON (content-type: application/json)',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    code: 'invalid_json',
    message: 'the body is empty but content-type says JSON; send {} or no content-type',
  },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'invalid_json', message: 'the body is not valid JSON' },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'body_too_large', message: 'the request body is too large' },
}

export function registerErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof HttpError) {
      return sendError(reply, error.statusCode, error.code, error.message, error.details)
    }
    const status = error.statusCode ?? 500
    const known = FASTIFY_ERRORS[error.code]
    if (known) return sendError(reply, status, known.code, known.message)
    if (status >= 400 && status < 500) return sendError(reply, status, 'bad_request', error.message)
    request.log.error({ err: error }, 'request failed')
    return sendError(reply, 500, 'internal_error', 'the server failed to answer this request')
  })

  app.setNotFoundHandler((request, reply) =>
    sendError(
      reply,
      404,
      'not_found',
      `no route for ${request.method} ${request.url.split('?')[0]}`,
    ),
  )
}
