/**
 * The wire format of the sync endpoint: the standard y-websocket messages built on y-protocols
 * (sync step 1 / step 2 / update, awareness, query awareness) plus Sceneboard's MESSAGE_REJECTED.
 * Decoding never trusts the client: anything unexpected throws MalformedMessageError.
 */
import {
  MESSAGE_AWARENESS,
  MESSAGE_QUERY_AWARENESS,
  MESSAGE_REJECTED,
  MESSAGE_SYNC,
  type RejectionNotice,
} from '@sceneboard/shared'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'

export class MalformedMessageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'MalformedMessageError'
  }
}

export type ClientMessage =
  | { type: 'sync-step-1'; stateVector: Uint8Array }
  | { type: 'update'; update: Uint8Array }
  | { type: 'awareness'; update: Uint8Array }
  | { type: 'query-awareness' }

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** Reads one client message (one per frame). */
export function decodeClientMessage(data: Uint8Array): ClientMessage {
  const decoder = decoding.createDecoder(data)
  let message: ClientMessage
  try {
    const type = decoding.readVarUint(decoder)
    switch (type) {
      case MESSAGE_SYNC: {
        const syncType = decoding.readVarUint(decoder)
        const payload = decoding.readVarUint8Array(decoder)
        if (syncType === syncProtocol.messageYjsSyncStep1) {
          message = { type: 'sync-step-1', stateVector: payload }
        } else if (
          syncType === syncProtocol.messageYjsSyncStep2 ||
          syncType === syncProtocol.messageYjsUpdate
        ) {
          message = { type: 'update', update: payload }
        } else {
          throw new MalformedMessageError(`unknown sync message type ${syncType}`)
        }
        break
      }
      case MESSAGE_AWARENESS:
        message = { type: 'awareness', update: decoding.readVarUint8Array(decoder) }
        break
      case MESSAGE_QUERY_AWARENESS:
        message = { type: 'query-awareness' }
        break
      default:
        throw new MalformedMessageError(`unknown message type ${type}`)
    }
  } catch (error) {
    if (error instanceof MalformedMessageError) throw error
    throw new MalformedMessageError(`unreadable message (${describe(error)})`)
  }
  if (decoding.hasContent(decoder)) {
    throw new MalformedMessageError('unexpected bytes after the message')
  }
  return message
}

/** One client's entry in an awareness update; its state is still the JSON text it came as. */
export interface AwarenessEntry {
  clientId: number
  clock: number
  stateJson: string
}

/**
 * Reads an awareness update (y-protocols: a count, then each client's id, clock and state as JSON
 * text) without applying it, so its states can be checked first.
 */
export function decodeAwarenessUpdate(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update)
  const entries: AwarenessEntry[] = []
  try {
    const count = decoding.readVarUint(decoder)
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder)
      const clock = decoding.readVarUint(decoder)
      entries.push({ clientId, clock, stateJson: decoding.readVarString(decoder) })
    }
  } catch (error) {
    throw new MalformedMessageError(`unreadable awareness update (${describe(error)})`)
  }
  if (decoding.hasContent(decoder)) {
    throw new MalformedMessageError('unexpected bytes after the awareness update')
  }
  return entries
}

export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MESSAGE_SYNC)
  syncProtocol.writeSyncStep1(encoder, doc)
  return encoding.toUint8Array(encoder)
}

export function encodeSyncStep2(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MESSAGE_SYNC)
  encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep2)
  encoding.writeVarUint8Array(encoder, update)
  return encoding.toUint8Array(encoder)
}

export function encodeUpdate(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MESSAGE_SYNC)
  syncProtocol.writeUpdate(encoder, update)
  return encoding.toUint8Array(encoder)
}

export function encodeAwareness(
  awareness: awarenessProtocol.Awareness,
  clients: readonly number[],
): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS)
  encoding.writeVarUint8Array(
    encoder,
    awarenessProtocol.encodeAwarenessUpdate(awareness, [...clients]),
  )
  return encoding.toUint8Array(encoder)
}

export function encodeRejected(notice: RejectionNotice): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MESSAGE_REJECTED)
  encoding.writeVarString(encoder, JSON.stringify(notice))
  return encoding.toUint8Array(encoder)
}

/**
 * The doc's state as an update relative to `stateVector`, without the structs Yjs keeps pending
 * (received before what they build on). Those have not been checked yet (checks run when they are
 * integrated), so they are not handed to other clients; `Y.encodeStateAsUpdate` would include them.
 */
export function encodeCheckedStateAsUpdate(doc: Y.Doc, stateVector?: Uint8Array): Uint8Array {
  const store = doc.store
  const { pendingStructs, pendingDs } = store
  store.pendingStructs = null
  store.pendingDs = null
  try {
    return Y.encodeStateAsUpdate(doc, stateVector)
  } finally {
    store.pendingStructs = pendingStructs
    store.pendingDs = pendingDs
  }
}
