/**
 * Awareness for tests: a presence record shaped as the web app publishes it, and raw awareness
 * messages carrying any client id, clock and state text (for states no stock client sends).
 */
import { MESSAGE_AWARENESS, presenceIdOf, type Presence } from '@sceneboard/shared'
import * as encoding from 'lib0/encoding'

/** The presence the web app publishes for awareness client `clientId`. */
export function presenceOf(clientId: number, fields: Partial<Presence> = {}): Presence {
  return {
    typeName: 'instance_presence',
    id: presenceIdOf(clientId),
    userId: 'user:test',
    userName: 'Ada Director',
    lastActivityTimestamp: 1_700_000_000_000,
    followingUserId: null,
    cursor: { x: 620, y: 430, type: 'default', rotation: 0 },
    color: '#FF802B',
    camera: { x: 0, y: 0, z: 1 },
    screenBounds: { x: 0, y: 0, w: 1280, h: 720 },
    selectedShapeIds: [],
    currentPageId: 'page:page',
    brush: null,
    scribbles: [],
    chatMessage: '',
    meta: {},
    ...fields,
  }
}

export interface RawAwarenessEntry {
  clientId: number
  clock: number
  /** The state as the JSON text on the wire (any text, to send what is not JSON). */
  stateJson: string
}

/** A MESSAGE_AWARENESS frame carrying `entries` as they are. */
export function awarenessMessage(entries: readonly RawAwarenessEntry[]): Uint8Array {
  const update = encoding.createEncoder()
  encoding.writeVarUint(update, entries.length)
  for (const { clientId, clock, stateJson } of entries) {
    encoding.writeVarUint(update, clientId)
    encoding.writeVarUint(update, clock)
    encoding.writeVarString(update, stateJson)
  }
  const message = encoding.createEncoder()
  encoding.writeVarUint(message, MESSAGE_AWARENESS)
  encoding.writeVarUint8Array(message, encoding.toUint8Array(update))
  return encoding.toUint8Array(message)
}
