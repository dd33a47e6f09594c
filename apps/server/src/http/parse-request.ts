/**
 * Reading what a route was sent, refusing it in the API's words:
 *   a board id param: 400 invalid_board_id (zod's message), and for a board that must exist
 *   404 board_not_found;
 *   a body or query checked by a zod schema: 400 invalid_request with the route's message and
 *   the problems as `details`, either one `{path, message}` per issue (`issueList`) or zod's
 *   field errors (`z.flattenError`), as each route documents.
 */
import { boardIdSchema } from '@sceneboard/shared'
import type { z } from 'zod'
import type { BoardStorage } from '../storage/board-storage.js'
import { HttpError } from './errors.js'

export function boardNotFound(id: string): HttpError {
  return new HttpError(404, 'board_not_found', `there is no board ${id}`)
}

/** The `:id` param as a board id; 400 invalid_board_id when it is not one. */
export function parseBoardId(params: unknown): string {
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

/** The `:id` param as the id of a stored board; 400 as `parseBoardId`, 404 board_not_found. */
export async function existingBoardId(storage: BoardStorage, params: unknown): Promise<string> {
  const id = parseBoardId(params)
  if (!(await storage.exists(id))) throw boardNotFound(id)
  return id
}

/** One `{path: "spec.cameraMovement", message}` per problem. */
export function issueList(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }))
}

/**
 * `input` as `schema` reads it; 400 invalid_request with `message` and `details(error)` when it
 * does not fit.
 */
export function parseInput<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  message: string,
  details: (error: z.ZodError) => unknown,
): z.output<Schema> {
  const parsed = schema.safeParse(input)
  if (!parsed.success) throw new HttpError(400, 'invalid_request', message, details(parsed.error))
  return parsed.data
}
