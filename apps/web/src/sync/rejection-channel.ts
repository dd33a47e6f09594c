/**
 * Receives the server's MESSAGE_REJECTED notices (an edit of ours carried invalid records and
 * was restored) on a y-websocket provider. Stock clients ignore this message. A notice that only
 * concerns our presence (an awareness state the server dropped) is no edit of the board: there is
 * nothing restored to tell anyone about, and the next presence we publish replaces it.
 */
import {
  MESSAGE_REJECTED,
  isAwarenessRejectionId,
  rejectionNoticeSchema,
  type RejectionNotice,
} from '@sceneboard/shared'
import * as decoding from 'lib0/decoding'
import type { WebsocketProvider } from 'y-websocket'

export function listenForRejections(
  provider: WebsocketProvider,
  onRejected: (notice: RejectionNotice) => void,
): void {
  provider.messageHandlers[MESSAGE_REJECTED] = (_encoder, decoder) => {
    try {
      const parsed = rejectionNoticeSchema.safeParse(JSON.parse(decoding.readVarString(decoder)))
      if (!parsed.success || parsed.data.ids.every(isAwarenessRejectionId)) return
      onRejected(parsed.data)
    } catch {
      // A garbled notice tells us nothing; the compensating update has already fixed the data.
    }
  }
}
