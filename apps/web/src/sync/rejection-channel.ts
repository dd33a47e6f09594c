/**
 * Receives the server's MESSAGE_REJECTED notices (an edit of ours carried invalid records and
 * was restored) on a y-websocket provider. Stock clients ignore this message.
 */
import { MESSAGE_REJECTED, rejectionNoticeSchema, type RejectionNotice } from '@sceneboard/shared'
import * as decoding from 'lib0/decoding'
import type { WebsocketProvider } from 'y-websocket'

export function listenForRejections(
  provider: WebsocketProvider,
  onRejected: (notice: RejectionNotice) => void,
): void {
  provider.messageHandlers[MESSAGE_REJECTED] = (_encoder, decoder) => {
    try {
      const parsed = rejectionNoticeSchema.safeParse(JSON.parse(decoding.readVarString(decoder)))
      if (parsed.success) onRejected(parsed.data)
    } catch {
      // A garbled notice tells us nothing; the compensating update has already fixed the data.
    }
  }
}
