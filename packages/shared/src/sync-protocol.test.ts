import { describe, expect, it } from 'vitest'
import {
  CLOSE_CODES,
  MESSAGE_AWARENESS,
  MESSAGE_QUERY_AWARENESS,
  MESSAGE_REJECTED,
  MESSAGE_SYNC,
  SYNC_PATH_PREFIX,
  rejectionNoticeSchema,
} from './sync-protocol.js'

describe('sync protocol', () => {
  it('uses the y-websocket message types and one of its own beyond them', () => {
    expect([MESSAGE_SYNC, MESSAGE_AWARENESS, MESSAGE_QUERY_AWARENESS]).toEqual([0, 1, 3])
    expect(MESSAGE_REJECTED).toBe(100)
    expect(SYNC_PATH_PREFIX).toBe('/sync/')
  })

  it('uses application close codes (4000-4999) or the standard ones', () => {
    expect(CLOSE_CODES.serverShuttingDown).toBe(1001)
    // 4400-4499: stock y-websocket clients stop reconnecting (the same input would fail again).
    for (const code of [
      CLOSE_CODES.invalidBoardId,
      CLOSE_CODES.boardNotFound,
      CLOSE_CODES.malformedMessage,
      CLOSE_CODES.messageTooBig,
    ]) {
      expect(code).toBeGreaterThanOrEqual(4400)
      expect(code).toBeLessThan(4500)
    }
    expect(CLOSE_CODES.messageTooBig).toBe(4413)
    expect(new Set(Object.values(CLOSE_CODES)).size).toBe(Object.keys(CLOSE_CODES).length)
  })

  it('parses a rejection notice and refuses a malformed one', () => {
    const notice = { ids: ['shape:abc', 'sequence'], reasons: ['bad props', 'not a list'] }
    expect(rejectionNoticeSchema.parse(notice)).toEqual(notice)
    expect(rejectionNoticeSchema.safeParse({ ids: 'shape:abc' }).success).toBe(false)
  })
})
