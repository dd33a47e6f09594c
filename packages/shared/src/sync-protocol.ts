/**
 * The sync endpoint speaks the standard y-websocket protocol (message 0 = sync, 1 = awareness,
 * 3 = query awareness) at `/sync/<boardId>`, so any stock y-websocket client can join a board.
 * Sceneboard adds one message of its own, which stock clients ignore:
 *
 *   MESSAGE_REJECTED (100), followed by a varString holding JSON `RejectionNotice`.
 *
 * The server sends it to a client whose update carried invalid records; the same moment it
 * broadcasts a compensating update that restores the last valid version of those records. It also
 * sends it for an awareness update it dropped (presence.ts), with ids `awareness:<clientID>`.
 */
import { z } from 'zod'

export const SYNC_PATH_PREFIX = '/sync/'

export const MESSAGE_SYNC = 0
export const MESSAGE_AWARENESS = 1
export const MESSAGE_QUERY_AWARENESS = 3
export const MESSAGE_REJECTED = 100

export const rejectionNoticeSchema = z.object({
  /**
   * Ids of the records (or document parts, e.g. "sequence") that were restored, or of the
   * awareness clients (`awareness:<clientID>`) whose states were dropped.
   */
  ids: z.array(z.string()),
  /** One human-readable reason per rejected id, same order. */
  reasons: z.array(z.string()),
})
export type RejectionNotice = z.infer<typeof rejectionNoticeSchema>

/** WebSocket close codes the server uses, with the reason text sent alongside. */
export const CLOSE_CODES = {
  invalidBoardId: 4400,
  boardNotFound: 4404,
  malformedMessage: 4422,
  /**
   * A frame over the configured size limit. An application code (44xx) rather than the standard
   * 1009, because stock y-websocket clients treat 1009 as transient and would resend the same
   * oversize update forever; 4400-4499 stops them.
   */
  messageTooBig: 4413,
  serverShuttingDown: 1001,
} as const
